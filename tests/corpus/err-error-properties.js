// message and name are own/inherited properties that can be changed
const e = new Error('original');
console.log(e.hasOwnProperty('message'), e.hasOwnProperty('name'), e.name);
e.message = 'changed';
console.log(String(e));
const t = new TypeError('t');
t.name = 'Renamed';
console.log(String(t), t instanceof TypeError);
const plain = new Error(42);
console.log(typeof plain.message, plain.message);
const undef = new Error(undefined);
console.log(undef.hasOwnProperty('message'), JSON.stringify(undef.message));
console.log(typeof e.stack, Object.keys(e));
