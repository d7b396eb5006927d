// the cause option of Error constructors
const root = new Error('root problem');
const e = new Error('wrapper', { cause: root });
console.log(e.cause === root, e.cause.message, 'cause' in e);
console.log('cause' in new Error('no cause'), new Error('x', {}).hasOwnProperty('cause'));
const t = new TypeError('typed', { cause: 'just a string' });
console.log(t.cause, Object.getOwnPropertyDescriptor(t, 'cause').enumerable);
try {
  try {
    JSON.parse('{');
  } catch (inner) {
    throw new Error('config unreadable', { cause: inner });
  }
} catch (outer) {
  console.log(outer.message, '<-', outer.cause.name);
}
console.log(new Error('u', { cause: undefined }).hasOwnProperty('cause'));
