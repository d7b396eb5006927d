// Error.prototype.toString with various name/message combinations
console.log(String(new Error('m')), String(new Error('')), String(new Error()));
const e = new Error('msg');
e.name = '';
console.log(String(e));
e.name = 'Custom';
e.message = '';
console.log(String(e));
console.log(Error.prototype.toString.call({ name: 'N', message: 'M' }));
console.log(Error.prototype.name, Error.prototype.message === '', TypeError.prototype.name);
console.log(Object.getPrototypeOf(TypeError) === Error, Object.getPrototypeOf(TypeError.prototype) === Error.prototype);
