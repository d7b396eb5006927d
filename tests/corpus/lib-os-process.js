// os and process values whose shape (not host value) scripts print.
const os = require('os');
console.log(os.EOL === '\n', os.platform() === process.platform, os.arch() === process.arch);
console.log(os.constants.signals.SIGINT, os.constants.errno.ENOENT, typeof os.cpus().length, os.devNull);
process.env.PORT = 8080;
console.log(typeof process.env.PORT, process.env.PORT, process.env.NOT_SET_ANYWHERE);
console.log(typeof process.argv0, process.umask(), Object.keys(process.cpuUsage()), process.stdout.isTTY);
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
process.emitWarning('careful', 'CustomWarning', 'C1');
process.emitWarning('with detail', { type: 'Odd', detail: 'more' });
try { process.emitWarning(5); } catch (e) { console.log(e.code); }
const old = require('util').deprecate(() => 'still works', 'old api', 'DEP0X');
console.log(old(), old());
console.log('sync done');
