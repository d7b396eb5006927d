// with: names resolve against the object first, then the scopes outside
const config = { host: 'example.com', port: 80, describe() { return this === config; } };
let port = 'outer';
with (config) {
  console.log(host, port, describe());   // method called with this = config
  port = 8080;                           // assigns config.port
  var note = 'set';                      // the var is outside, the assignment too
}
console.log(config.port, port, note, 'note' in config);
with ({ undefined: 7 }) console.log(undefined);
with ({ z: 1 }) { z++; z += 2; console.log(z, typeof z, typeof notDefinedAnywhere); }
with ({ a: 1 }) with ({ b: 2, a: 10 }) console.log(a + b);
with ('abc') console.log(length, toUpperCase());
try { with (null) {} } catch (e) { console.log(e.constructor.name, e.message); }
