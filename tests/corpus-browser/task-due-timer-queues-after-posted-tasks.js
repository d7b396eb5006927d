// A 1 ms timer that falls due during a long task runs after the tasks that task posted without delay.
// @host browser
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log('port message', e.data);
window.addEventListener('message', (e) => console.log('window message', e.data));
setTimeout(() => {
  setTimeout(() => console.log('1 ms timer (created first)'), 1);
  const start = performance.now();
  while (performance.now() - start < 10) {
    // the 1 ms timer is due long before this task posts the others
  }
  port1.postMessage('posted after the busy wait');
  setTimeout(() => console.log('0 ms timer (created after the busy wait)'), 0);
  window.postMessage('posted last', '*');
}, 100);
setTimeout(() => {
  setTimeout(() => console.log('again: 2 ms timer'), 2);
  port1.postMessage('posted first');
  const start = performance.now();
  while (performance.now() - start < 10) {
    // both are ready when this task ends: the message was posted first
  }
}, 300);
