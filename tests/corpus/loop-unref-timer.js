// an unref'd timer does not keep the process alive
const t = setTimeout(() => console.log('never: unref timer'), 300);
t.unref();
setTimeout(() => console.log('ref timer runs'), 1);
const i = setInterval(() => console.log('never: unref interval'), 200);
i.unref();
console.log('hasRef', t.hasRef(), 'typeof ref', typeof t.ref);
