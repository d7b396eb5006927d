// an unref'd interval does not keep the process alive; a ref'd timeout does
let n = 0;
const iv = setInterval(() => { n++; }, 20);
iv.unref();
setTimeout(() => console.log('keeper done'), 110);
const lone = setTimeout(() => console.log('never: unref and nothing else'), 500);
lone.unref();
process.on('exit', () => console.log('exit, interval ran', n >= 2 ? 'several times' : 'too few'));
