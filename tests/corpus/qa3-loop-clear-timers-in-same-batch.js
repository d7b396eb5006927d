const ids = [];
for (let i = 0; i < 5; i++) {
  ids.push(setTimeout(() => {
    console.log('timer', i);
    if (i === 1) { clearTimeout(ids[3]); console.log('cleared 3'); }
  }, 0));
}
const im = [];
for (let i = 0; i < 4; i++) {
  im.push(setImmediate(() => {
    console.log('immediate', i);
    if (i === 0) clearImmediate(im[2]);
  }));
}
clearTimeout(undefined); clearTimeout(null); clearTimeout('nope'); clearInterval({});
console.log('cleared junk without error');
