// the sloppy-mode with statement resolves names against an object first
const config = { host: 'example.com', port: 80 };
let port = 'outer port';
with (config) {
  console.log(host, port);
  port = 8080;
}
console.log(config.port, port);
with ({ toUpperCase: 'shadowed' }) { console.log(toUpperCase, typeof console); }
