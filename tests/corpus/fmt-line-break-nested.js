// line breaking of nested objects uses the indentation of each level
const o = {
  name: 'configuration',
  server: { host: 'example.internal', port: 8080, tls: { enabled: true, cert: '/etc/cert.pem' } },
  tags: ['alpha', 'beta', 'gamma'],
};
console.log(o);
console.log({ list: [{ id: 1, label: 'first entry here' }, { id: 2, label: 'second entry here' }] });
console.log([{ a: 1 }, { b: 2 }]);
