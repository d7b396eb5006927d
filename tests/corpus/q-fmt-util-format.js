// util.format mirrors console.log formatting and returns a string
const util = require('util');
console.log(JSON.stringify(util.format('%s=%d', 'x', 5)));
console.log(JSON.stringify(util.format('a', { b: 1 }, [2])));
console.log(JSON.stringify(util.format('%%s %s', 'v')));
console.log(JSON.stringify(util.format(1, 2, '3')));
console.log(JSON.stringify(util.format('%o', 'str')));
console.log(JSON.stringify(util.format()));
console.log(util.format('%s:%s', 'only'), util.format('%j', { toJSON() { return 'J'; } }));
