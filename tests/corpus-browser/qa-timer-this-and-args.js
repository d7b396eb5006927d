// A timer callback gets the extra arguments; `this` is window for a plain function.
// @host browser
setTimeout(function (a, b, c) {
  console.log('args:', a, b, String(c));
  console.log('this is window:', String(this === window));
  console.log('arguments length:', arguments.length);
}, 0, 'x', 2);
const id = setInterval((label) => {
  console.log('interval label', label);
  clearInterval(id);
}, 10, 'L');
console.log('ids are numbers:', typeof id);
