// clearTimeout accepts the numeric id obtained from the Timeout object
const t = setTimeout(() => console.log('should not run'), 30);
const id = +t;
console.log(typeof id, Number.isInteger(id));
clearTimeout(id);
const t2 = setTimeout(() => console.log('runs: cleared with bogus ids only'), 40);
clearTimeout(undefined); clearTimeout(null); clearTimeout({}); clearTimeout('nope');
const i = setInterval(() => { console.log('interval once'); clearInterval(`${+i}`); }, 20);
