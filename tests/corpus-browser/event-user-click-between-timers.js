// A user click at 200 ms lands between timers at 100 ms and 300 ms.
// @host browser
// @click #button 200ms
document.querySelector('#button').addEventListener('click', (event) => {
  console.log('click, isTrusted =', String(event.isTrusted));
});
setTimeout(() => console.log('timer 100'), 100);
setTimeout(() => console.log('timer 300'), 300);
console.log('script done');
