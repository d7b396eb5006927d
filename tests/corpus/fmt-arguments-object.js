// the arguments object prints as [Arguments] [ ... ]
function f() { return arguments; }
console.log(f(1, 'two', [3]));
console.log(f());
console.log({ args: f(true) });
