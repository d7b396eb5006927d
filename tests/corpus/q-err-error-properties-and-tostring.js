// error own properties, message coercion and Error.prototype.toString corner cases
const e = new Error(42);
console.log(typeof e.message, e.message, Object.getOwnPropertyNames(e).sort());
console.log(Object.getOwnPropertyDescriptor(e, 'message'));
console.log(new Error({ toString() { return 'obj msg'; } }).message, new Error(null).message, new Error().message === '');
const fake = { name: 'Fake', message: 'msg' };
console.log(Error.prototype.toString.call(fake), Error.prototype.toString.call({}), Error.prototype.toString.call({ name: '' , message: 'only msg' }));
try { Error.prototype.toString.call(1); } catch (err) { console.log(err.name + ': ' + err.message); }
const t = new TypeError('tt');
console.log(t instanceof Error, t.constructor === TypeError, Object.getPrototypeOf(t) === TypeError.prototype, `${t}`);
