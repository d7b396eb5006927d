// order of try/catch/finally blocks when nested and when catch throws
function trace() {
  const log = [];
  try {
    try {
      log.push('inner try');
      throw new Error('first');
    } catch (e) {
      log.push('inner catch ' + e.message);
      throw new Error('second');
    } finally {
      log.push('inner finally');
    }
  } catch (e) {
    log.push('outer catch ' + e.message);
  } finally {
    log.push('outer finally');
  }
  return log;
}
console.log(trace());
function count() {
  let n = 0;
  try { n++; return n; } finally { n += 10; console.log('n in finally', n); }
}
console.log(count());
