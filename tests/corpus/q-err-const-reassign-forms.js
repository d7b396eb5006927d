// assignment to constants in loops, compound assignment, destructuring and increments
const c = 1;
const attempts = [() => { c = 2; }, () => { c += 1; }, () => { c++; }, () => { [c] = [5]; }, () => { ({ c } = { c: 3 }); },
  () => { for (const i = 0; i < 2; i++) {} }, () => { const f = function named() { named = 1; return 'silently ignored'; }; return f(); },
  () => { 'use strict'; const g = function named() { named = 1; }; g(); }];
for (const a of attempts) { try { console.log(a()); } catch (e) { console.log(e.name + ': ' + e.message); } }
for (const i of [1, 2]) console.log('const in for-of is fine', i);
