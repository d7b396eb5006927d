// A response arriving after 200 ms lands between timers at 100 and 300 ms.
// @host browser
// @fetch /data 200ms 200 {"n":1}
setTimeout(() => console.log('timer 100'), 100);
setTimeout(() => console.log('timer 300'), 300);
fetch('/data').then((res) => {
  console.log('response', res.status);
  return res.json();
}).then((data) => console.log('data n =', data.n));
