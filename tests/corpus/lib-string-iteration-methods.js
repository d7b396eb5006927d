// string helpers combined: capitalize words, reverse, count chars
const s = 'the quick brown fox';
console.log(s.split(' ').map(w => w[0].toUpperCase() + w.slice(1)).join(' '));
console.log([...s].reverse().join(''));
const freq = {};
for (const ch of s.replaceAll(' ', '')) freq[ch] = (freq[ch] || 0) + 1;
console.log(Object.entries(freq).filter(([, n]) => n > 1));
console.log(s.split('').filter(c => 'aeiou'.includes(c)).length);
console.log(s.includes('quick') && s.indexOf('fox') > s.indexOf('brown'));
