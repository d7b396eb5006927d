// a validating Proxy and Reflect forwarding, as in many tutorials
const validator = {
  set(obj, prop, value) {
    if (prop === 'age' && !Number.isInteger(value)) throw new TypeError('The age is not an integer');
    return Reflect.set(obj, prop, value);
  },
};
const person = new Proxy({}, validator);
person.age = 100;
console.log(person.age);
try { person.age = 'young'; } catch (e) { console.log(e.name + ': ' + e.message); }
const negIndex = arr => new Proxy(arr, { get: (t, k, r) => Reflect.get(t, Number(k) < 0 ? String(t.length + Number(k)) : k, r) });
const a = negIndex([1, 2, 3]);
console.log(a[-1], a[0], a.length);
