const e = new Error('msg');
e.stack = 'Error: msg\n    at fake (file.js:1:1)';
console.log({ err: e });
const t = new TypeError('typed');
t.stack = 'TypeError: typed';
console.log([t]);
const withProps = new Error('props');
withProps.stack = 'Error: props';
withProps.code = 'E_CODE';
withProps.details = { a: 1 };
console.log(withProps);
const noStack = new RangeError('no stack');
noStack.stack = undefined;
console.log(noStack);
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } }
const me = new MyErr('mine'); me.stack = 'MyErr: mine';
console.log(me, String(me), me.toString === Error.prototype.toString);
