// The console names an uncaught error by its name at report time, or its class when the name is the generic one.
// @host browser
class A extends Error {}
class B extends Error { constructor(m) { super(m); this.name = 'Custom'; } }
class C extends TypeError {}
class H extends Error {}
H.prototype.name = 'ProtoName';
class Errorish extends Error {}
const steps = [
  () => { throw new A('a msg'); },
  () => { throw new B('b msg'); },
  () => { throw new C('c msg'); },
  () => { const e = new Error('d msg'); e.name = 'X'; throw e; },
  () => { const e = new A('e msg'); void e.stack; e.message = 'e changed'; throw e; },
  () => { throw new A(''); },
  () => { const e = new Error('g msg'); e.stack = 'custom stack text'; throw e; },
  () => { throw new H('h msg'); },
  () => { throw new Errorish('i msg'); },
  () => { const e = new A('j msg'); e.name = 'Error'; throw e; },
  () => { const e = new TypeError('k msg'); e.name = 'TypeErrorX'; throw e; },
  () => { const e = new A('l msg'); e.stack = 'A custom'; throw e; },
  () => { const e = new Error('m msg'); e.stack = 42; throw e; },
  () => { class ErrorFoo extends Error {} throw new ErrorFoo('n msg'); },
  () => { const e = new RangeError('o msg'); e.name = ''; throw e; },
  () => { const e = new A('p msg'); e.name = ''; throw e; },
];
steps.forEach((step, i) => setTimeout(step, i * 10));
