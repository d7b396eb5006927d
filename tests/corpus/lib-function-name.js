// Function.prototype.name for declarations, expressions, methods, bound and class methods
function decl() {}
const expr = function () {};
const arrow = () => {};
const obj = { method() {}, get acc() { return 1; }, [Symbol('sym')]() {}, 'str key': () => {} };
class K { static s() {} m() {} }
console.log(decl.name, expr.name, arrow.name, obj.method.name);
console.log(Object.getOwnPropertyDescriptor(obj, 'acc').get.name);
console.log(obj[Object.getOwnPropertySymbols(obj)[0]].name, obj['str key'].name);
console.log(K.name, K.s.name, K.prototype.m.name, decl.bind(null).name);
console.log((function () {}).name === '', (() => {}).name === '');
let assigned;
assigned = function () {};
console.log(assigned.name);
