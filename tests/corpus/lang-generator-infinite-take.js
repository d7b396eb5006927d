// lazy infinite generators composed with helper generators
function* naturals() {
  let n = 0;
  while (true) yield n++;
}
function* map(it, f) { for (const x of it) yield f(x); }
function* filter(it, p) { for (const x of it) if (p(x)) yield x; }
function* take(it, n) {
  if (n <= 0) return;
  for (const x of it) {
    yield x;
    if (--n === 0) return;
  }
}
const evensSquared = take(map(filter(naturals(), x => x % 2 === 0), x => x * x), 5);
console.log([...evensSquared]);
function* fib() { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b]; } }
console.log([...take(fib(), 12)].join(' '));
