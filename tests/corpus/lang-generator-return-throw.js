// generator return() and throw() interact with try/finally inside the generator
function* g() {
  try {
    yield 1;
    yield 2;
  } catch (e) {
    console.log('caught', e);
    yield 'recovered';
  } finally {
    console.log('cleanup');
  }
}
let it = g();
console.log(it.next());
console.log(it.return('early'));
console.log(it.next());
it = g();
it.next();
console.log(it.throw('boom'));
console.log(it.next());
it = g();
try {
  it.throw(new Error('before start'));
} catch (e) {
  console.log('outside:', e.message);
}
console.log(it.next());
