let count = 0;
const start = Date.now();
const iv = setInterval(() => {
  count++;
  if (count === 5) {
    clearInterval(iv);
    const elapsed = Date.now() - start;
    console.log('5 ticks, at least 50ms elapsed:', elapsed >= 49);
    setTimeout(() => console.log('after clear, count stays', count), 30);
  }
}, 10);
const iv2 = setInterval(() => { console.log('self-clearing interval'); clearInterval(iv2); clearInterval(iv2); }, 0);
