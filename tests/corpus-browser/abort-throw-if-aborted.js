// signal.throwIfAborted() throws the reason only once the signal is aborted.
// @host browser
const controller = new AbortController();
const { signal } = controller;
signal.throwIfAborted();
console.log('not aborted yet: no throw, aborted =', String(signal.aborted));
controller.abort();
try {
  signal.throwIfAborted();
} catch (err) {
  console.log('threw', err.name, '-', err.message);
}
const custom = new AbortController();
custom.abort(new RangeError('too many buns'));
try {
  custom.signal.throwIfAborted();
} catch (err) {
  console.log('threw', err.name, '-', err.message);
}
