// throwing a plain object uncaught exits with code 1
console.log('about to throw an object');
const payload = { code: 42, reason: 'custom' };
console.log(payload);
throw payload;
