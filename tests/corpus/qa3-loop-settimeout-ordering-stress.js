const out = [];
for (const d of [5, 1, 3, 0, 2, 1, 0, 4]) setTimeout(() => out.push(d), d);
setTimeout(() => {
  console.log(out.join(' '));
  const inner = [];
  setTimeout(() => inner.push('b50'), 50);
  setTimeout(() => inner.push('a5'), 5);
  setTimeout(() => {
    inner.push('c5');
    setTimeout(() => { inner.push('d0-from-c5'); }, 0);
  }, 5);
  setTimeout(() => console.log(inner.join(' ')), 80);
}, 20);
