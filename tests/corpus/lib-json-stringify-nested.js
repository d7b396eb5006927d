// nested structures, repeated (non-circular) references and circular errors
const shared = { s: 1 };
console.log(JSON.stringify({ a: shared, b: shared, c: [shared, [shared]] }));
const deep = { l1: { l2: { l3: { l4: { l5: 'bottom' } } } } };
console.log(JSON.stringify(deep));
const circ = { name: 'c' };
circ.self = circ;
try {
  JSON.stringify(circ);
} catch (e) {
  console.log(e.name, e.message.split('\n')[0]);
}
