function named() {}
const anon = function () {};
const arrow = () => {};
async function af() {}
function* gf() {}
async function* agf() {}
class C { static m() {} method() {} }
console.log(named, anon, arrow, af, gf, agf);
console.log([named, arrow], { f: af, g: gf });
console.log(C.m, new C().method, Math.max, [].push);
const bound = named.bind(null);
console.log(bound, bound.name);
named.extra = 1;
console.log(named);
console.log({ method() {}, ['computed' + 1]: () => {}, [Symbol('s')]() {} });
console.log(Object.assign(() => {}, { a: 1 }));
