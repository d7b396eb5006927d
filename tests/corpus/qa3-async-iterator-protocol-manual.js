const source = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return {
      next() {
        i++;
        console.log('next called', i);
        return Promise.resolve(i <= 3 ? { value: i * 10, done: false } : { value: 'end', done: true });
      },
      return(v) {
        console.log('return called');
        return Promise.resolve({ done: true, value: v });
      }
    };
  }
};
(async () => {
  for await (const v of source) console.log('value', v);
  for await (const v of source) { console.log('first only', v); if (v === 20) break; }
  try {
    for await (const v of source) { throw new Error('inside loop ' + v); }
  } catch (e) { console.log(e.message); }
})();
