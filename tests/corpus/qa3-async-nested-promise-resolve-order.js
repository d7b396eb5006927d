const order = [];
new Promise(resolve => {
  resolve(Promise.resolve('inner'));
  order.push('executor done');
}).then(v => order.push('outer then ' + v));
Promise.resolve().then(() => order.push('a1')).then(() => order.push('a2')).then(() => order.push('a3')).then(() => order.push('a4'));
(async () => { order.push('await resolved'); await Promise.resolve(); order.push('after await'); })();
const p = Promise.resolve('same');
(async () => { const v = await p; order.push('await same ' + v); })();
setTimeout(() => console.log(order.join(', ')), 0);
