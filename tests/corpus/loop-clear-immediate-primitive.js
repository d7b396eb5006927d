// clearImmediate(x) sets x._destroyed in Node's strict code: a truthy
// primitive throws V8's TypeError, falsy values and foreign ids are ignored.
for (const value of [42, 'id', true, 10n, Symbol('s'), 0, '', null, undefined]) {
  try {
    clearImmediate(value);
    console.log('ignored', String(value));
  } catch (err) {
    console.log(err.name, err.message);
  }
}
const timer = setTimeout(() => console.log('timeout not cleared by clearTimeout of a number'), 5);
clearTimeout(9999);
console.log(typeof timer[Symbol.toPrimitive]());
