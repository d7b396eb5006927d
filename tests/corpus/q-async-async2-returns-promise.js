// when async2 returns a promise explicitly, async1 resumes two ticks later
async function async1() { console.log('a1 start'); await async2(); console.log('a1 end'); }
async function async2() { console.log('a2'); return Promise.resolve('x'); }
async1();
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3')).then(() => console.log('p4'));
console.log('sync');
