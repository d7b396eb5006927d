// Port messages and window messages interleave with zero-delay timers.
// @host browser
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => {
  console.log('port', e.data);
  Promise.resolve().then(() => console.log('after port', e.data));
};
window.addEventListener('message', (e) => console.log('window', e.data));
setTimeout(() => console.log('timeout A'), 0);
port1.postMessage(1);
setTimeout(() => console.log('timeout B'), 0);
window.postMessage('w', '*');
port1.postMessage(2);
setTimeout(() => {
  port1.postMessage(3);
  Promise.resolve().then(() => console.log('microtask in timer'));
  console.log('timer at 50');
}, 50);
