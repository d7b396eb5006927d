// long strings in arrays and objects are not split; multi-line strings are joined with +
const long = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt';
console.log({ long });
console.log([long, 'short']);
console.log({ text: 'first line\nsecond line\nthird line that is also quite long to exceed the width' });
console.log(['a\nb', 'c']);
console.log({ nested: { deeper: { multi: 'x\ny' } } });
console.log(long);
