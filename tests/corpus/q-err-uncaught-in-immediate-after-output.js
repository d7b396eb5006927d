// an uncaught error in an immediate ends the process; earlier immediates ran, later did not
setImmediate(() => console.log('imm 1'));
setImmediate(() => { console.log('imm 2 throws'); throw new RangeError('imm 2 failed'); });
setImmediate(() => console.log('imm 3 never'));
process.on('exit', (c) => console.log('exit', c));
