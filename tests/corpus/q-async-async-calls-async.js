// async functions calling async functions: where each line lands relative to others
async function c() { console.log('c start'); await null; console.log('c end'); return 'C'; }
async function b() { console.log('b start'); const r = await c(); console.log('b got', r); return r + 'B'; }
async function a() { console.log('a start'); const r = await b(); console.log('a got', r); }
a();
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3')).then(() => console.log('p4'));
console.log('sync end');
