// for-of over strings iterates code points, not UTF-16 units
const s = 'a😀b';
const units = [];
for (let i = 0; i < s.length; i++) units.push(s.charCodeAt(i).toString(16));
console.log(s.length, units);
for (const ch of s) console.log(ch, ch.length);
console.log([...'héllo wörld'].length);
console.log(Array.from('👍🏽').length);
