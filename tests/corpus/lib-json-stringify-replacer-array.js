// replacer array acts as an allow-list of keys (also in nested objects)
const data = { id: 1, name: 'n', extra: 'e', inner: { id: 2, name: 'm', other: 'o' }, 3: 'three' };
console.log(JSON.stringify(data, ['id', 'inner']));
console.log(JSON.stringify(data, ['name', 'id', 'inner']));
console.log(JSON.stringify(data, [3, 'id']));
console.log(JSON.stringify([{ id: 1, x: 2 }], ['id']));
console.log(JSON.stringify(data, []));
