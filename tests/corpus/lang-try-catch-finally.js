// try/catch/finally flow: finally always runs; catch binding is block scoped
function run(fail) {
  const log = [];
  try {
    log.push('try');
    if (fail) throw new Error('bad');
    log.push('try end');
  } catch (e) {
    log.push('catch ' + e.message);
  } finally {
    log.push('finally');
  }
  return log.join(' > ');
}
console.log(run(false));
console.log(run(true));
try {
  try {
    throw new Error('inner');
  } finally {
    console.log('inner finally');
  }
} catch (e) {
  console.log('outer caught', e.message);
}
try { throw 1; } catch (e) { var leaked = e; }
console.log(leaked, typeof e);
