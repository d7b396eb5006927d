// %j formats with JSON.stringify
console.log('%j', { a: [1, 'two'], b: null });
console.log('%j', 'str', '%j');
console.log('%j', [undefined, () => {}]);
console.log('%j %j', 1, true);
const circ = {};
circ.me = circ;
console.log('%j', circ);
