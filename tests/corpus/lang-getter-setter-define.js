// Object.defineProperty accessors, and writable:false silently ignored in sloppy mode
const o = {};
let store = 0;
Object.defineProperty(o, 'v', {
  get() { return store; },
  set(x) { store = x * 2; },
  enumerable: true,
});
o.v = 5;
console.log(o.v, store, Object.keys(o));
Object.defineProperty(o, 'ro', { value: 'fixed', writable: false, enumerable: true });
o.ro = 'changed';
console.log(o.ro);
const onlyGet = { get g() { return 1; } };
onlyGet.g = 2;
console.log(onlyGet.g);
