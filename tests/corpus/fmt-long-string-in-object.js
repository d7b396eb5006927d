// long strings inside containers are never wrapped, only the container breaks
const long = 'word '.repeat(30).trim();
console.log({ long });
console.log([long]);
console.log({ a: 'short', long });
