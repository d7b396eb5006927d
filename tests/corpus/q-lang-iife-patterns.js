// IIFE variations and ASI hazards pasted from blog posts
const a = (function () { return 'classic'; })();
const b = (function () { return 'crockford'; }());
const c = !function () { console.log('bang iife ran'); }();
const d = void function () { console.log('void iife ran'); }();
const e = (() => 'arrow')();
console.log(a, b, c, d, e);
const f = 1
const g = f
;[1, 2].forEach(x => console.log('asi-safe', x))
function ret() {
  return
    'never returned';
}
console.log(ret());
let counter = 0
const inc = () => counter++
inc()
;(inc)()
console.log(counter)
