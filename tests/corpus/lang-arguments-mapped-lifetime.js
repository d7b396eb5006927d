// The link between arguments[i] and a parameter outlives the call and reaches closures.
function keep(a) {
  const read = () => a;
  const write = (v) => { a = v; };
  return { args: arguments, read, write };
}
const k = keep('first');
k.args[0] = 'second';
console.log(k.read());
k.write('third');
console.log(k.args[0], k.args);

function* gen(a) {
  arguments[0] = 'set in generator';
  yield a;
  a = 'param again';
  yield arguments[0];
}
console.log([...gen(1)]);

function arrow(a) { return (() => { arguments[0] = 'from arrow'; return a; })(); }
console.log(arrow(1));

function viaEval(a) { const r = eval('arguments[0] = 5; a'); return [r, a]; }
console.log(viaEval(1));

function deleted(a) {
  delete arguments[0];
  Object.defineProperty(arguments, '0', { value: 'redefined', enumerable: true, configurable: true, writable: true });
  a = 'param';
  return [arguments[0], a];
}
console.log(deleted(1));

function duplicate(a, a) { a = 'x'; return [arguments[0], arguments[1]]; }
console.log(duplicate(1, 2));

function notPassed(a, b) { b = 'b'; arguments[1] = 'arg'; return [b, arguments[1], arguments.length]; }
console.log(notPassed(1));
