// String(), toString and template conversions for different values
console.log(String(123), String(null), String(undefined), String(true), String([1, [2]]), String({}));
console.log(String(Symbol('desc')), String(-0), String(1e21), String(0.1));
console.log((123.5).toString(), (true).toString(), [1, 2].toString());
try {
  `${Symbol('x')}`;
} catch (e) {
  console.log(e.message);
}
try {
  'a' + Symbol('y');
} catch (e) {
  console.log(e.message);
}
console.log(String(new String('boxed')), typeof String('x'), typeof new String('x'));
