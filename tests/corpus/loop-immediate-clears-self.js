// an immediate can be cleared only before it runs; clearing itself while running is harmless
const im = setImmediate(() => {
  console.log('running immediate');
  clearImmediate(im);
  console.log('cleared itself, no effect');
});
setImmediate(() => console.log('next immediate'));
