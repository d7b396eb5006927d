// optional call ?.() calls only when the function is not null/undefined
const obj = {
  greet() { return 'hello ' + this.who; },
  who: 'me',
};
console.log(obj.greet?.());
console.log(obj.missing?.());
const fn = null;
console.log(fn?.(1, 2));
console.log(obj.missing?.().deep.chain);
try {
  obj.who?.();
} catch (e) {
  console.log(e.message);
}
