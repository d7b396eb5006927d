// object spread copies own enumerable properties; later keys win
const base = { a: 1, b: 2 };
const ext = { ...base, b: 3, c: 4 };
console.log(ext);
console.log({ b: 0, ...base });
console.log({ ...null, ...undefined, ...'hi', ...[9] });
const proto = { inherited: true };
const child = Object.create(proto);
child.own = 1;
console.log({ ...child });
const withGetter = { get g() { return 'computed'; } };
const copy = { ...withGetter };
console.log(Object.getOwnPropertyDescriptor(copy, 'g').value);
const { a, ...others } = ext;
console.log(a, others);
