// empty containers of every kind
console.log([], {}, new Map(), new Set(), Object.create(null));
console.log([[]], [{}], { a: {} }, { a: [] });
console.log(new Array(0), Array.from(''), Object.assign({}, []));
class E {}
console.log(new E(), [new E()]);
