// MessageChannel: each port message is a task, after the script's microtasks.
// @host browser
const channel = new MessageChannel();
console.log(typeof channel.port1, String(channel.port1 instanceof MessagePort), String(channel.port1 !== channel.port2));
channel.port2.onmessage = (event) => {
  console.log('port2 got', event.data, event.constructor.name, event.type);
  console.log('origin', JSON.stringify(event.origin), 'ports', event.ports.length, String(event.target === channel.port2));
};
channel.port1.postMessage('hello');
channel.port1.postMessage(42);
Promise.resolve().then(() => console.log('microtask'));
console.log('sync end');
