// regular expressions in console.log output
console.log(/ab+c/gi, [/x/, /y/m], { pattern: /^\d+$/ });
console.log(new RegExp('a/b'), String(/z/y));
const r = /r/;
r.extra = 1;
console.log(r);
