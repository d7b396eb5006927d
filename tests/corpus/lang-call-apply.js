// call and apply set this explicitly and pass arguments
function greet(greeting, punct) {
  return greeting + ', ' + this.name + punct;
}
const p = { name: 'Ada' };
console.log(greet.call(p, 'Hello', '!'));
console.log(greet.apply(p, ['Hi', '?']));
console.log(Math.max.apply(null, [3, 9, 2]));
console.log(Array.prototype.map.call('abc', c => c.toUpperCase()));
function strictSelf() { 'use strict'; return this; }
console.log(strictSelf.call(5), strictSelf.call(null), strictSelf.call(undefined));
function sloppySelf() { return typeof this; }
console.log(sloppySelf.call(5), sloppySelf.call('s'));
console.log(greet.apply(p, { length: 2, 0: 'Yo', 1: '.' }));
