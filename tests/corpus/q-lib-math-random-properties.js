// Math.random properties only (values themselves are not printed)
let ok = true;
const buckets = [0, 0, 0, 0];
for (let i = 0; i < 4000; i++) {
  const r = Math.random();
  if (!(r >= 0 && r < 1)) ok = false;
  buckets[Math.floor(r * 4)]++;
}
console.log('in range', ok, 'each bucket non-empty', buckets.every(b => b > 500));
const shuffle = a => { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(Math.random() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
console.log(shuffle([1, 2, 3, 4, 5]).sort((a, b) => a - b));
