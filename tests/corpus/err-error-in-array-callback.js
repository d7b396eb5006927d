// exceptions thrown inside array callbacks stop the iteration
const seen = [];
try {
  [1, 2, 3, 4].map(x => {
    seen.push(x);
    if (x === 3) throw new Error(`bad item ${x}`);
    return x;
  });
} catch (e) {
  console.log(e.message, seen);
}
try {
  [3, 1, 2].sort(() => { throw new TypeError('comparator failed'); });
} catch (e) {
  console.log(e.name, e.message);
}
