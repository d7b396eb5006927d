// clearImmediate cancels a pending setImmediate, even from another immediate
const a = setImmediate(() => console.log('never a'));
clearImmediate(a);
let c;
setImmediate(() => {
  console.log('b clears c');
  clearImmediate(c);
});
c = setImmediate(() => console.log('never c'));
setImmediate(() => console.log('d runs'));
clearImmediate(undefined);
