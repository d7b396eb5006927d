// console.group indentation applies to multi-line output and nested groups
console.group('Level 1');
console.log({ a: 1, b: { c: [1, 2, 3] }, longer: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', more: 'bbbbbbbbbbbbbbbbb' });
console.group();
console.info('info at level 2');
console.log('multi\nline');
console.groupCollapsed('collapsed title');
console.log([1, 2]);
console.groupEnd();
console.groupEnd();
console.log('back to 1');
console.groupEnd();
console.groupEnd();
console.log('top');
