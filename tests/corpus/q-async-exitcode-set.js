// process.exitCode set in an async callback becomes the exit code after the loop drains
async function main() {
  await new Promise(r => setTimeout(r, 20));
  console.log('work done');
  process.exitCode = 3;
}
main().then(() => console.log('main resolved'));
process.on('exit', (code) => console.log('exit event', code));
