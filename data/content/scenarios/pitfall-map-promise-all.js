// @title map plus Promise.all
// @host node
// @note Start every item at once and wait for all of them; the results
// @note keep the input order even though they finish out of order.

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

async function processAll(items) {
  const results = await Promise.all(items.map(async (item) => {
    await delay(item.ms);
    console.log('finished', item.name);
    return item.name.toUpperCase();
  }));
  console.log('all done:', results);
}

processAll([{ name: 'first', ms: 30 }, { name: 'second', ms: 10 }]);
