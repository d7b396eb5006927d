// objects containing functions, classes and symbols as values
const obj = {
  method() {},
  arrow: () => {},
  cls: class Foo {},
  sym: Symbol('s'),
  fnWithName: function realName() {},
};
console.log(obj);
console.log(Object.values(obj).length);
