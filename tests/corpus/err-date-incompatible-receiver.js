// Date methods on a non-Date: getters say "this is not a Date object.",
// setters and formatters name the method; toJSON needs a callable toISOString.
const methods = ['getTime', 'getUTCDay', 'valueOf', 'getYear', 'toISOString', 'toString', 'toUTCString',
  'toLocaleDateString', 'setTime', 'setUTCFullYear', 'setMinutes'];
for (const m of methods) {
  for (const receiver of [{}, 1, 'x']) {
    try { Date.prototype[m].call(receiver); } catch (e) { console.log(m, e.constructor.name, e.message); }
  }
}
try { Date.prototype.toJSON.call({ toISOString: 5 }); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Date.prototype.toJSON.call({ toISOString() { return 'custom'; } }));
