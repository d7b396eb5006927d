// catch without a binding, and rethrowing from catch
function parse(s) {
  try {
    return JSON.parse(s);
  } catch {
    return 'invalid';
  }
}
console.log(parse('[1]'), parse('{'));
try {
  try {
    throw new TypeError('t');
  } catch (e) {
    if (e instanceof TypeError) throw new RangeError('converted');
  }
} catch (e) {
  console.log(e.name, e.message);
}
