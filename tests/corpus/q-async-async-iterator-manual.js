// a hand-written async iterable used with for await and break (return is called)
const source = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return {
      next: () => new Promise(r => setTimeout(() => r({ value: i++, done: i > 5 }), 20)),
      return: () => { console.log('return called at', i); return Promise.resolve({ done: true }); },
    };
  },
};
(async () => {
  for await (const v of source) { console.log('value', v); if (v === 2) break; }
  console.log('after');
})();
