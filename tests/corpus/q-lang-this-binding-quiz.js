// "what is this" quiz: method extraction, arrow in methods, callbacks, bind precedence
'use strict';
const obj = {
  name: 'obj',
  regular() { return this && this.name; },
  arrow: () => typeof this,
  nested() { return [1].map(function () { return this; })[0]; },
  nestedArrow() { return [1].map(() => this.name)[0]; },
  nestedThisArg() { return [1].map(function () { return this.name; }, { name: 'thisArg' })[0]; },
};
const { regular } = obj;
console.log(obj.regular(), regular(), obj.arrow(), obj.nested(), obj.nestedArrow(), obj.nestedThisArg());
const bound = obj.regular.bind({ name: 'bound' });
console.log(bound(), bound.call({ name: 'call' }), new (function () { this.name = 'n'; }.bind({ name: 'ignored' }))().name);
console.log((obj.regular)(), (0, obj.regular)(), (obj.regular = obj.regular)());
