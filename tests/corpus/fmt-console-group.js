// console.group indents subsequent output by two spaces per level
console.log('top');
console.group('Group A');
console.log('inside A');
console.group();
console.log({ nested: [1, 2] });
console.log('multi\nline');
console.groupEnd();
console.log('back in A');
console.groupEnd();
console.groupEnd();
console.log('top again');
