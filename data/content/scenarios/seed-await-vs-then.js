// @title await is sugar over then
// @host node
// @note The same work written twice; the two versions print in the
// @note same places of the loop.

const bar = (label) => Promise.resolve(label);

async function withAwait() {
  const v = await bar('await');
  console.log('got', v);
}

function withThen() {
  return bar('then').then((v) => {
    console.log('got', v);
  });
}

withAwait();
withThen();
console.log('sync code finished');
