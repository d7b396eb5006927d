// objects without prototype print [Object: null prototype]
const o = Object.create(null);
console.log(o);
o.a = 1;
console.log(o);
console.log({ inner: Object.assign(Object.create(null), { k: 'v' }) });
console.log([Object.create(null)]);
