let count = 0;
const t = setTimeout(() => console.log('refreshed timer fired, count =', count), 20);
const iv = setInterval(() => {
  count++;
  if (count < 3) t.refresh();
  else clearInterval(iv);
}, 10);
const u = setTimeout(() => console.log('unref timer should not fire'), 1000);
u.unref();
console.log('hasRef', u.hasRef(), t.hasRef());
const r = setTimeout(() => console.log('re-ref fired'), 30).unref();
r.ref();
console.log(typeof t[Symbol.toPrimitive](), t.refresh() === t);
