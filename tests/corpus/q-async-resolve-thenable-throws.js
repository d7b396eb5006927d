// Promise.resolve with thenables that throw before or after resolving
const throwsFirst = { then() { throw new Error('then threw'); } };
const resolvesThenThrows = { then(res) { res('ok value'); throw new Error('ignored'); } };
const getterThrows = Object.defineProperty({}, 'then', { get() { throw new Error('getter threw'); } });
Promise.resolve(throwsFirst).catch(e => console.log('a', e.message));
Promise.resolve(resolvesThenThrows).then(v => console.log('b', v));
Promise.resolve(getterThrows).catch(e => console.log('c', e.message));
const notCallable = { then: 'string' };
Promise.resolve(notCallable).then(v => console.log('d', typeof v, v.then));
console.log('sync');
