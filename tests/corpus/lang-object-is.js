// Object.is semantics compared to === for special values
const pairs = [[1, 1], [NaN, NaN], [0, -0], [-0, -0], ['a', 'a'], [{}, {}], [null, undefined], [null, null]];
for (const [a, b] of pairs) {
  console.log(String(a), String(b), a === b, Object.is(a, b));
}
