// @title for...of waits for each item
// @host node
// @note A for...of loop really awaits inside the async function: items
// @note run one after another, in order.

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

async function processAll(items) {
  for (const item of items) {
    await delay(item.ms);
    console.log('processed', item.name);
  }
  console.log('all done');
}

processAll([{ name: 'first', ms: 30 }, { name: 'second', ms: 10 }]);
