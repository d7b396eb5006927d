// slice vs substring vs substr with negative and swapped arguments
const s = 'JavaScript';
console.log(s.slice(4), s.slice(0, 4), s.slice(-6), s.slice(-6, -3), s.slice(5, 2));
console.log(s.substring(4), s.substring(4, 0), s.substring(-3), s.substring(2, NaN));
console.log(s.substr(4, 3), s.substr(-6, 2));
console.log(s.slice(), s.slice(100) === '', s.substring(1, 1) === '');
