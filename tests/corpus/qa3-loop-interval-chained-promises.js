let i = 0;
const start = Date.now();
const iv = setInterval(async () => {
  const n = ++i;
  console.log('interval', n, 'start');
  await null;
  console.log('interval', n, 'after await');
  if (n === 2) { clearInterval(iv); console.log('cleared'); }
}, 1);
setTimeout(function () { console.log('this is timeout object:', this === t); }, 30);
const t = setTimeout(() => {}, 0);
