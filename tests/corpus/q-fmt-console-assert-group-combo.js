// console.group with a label object, groupEnd extra calls, and dir inside groups
console.group({ label: 'obj' }, 'and text');
console.dir({ inside: [1, 2, { deep: { deeper: { deepest: 1 } } }] });
console.group('%s-%d', 'fmt', 7);
console.table([{ a: 1 }]);
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log('out');
