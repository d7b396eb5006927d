// return in finally swallows a thrown error; throw in finally replaces it
function swallow() { try { throw new Error('lost'); } finally { return 'finally wins'; } }
function replace() { try { throw new Error('original'); } finally { throw new Error('replacement'); } }
function nested() {
  try {
    try { throw new Error('inner'); } finally { console.log('inner finally'); }
  } catch (e) { console.log('outer caught', e.message); return 'from catch'; } finally { console.log('outer finally'); }
}
console.log(swallow());
try { replace(); } catch (e) { console.log(e.message); }
console.log(nested());
for (const x of [1, 2, 3]) { try { if (x === 2) continue; console.log('body', x); } finally { console.log('finally', x); } }
