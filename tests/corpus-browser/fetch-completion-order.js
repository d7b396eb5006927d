// Fetches started together complete in latency order, not in call order.
// @host browser
// @fetch /slow 300ms 200 slow
// @fetch /fast 100ms 200 fast
// @fetch /medium 200ms 200 medium
for (const url of ['/slow', '/fast', '/medium']) {
  fetch(url)
    .then((res) => res.text())
    .then((body) => console.log('done:', body));
  console.log('started', url);
}
