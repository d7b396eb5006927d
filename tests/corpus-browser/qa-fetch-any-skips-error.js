// Promise.any ignores the fast network error and takes the first success; all failing gives AggregateError.
// @host browser
// @fetch /fast 50ms error
// @fetch /medium 150ms 200 medium
// @fetch /slow 250ms 200 slow
Promise.any([fetch('/fast'), fetch('/medium'), fetch('/slow')])
  .then((res) => res.text())
  .then((t) => console.log('any:', t));
Promise.any([fetch('/fast'), Promise.reject(new Error('other'))])
  .catch((e) => console.log(e.name, e.message, e.errors.length, e.errors[0].message));
