// A body can be read once; reading again rejects with a TypeError.
// @host browser
// @fetch /once 100ms 200 hello
async function main() {
  const res = await fetch('/once');
  console.log('first read:', await res.text());
  try {
    await res.text();
  } catch (err) {
    console.log('second read:', err.name, '-', err.message);
  }
}
main();
