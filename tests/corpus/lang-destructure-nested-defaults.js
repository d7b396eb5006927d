// nested destructuring with defaults at every level
const config = { server: { host: 'localhost', ports: [80, 443] } };
const {
  server: { host, ports: [http, https, extra = 8080] },
  client: { retries = 3 } = {},
} = config;
console.log(host, http, https, extra, retries);
const [{ name = 'anon' } = {}, [inner = 'i'] = []] = [];
console.log(name, inner);
const { a: { b: { c = 'deep' } = {} } = {} } = { a: {} };
console.log(c);
