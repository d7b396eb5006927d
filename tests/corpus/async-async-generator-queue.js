// calling next() several times without awaiting queues the requests in order
async function* slow() {
  for (const ms of [20, 1, 10]) {
    await new Promise(r => setTimeout(r, ms));
    yield ms;
  }
}
const it = slow();
const a = it.next(), b = it.next(), c = it.next(), d = it.next();
a.then(v => console.log('a', v));
b.then(v => console.log('b', v));
c.then(v => console.log('c', v));
d.then(v => console.log('d', v));
