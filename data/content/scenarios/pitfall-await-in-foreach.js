// @title await inside forEach
// @host node
// @note forEach ignores the promises its callback returns, so "all done"
// @note is printed before any item is processed.

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

async function processAll(items) {
  items.forEach(async (item) => {
    await delay(item.ms);
    console.log('processed', item.name);
  });
  console.log('all done?');
}

processAll([{ name: 'first', ms: 30 }, { name: 'second', ms: 10 }]);
