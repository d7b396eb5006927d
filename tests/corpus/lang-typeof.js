// typeof for every kind of value
const values = [1, 'a', true, undefined, null, {}, [], () => {}, class {}, Symbol(),
  NaN, new Number(1), function* () {}, async () => {}, Math, JSON, Object.create(null)];
console.log(values.map(v => typeof v).join(' '));
console.log(typeof typeof 1);
console.log(typeof undeclaredVariable);
console.log(typeof null === 'object', typeof function () {} === 'function');
