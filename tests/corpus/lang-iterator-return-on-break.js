// for-of calls iterator.return() on break, throw and return, but not on normal completion
function makeIter(label) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { return { value: i++, done: i > 3 }; },
    return() { console.log(label, 'return called'); return { done: true }; },
  };
}
for (const x of makeIter('normal')) console.log('normal', x);
for (const x of makeIter('break')) { if (x === 1) break; }
try {
  for (const x of makeIter('throw')) throw new Error('stop');
} catch (e) { console.log('caught', e.message); }
function f() { for (const x of makeIter('return')) return x; }
console.log('f ->', f());
const [first] = makeIter('destructure');
console.log('first', first);
