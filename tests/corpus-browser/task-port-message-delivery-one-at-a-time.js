// A port delivers one message per task, posting the next delivery after it: tasks posted meanwhile come first.
// @host browser
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => {
  console.log('port', e.data);
  if (e.data === 'a1') setTimeout(() => console.log('0 ms timer set by a1'), 0);
};
window.onmessage = (e) => console.log('window', e.data);
setTimeout(() => {
  port1.postMessage('a1');
  port1.postMessage('a2');
  setTimeout(() => console.log('0 ms timer set after the posts'), 0);
  port1.postMessage('a3');
  window.postMessage('w1', '*');
}, 100);
setTimeout(() => {
  setTimeout(() => console.log('timer 1'), 0);
  Promise.resolve().then(() => {
    port1.postMessage('b1');
    port1.postMessage('b2');
    setTimeout(() => console.log('timer 2'), 0);
  });
}, 300);
