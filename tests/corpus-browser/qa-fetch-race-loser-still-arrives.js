// Promise.race settles with the fastest; the slower fetch still completes afterwards.
// @host browser
// @fetch /quick 100ms 200 quick
// @fetch /late 300ms 200 late
const late = fetch('/late');
late.then(() => console.log('late fetch resolved anyway'));
Promise.race([late, fetch('/quick')])
  .then((res) => res.text())
  .then((t) => console.log('race winner:', t));
