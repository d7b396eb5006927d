// seed: sequential awaits take the sum of the delays, Promise.all takes the longest one
const log = [];
const fakeFetch = (url, ms) => new Promise(r => setTimeout(() => { log.push(url); r(url); }, ms));
async function sequential() {
  await fakeFetch('seq-url1', 30);
  await fakeFetch('seq-url2', 30);
  log.push('sequential done');
}
async function concurrent() {
  await Promise.all([fakeFetch('con-url1', 30), fakeFetch('con-url2', 30)]);
  log.push('concurrent done');
}
Promise.all([sequential(), concurrent()]).then(() => console.log(log));
