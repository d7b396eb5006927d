// numeric-looking keys, array-index keys and large integers inside objects
console.log({ 1: 'a', 0: 'b', '-0': 'c', 1e21: 'd', 0.5: 'e', [2 ** 32]: 'f', 2: 'g' });
console.log({ '007': 'bond', 7: 'seven' });
console.log(Object.keys({ 10: 1, 9: 1, a: 1, 1: 1 }), { [-1]: 'neg' });
console.log({ ['1' + '0']: 'ten', 1.0: 'one', '1.0': 'string one' });
