// ref() on an unref'd timer keeps the process alive again
const t = setTimeout(() => console.log('timer ran after ref()'), 5);
t.unref();
t.ref();
console.log(t.hasRef());
const imm = setImmediate(() => console.log('never: cleared immediate'));
console.log(typeof imm.hasRef, imm.hasRef());
imm.unref();
console.log(imm.hasRef());
clearImmediate(imm);
