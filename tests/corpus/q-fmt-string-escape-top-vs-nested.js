// top-level strings print raw; nested strings are quoted and escaped
const s = 'tab\there "q" \'s\' \\ end';
console.log(s);
console.log([s]);
console.log({ s });
console.log(new Set([s]));
console.log(['\x00\x01\x1f', '\u00a0nbsp', '\ufeffbom']);
console.log('%o', 'top via %o');
console.log('%j', 'top via %j');
