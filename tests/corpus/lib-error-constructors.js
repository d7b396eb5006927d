// every Error constructor: name, message, instanceof Error, toString
const ctors = [Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError];
for (const C of ctors) {
  const e = new C('msg');
  console.log(e.name, e.message, e instanceof Error, e instanceof C, String(e), Object.keys(e));
}
const noNew = TypeError('without new');
console.log(noNew instanceof TypeError, noNew.message);
console.log(new Error().message === '', String(new Error()), String(new RangeError('')));
