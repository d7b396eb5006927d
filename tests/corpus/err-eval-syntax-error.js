// SyntaxError thrown by eval and new Function is catchable
try {
  eval('1 +');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  new Function('return {');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  JSON.parse('{bad');
} catch (e) {
  console.log(e.name, e instanceof SyntaxError);
}
console.log(eval('2 * 21'));
