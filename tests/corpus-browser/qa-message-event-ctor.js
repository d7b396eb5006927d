// new MessageEvent(type, init): data, origin, lastEventId, source, ports.
// @host browser
const e = new MessageEvent('message', { data: { x: 1 } });
console.log(e.type, e.data.x, JSON.stringify(e.origin), String(e.source), e.ports.length, String(e.bubbles));
const plain = new MessageEvent('custom');
console.log(String(plain.data), JSON.stringify(plain.lastEventId));
const { port1 } = new MessageChannel();
port1.addEventListener('custom', (ev) => console.log('dispatched', ev.data, String(ev.isTrusted)));
port1.dispatchEvent(new MessageEvent('custom', { data: 'hi' }));
console.log(Object.prototype.toString.call(port1), String(e));
