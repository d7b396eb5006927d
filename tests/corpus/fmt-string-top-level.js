// top-level strings print raw; inside containers they are quoted
console.log('plain string');
console.log('it\'s', "say \"hi\"", `both ' and "`);
console.log(['single', "it's", 'say "hi"', `both ' and "`, 'all \' " `']);
console.log({ s: 'v', t: "it's" });
console.log('');
console.log('multi\nline');
console.log(['multi\nline', 'tab\there', 'back\\slash']);
