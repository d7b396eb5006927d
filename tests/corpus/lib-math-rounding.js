// Math.round/floor/ceil/trunc on halves and negatives
const vals = [2.5, 3.5, -2.5, -3.5, 2.4, -2.6, 0.5, -0.5, 1.0000001];
for (const v of vals) {
  console.log(v, Math.round(v), Math.floor(v), Math.ceil(v), Math.trunc(v));
}
console.log(Math.round('2.5'), Math.floor(null), Math.ceil(undefined), Math.trunc(-0.9));
