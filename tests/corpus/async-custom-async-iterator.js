// a hand-written Symbol.asyncIterator object
const source = {
  items: ['a', 'b', 'c'],
  [Symbol.asyncIterator]() {
    let i = 0;
    const items = this.items;
    return {
      next() {
        return new Promise(r => setTimeout(() => r(i < items.length ? { value: items[i++], done: false } : { value: undefined, done: true }), 1));
      },
      return() { console.log('return called'); return Promise.resolve({ done: true }); },
    };
  },
};
(async () => {
  for await (const x of source) console.log('item', x);
  for await (const x of source) { console.log('first only', x); break; }
})();
