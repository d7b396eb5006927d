// A raw U+2028 / U+2029 in a string literal is a line terminator for
// positions: Function.prototype.toString must still find the source text.
const words = ["a b", "c d"];
const f = function sample(x) { return x + 1; };
console.log(String(f));
console.log(String((function paren() {})));
console.log(`${[(function inArray() {})][0]}`);
console.log(words.map((w) => w.length));
