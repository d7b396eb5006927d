// timer handles are Timeout / Immediate objects that can be coerced to numbers
const t = setTimeout(() => {}, 1);
const i = setInterval(() => {}, 1000);
const im = setImmediate(() => {});
console.log(t.constructor.name, i.constructor.name, im.constructor.name);
console.log(typeof t[Symbol.toPrimitive], Number.isInteger(+t), +t === +t);
clearInterval(i);
clearTimeout(+t);
console.log('cleared by numeric id');
