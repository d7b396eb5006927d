// nested try blocks: inner catch handles, outer catch sees rethrows only
function level(n) {
  try {
    if (n === 0) throw new Error('bottom');
    return level(n - 1);
  } catch (e) {
    if (n < 2) throw new Error(`${e.message} <- ${n}`);
    return `handled at ${n}: ${e.message}`;
  } finally {
    console.log('finally', n);
  }
}
console.log(level(3));
