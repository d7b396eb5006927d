// text() reads the body as a string; content-type comes from the response.
// @host browser
// @fetch /menu.txt 100ms 200 bread, buns, cake
async function main() {
  const res = await fetch('/menu.txt');
  console.log('status', res.status, 'type', res.headers.get('content-type'));
  const text = await res.text();
  console.log('menu:', text);
  console.log('length', text.length);
}
main();
