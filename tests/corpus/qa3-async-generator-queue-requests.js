async function* ticker() {
  for (let i = 0; i < 3; i++) {
    await new Promise(r => setTimeout(r, 2));
    yield i;
  }
}
const it = ticker();
const p = [it.next(), it.next(), it.next(), it.next(), it.return('done')];
p.forEach((pr, i) => pr.then(r => console.log(i, JSON.stringify(r))));
Promise.all(p).then(() => console.log('all settled in order'));
