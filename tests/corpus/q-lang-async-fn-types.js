// async functions, async arrows and async methods: types, names and returned promises
async function af() {}
const aa = async () => 1;
const obj = { async m() {}, async *ag() {} };
class K { async method() {} static async s() {} }
console.log(af.constructor.name, aa.constructor.name, obj.ag.constructor.name);
console.log(Object.prototype.toString.call(af), Object.prototype.toString.call(obj.ag));
console.log(af() instanceof Promise, typeof obj.ag().next, af.name, aa.name, obj.m.name, K.s.name);
console.log(af.prototype, obj.ag.prototype !== undefined, 'prototype' in aa);
try { new af(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new aa(); } catch (e) { console.log(e.name + ': ' + e.message); }
