// V8 messages for object-model violations
'use strict';
const tries = [
  () => { const o = Object.freeze({ x: 1 }); o.x = 2; },
  () => { const o = Object.preventExtensions({}); o.y = 1; },
  () => { Object.defineProperty(Object.defineProperty({}, 'x', { value: 1 }), 'x', { value: 2 }); },
  () => { 'abc'.foo = 1; },
  () => { Object.keys(undefined); },
  () => { Object.setPrototypeOf(Object.preventExtensions({}), {}); },
  () => { const a = {}; const b = Object.create(a); Object.setPrototypeOf(a, b); },
  () => { Object.create(5); },
  () => { Object.defineProperty({}, 'x', { get() {}, value: 1 }); },
  () => { Object.defineProperty(1, 'x', {}); },
  () => { const { a } = undefined; },
  () => { const { a: { b } } = { a: null }; },
  () => { [].length = 2 ** 32; },
  () => { Symbol.prototype.toString.call('x'); },
  () => { new Set().add.call({}, 1); },
  () => { Object.defineProperty([], 'length', { value: -1 }); },
];
for (const t of tries) { try { t(); console.log('no error'); } catch (e) { console.log(e.name + ': ' + e.message); } }
