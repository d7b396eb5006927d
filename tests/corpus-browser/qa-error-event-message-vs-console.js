// The error event's message follows Error.prototype.toString; the console line names the class.
// @host browser
class A extends Error {}
window.addEventListener('error', (e) => console.log('event message:', e.message));
window.addEventListener('unhandledrejection', (e) => console.log('rejection event'));
setTimeout(() => { throw new A('a msg'); }, 0);
setTimeout(() => { const e = new Error('x'); e.message = 'changed'; throw e; }, 10);
setTimeout(() => { const e = new A('y'); e.name = ''; throw e; }, 20);
setTimeout(() => { Promise.reject(new A('rej')); }, 30);
setTimeout(() => { const e = new Error('z'); e.name = 42; throw e; }, 140);
setTimeout(() => { const e = new Error('w'); e.message = 7; throw e; }, 150);
setTimeout(() => { const E2 = class extends Error {}; throw new E2('anon'); }, 160);
