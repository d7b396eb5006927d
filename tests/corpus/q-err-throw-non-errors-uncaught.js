// throwing a plain object with a message property uncaught exits with code 1
console.log(typeof process.exitCode);
console.log('before');
process.on('exit', (c) => console.log('exit code', c));
throw { message: 'plain object', code: 42 };
