// species errors: non-constructor, non-object constructor, executor misuse
const cases = [
  ['arrow species', { [Symbol.species]: () => {} }],
  ['number constructor', 42],
  ['null species', { [Symbol.species]: null }],
  ['undefined constructor', undefined],
];
for (const [label, ctor] of cases) {
  const p = Promise.resolve(1);
  p.constructor = ctor;
  try {
    const q = p.then(v => v);
    console.log(label, 'ok', q.constructor === Promise);
  } catch (err) {
    console.log(label, err.constructor.name, err.message);
  }
}
function Twice(executor) {
  executor(() => {}, () => {});
  executor(() => {}, () => {});
}
const p = Promise.resolve(1);
p.constructor = { [Symbol.species]: Twice };
try { p.then(); } catch (err) { console.log('twice', err.message); }
function Lazy(executor) { executor(undefined, () => {}); }
p.constructor = { [Symbol.species]: Lazy };
try { p.then(); } catch (err) { console.log('lazy', err.message); }
