const validator = {
  set(target, prop, value, receiver) {
    if (prop === 'age') {
      if (!Number.isInteger(value)) throw new TypeError('The age is not an integer');
      if (value > 200) throw new RangeError('The age seems invalid');
    }
    return Reflect.set(target, prop, value, receiver);
  },
  deleteProperty(target, prop) {
    if (prop.startsWith('_')) return false;
    return Reflect.deleteProperty(target, prop);
  },
};
const person = new Proxy({}, validator);
person.age = 100;
console.log(person.age, person);
for (const v of ['young', 300]) {
  try { person.age = v; } catch (e) { console.log(e.name, e.message); }
}
person._secret = 1;
console.log(delete person._secret, delete person.age, Object.keys(person));
(function () {
  'use strict';
  try { delete person._secret; } catch (e) { console.log(e.message); }
  const frozen = new Proxy({}, { set() { return false; } });
  try { frozen.x = 1; } catch (e) { console.log(e.message); }
  const noDefine = new Proxy({}, { defineProperty() { return false; } });
  try { Object.defineProperty(noDefine, 'y', { value: 1 }); } catch (e) { console.log(e.message); }
})();
console.log(Reflect.set(new Proxy({}, { set: () => false }), 'a', 1));
