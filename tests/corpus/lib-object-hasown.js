// hasOwnProperty, Object.hasOwn and the in operator
const o = { own: undefined };
const child = Object.create(o);
child.mine = 1;
console.log(o.hasOwnProperty('own'), child.hasOwnProperty('own'), 'own' in child);
console.log(Object.hasOwn(child, 'mine'), Object.hasOwn(child, 'own'));
const bare = Object.create(null);
bare.k = 1;
console.log(Object.hasOwn(bare, 'k'), Object.prototype.hasOwnProperty.call(bare, 'k'));
const tricky = { hasOwnProperty() { return 'overridden'; } };
console.log(tricky.hasOwnProperty('x'), Object.hasOwn(tricky, 'hasOwnProperty'));
console.log([1, 2].hasOwnProperty(1), [1, 2].hasOwnProperty('length'), 'abc'.hasOwnProperty(0));
