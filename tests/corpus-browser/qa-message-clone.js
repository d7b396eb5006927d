// postMessage sends a structured clone, taken when it is posted.
// @host browser
const { port1, port2 } = new MessageChannel();
const original = { n: 1, list: [1, 2], when: new Date(0), map: new Map([['a', 1]]) };
port2.onmessage = (e) => {
  const d = e.data;
  console.log(String(d === original), d.n, d.list.join(','), d.when.toISOString(), d.map.get('a'));
  console.log('length after post:', d.list.length);
};
port1.postMessage(original);
original.list.push(3);
try {
  port1.postMessage({ f() {} });
} catch (err) {
  console.log(err.name, err.message);
}
try {
  port1.postMessage(() => 1);
} catch (err) {
  console.log(err.name, String(err instanceof DOMException));
}
