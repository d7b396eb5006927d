// inspect of arrays with string and symbol properties and array subclasses
class Stack extends Array {}
const s = Stack.from([1, 2]);
console.log(s, s.length, s instanceof Stack);
const tagged = [1, 2, 3];
tagged.meta = { source: 'db' };
tagged[Symbol('sym')] = 'symval';
console.log(tagged);
const empty = [];
empty.prop = true;
console.log(empty, [empty]);
console.log(Stack.of(), new Stack(3));
