// async: 100,000 setTimeout(…, 0) callbacks.
let fired = 0;
let sum = 0;
for (let i = 0; i < 100000; i++) {
  setTimeout(() => {
    fired++;
    sum = (sum + i) % 1000003;
    if (fired === 100000)
      print(fired + ' ' + sum);
  }, 0);
}
