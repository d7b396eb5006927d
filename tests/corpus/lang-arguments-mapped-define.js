// Mapped arguments (10.4.4): defineProperty keeps or breaks the link to the parameter.
function viaDefine(a) {
  Object.defineProperty(arguments, '0', { value: 'defined' });
  const seen = a;
  Object.defineProperty(arguments, '0', { enumerable: false });
  a = 'still mapped';
  return [seen, arguments[0], Object.keys(arguments)];
}
console.log(viaDefine(1, 2));

function readOnly(a) {
  a = 'before';
  Object.defineProperty(arguments, '0', { writable: false });
  a = 'after';
  return [a, arguments[0], Object.getOwnPropertyDescriptor(arguments, '0')];
}
console.log(readOnly(1));

function readOnlyWithValue(a) {
  Object.defineProperty(arguments, '0', { value: 'v', writable: false });
  const seen = a;
  a = 'z';
  return [seen, a, arguments[0]];
}
console.log(readOnlyWithValue(1));

function accessor(a) {
  Object.defineProperty(arguments, '0', { get() { return 'getter'; }, configurable: true });
  a = 'param';
  return [arguments[0], a];
}
console.log(accessor(1));

function frozen(a, b) {
  Object.freeze(arguments);
  a = 9;
  return [arguments[0], arguments[1], b, Object.isFrozen(arguments)];
}
console.log(frozen(1, 2));
