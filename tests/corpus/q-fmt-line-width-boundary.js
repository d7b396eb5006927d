// objects just under and just over the 72/80 column line-break thresholds
for (const n of [14, 15, 16, 17, 18, 19, 20]) {
  console.log({ key: 'x'.repeat(n), other: 'y'.repeat(n), third: 1 });
}
for (const n of [4, 5, 6, 7]) console.log(['abcdefghij'.repeat(n > 5 ? 1 : 1), 'x'.repeat(n * 10)]);
console.log({ arr: [1, 2, 3], obj: { a: 'aaaaaaaaaaaaaaaaaaaa', b: 'bbbbbbbbbbbbbbbbbbbb', c: 'cc' } });
