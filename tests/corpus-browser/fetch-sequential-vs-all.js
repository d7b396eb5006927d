// Sequential awaits wait for each fetch in turn; Promise.all runs them together.
// @host browser
// @fetch /a 200ms 200 A
// @fetch /b 100ms 200 B
const get = async (url) => {
  const body = await (await fetch(url)).text();
  console.log('  finished', body);
  return body;
};
async function main() {
  console.log('sequential');
  const a = await get('/a');
  const b = await get('/b');
  console.log('sequential result', a + b);
  console.log('Promise.all');
  const both = await Promise.all([get('/a'), get('/b')]);
  console.log('all result', both.join(''));
}
main();
