// @title Turning a callback API into a promise
// @host node
// @note Wrap the old (err, value) callback in new Promise and call
// @note reject or resolve from it.

function oldApi(name, callback) {
  setTimeout(() => {
    if (name === '') callback(new Error('empty name'));
    else callback(null, 'hello ' + name);
  }, 10);
}

const promised = (name) =>
  new Promise((res, rej) => oldApi(name, (err, val) => (err ? rej(err) : res(val))));

async function main() {
  console.log(await promised('baker'));
  try {
    await promised('');
  } catch (e) {
    console.log('error:', e.message);
  }
}

main();
