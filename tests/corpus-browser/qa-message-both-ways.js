// Ping-pong between the two ports of a channel, against a timer.
// @host browser
const channel = new MessageChannel();
let count = 0;
channel.port1.onmessage = (e) => {
  console.log('port1 <-', e.data);
  if (++count < 3) channel.port1.postMessage('ping ' + count);
};
channel.port2.onmessage = (e) => {
  console.log('port2 <-', e.data);
  channel.port2.postMessage('pong ' + count);
};
channel.port1.postMessage('ping 0');
setTimeout(() => console.log('timer'), 0);
console.log(typeof channel.port1.onmessage, String(channel.port2.onmessage === null));
