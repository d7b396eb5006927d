// timer callbacks receive extra arguments; `this` is the Timeout object
setTimeout(function (a, b) {
  console.log('args', a, b, typeof this, this.constructor.name, typeof this.ref, typeof this.hasRef);
}, 0, 'x', { y: 1 });
setImmediate(function (...args) { console.log('immediate args', args, this.constructor.name); }, 1, 2);
process.nextTick((...args) => console.log('tick args', args), 'p', 'q');
const t = setTimeout(() => {}, 10);
console.log(typeof t, t.hasRef(), typeof t[Symbol.toPrimitive], typeof +t);
clearTimeout(t);
