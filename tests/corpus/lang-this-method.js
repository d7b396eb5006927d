// this depends on how a function is called, not where it is defined
const obj = {
  name: 'obj',
  who() { return this && this.name; },
};
console.log(obj.who());
const detached = obj.who;
console.log(detached() === undefined || detached() === globalThis.name);
const other = { name: 'other', who: obj.who };
console.log(other.who());
function strictThis() { 'use strict'; return this; }
console.log(strictThis());
function sloppyThis() { return this === globalThis; }
console.log(sloppyThis());
console.log((0, obj.who)() === undefined);
