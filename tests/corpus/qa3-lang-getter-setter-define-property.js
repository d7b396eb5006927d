const o = {};
Object.defineProperty(o, 'hidden', { value: 1 });
Object.defineProperty(o, 'visible', { value: 2, enumerable: true });
console.log(o, Object.keys(o), JSON.stringify(o), o.hidden);
o.hidden = 99;
console.log(o.hidden, Object.getOwnPropertyDescriptor(o, 'hidden'));
'use strict';
let backing = 0;
Object.defineProperty(o, 'acc', { get() { return backing; }, set(v) { backing = v * 2; }, enumerable: true, configurable: true });
o.acc = 5;
console.log(o.acc, o);
try { Object.defineProperty(o, 'hidden', { value: 3 }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.defineProperty(o, 'x', { get() {}, value: 1 }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.defineProperty(Object.freeze({}), 'y', { value: 1 }); } catch (e) { console.log(e.name + ': ' + e.message); }
const arr = [1, 2, 3];
Object.defineProperty(arr, 'length', { writable: false });
try { arr.push(4); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Object.getOwnPropertyDescriptors({ get a() { return 1; }, b: 2 }));
