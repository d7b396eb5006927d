// close() disentangles a port: queued and later messages are dropped.
// @host browser
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => {
  console.log('got', e.data);
  if (e.data === 2) port2.close();
};
port1.postMessage(1);
port1.postMessage(2);
port1.postMessage(3);
setTimeout(() => {
  port1.postMessage(4);
  console.log('posted after close');
}, 100);
setTimeout(() => {
  port1.close();
  port1.postMessage(5);
  console.log('done');
}, 200);
