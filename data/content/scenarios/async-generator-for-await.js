// @title for await over an async generator
// @host node
// @note Each value is produced after an await; the loop body runs once
// @note per value, in order.

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

async function* ovenBatches() {
  for (const item of ['rolls', 'loaves', 'buns']) {
    await delay(10);
    yield item;
  }
}

(async () => {
  for await (const batch of ovenBatches()) {
    console.log('out of the oven:', batch);
  }
  console.log('oven empty');
})();
console.log('waiting for the oven');
