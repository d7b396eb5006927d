// Starting both fetches before awaiting them overlaps the waits; markers show when each finished.
// @host browser
// @fetch /one 200ms 200 one
// @fetch /two 200ms 200 two
async function sequential() {
  const a = await (await fetch('/one')).text();
  const b = await (await fetch('/two')).text();
  console.log('sequential done', a, b);
}
async function parallel() {
  const pa = fetch('/one'), pb = fetch('/two');
  const [a, b] = await Promise.all([pa, pb]);
  console.log('parallel done', await a.text(), await b.text());
}
sequential();
parallel();
setTimeout(() => console.log('marker 300'), 300);
