// await inside for, for-of, while, and forEach (which does not wait)
const wait = (v) => Promise.resolve(v);
async function forLoop() { for (let i = 0; i < 2; i++) console.log('for', await wait(i)); }
async function whileLoop() { let i = 0; while (i < 2) { console.log('while', await wait(i)); i++; } }
async function forEachLoop() { [0, 1].forEach(async (i) => console.log('forEach', await wait(i))); console.log('forEach returned'); }
async function main() {
  forLoop();
  whileLoop();
  await forEachLoop();
  console.log('main after forEach');
}
main().then(() => console.log('main done'));
