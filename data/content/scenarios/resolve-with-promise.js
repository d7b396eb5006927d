// @title resolve() with another promise
// @host node
// @note The outer promise follows the inner one: it waits for it and
// @note takes its value, or its rejection.

const inner = new Promise((r) => setTimeout(() => r('inner value'), 20));
const outer = new Promise((resolve) => resolve(inner));

outer.then((v) => console.log('outer got', v));
console.log('outer === inner?', outer === inner);
console.log('Promise.resolve(inner) === inner?', Promise.resolve(inner) === inner);
