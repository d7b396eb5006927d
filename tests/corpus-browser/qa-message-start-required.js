// addEventListener('message') does not start a port: messages wait for start().
// @host browser
const { port1, port2 } = new MessageChannel();
port2.addEventListener('message', (e) => console.log('listener', e.data));
port1.postMessage('queued 1');
port1.postMessage('queued 2');
setTimeout(() => {
  console.log('starting now');
  port2.start();
  port2.start();
}, 100);
setTimeout(() => console.log('later timer'), 200);
