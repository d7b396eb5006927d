// function declarations are hoisted with their body; function expressions are not
console.log(decl());
function decl() {
  return 'declared';
}
console.log(typeof expr);
var expr = function () {
  return 'expr';
};
console.log(expr());
function twice() { return 1; }
console.log(twice());
function twice() { return 2; }
console.log(twice());
