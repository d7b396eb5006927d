// V8 messages for iterating non-iterables in different syntax positions
const tries = [
  () => { for (const x of {}) {} },
  () => { for (const x of null) {} },
  () => { const [a] = null; },
  () => { const [a] = undefined; },
  () => [...123],
  () => Math.max(...{ length: 1 }),
  () => new Map({}),
  () => new Set(5),
  () => Array.from(null),
  () => Promise.all(7),
  () => { const { x } = null; },
  () => { let u; const [a] = u; },
  () => Object.fromEntries(5),
  () => { const obj = { items: 3 }; for (const i of obj.items) {} },
];
for (const t of tries) { try { t(); console.log('no error'); } catch (e) { console.log(e.name + ': ' + e.message); } }
Promise.all(7).catch(e => console.log('async', e.name + ': ' + e.message));
