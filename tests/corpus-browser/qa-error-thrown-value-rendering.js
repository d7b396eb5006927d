// How the console names uncaught values: subclasses, changed messages, DOMException, primitives.
// @host browser
class PlainSubclass extends Error {}
class NamedLater extends Error {}
const steps = [
  () => { throw new PlainSubclass('no name set'); },
  () => { const e = new Error('original'); e.message = 'changed'; throw e; },
  () => { const e = new NamedLater('named after'); e.name = 'LateName'; throw e; },
  () => { throw new DOMException('gone', 'NotFoundError'); },
  () => { throw new AggregateError([], 'several'); },
  () => { throw null; },
  () => { throw undefined; },
  () => { throw false; },
  () => { throw -0; },
  () => { throw new Error('with cause', { cause: 'x' }); },
  () => { throw Object.assign(new TypeError(''), { name: 'Ignored' }); },
];
steps.forEach((step, i) => setTimeout(step, i * 10));
setTimeout(() => console.log('logged:', -0, '', 'end'), 200);
setTimeout(() => console.log(), 210);
setTimeout(() => console.log('last'), 220);
