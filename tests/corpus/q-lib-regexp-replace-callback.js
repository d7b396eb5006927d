// String.replace with regex and callback: camelCase/kebab-case helpers from blog posts
const toKebab = s => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const toCamel = s => s.replace(/[-_]+(.)?/g, (_, c) => (c ? c.toUpperCase() : ''));
const titleCase = s => s.replace(/\b\w/g, c => c.toUpperCase());
console.log(toKebab('backgroundColorRed'), toKebab('HTMLParser2Go'));
console.log(toCamel('background-color'), toCamel('__snake_case_var__'));
console.log(titleCase('the quick brown fox'));
console.log('a-b-c'.split(/-/), '1, 2,3 ,  4'.split(/\s*,\s*/), 'abc'.split(/(?:)/u));
console.log('  trim me  '.replace(/^\s+|\s+$/g, ''), 'x'.replace(/y/, 'z'));
