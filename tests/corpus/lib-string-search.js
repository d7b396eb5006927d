// startsWith / endsWith / includes / indexOf / lastIndexOf with positions
const s = 'To be, or not to be';
console.log(s.startsWith('To'), s.startsWith('be', 3), s.endsWith('be'), s.endsWith('To', 2));
console.log(s.includes('not'), s.includes('NOT'), s.includes(''), s.includes('be', 18));
console.log(s.indexOf('be'), s.indexOf('be', 4), s.lastIndexOf('be'), s.lastIndexOf('be', 10));
console.log(s.indexOf(''), s.indexOf('', 100), s.indexOf('zz'), 'aaa'.lastIndexOf('a', -5));
