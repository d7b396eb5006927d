// an immediate can clear a later immediate queued in the same batch
let b;
setImmediate(() => { console.log('a clears b'); clearImmediate(b); });
b = setImmediate(() => console.log('b never'));
setImmediate(() => console.log('c'));
const d = setImmediate(() => console.log('d never'));
clearImmediate(d);
console.log(typeof b, b.constructor.name, typeof b.hasRef);
