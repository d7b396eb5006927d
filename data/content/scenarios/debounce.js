// @title Debounce with timers
// @host node
// @note Each call cancels the pending timer; only the last call of a
// @note burst gets through.

function debounce(fn, ms) {
  let id;
  return (...args) => {
    clearTimeout(id);
    id = setTimeout(() => fn(...args), ms);
  };
}

const search = debounce((q) => console.log('searching for', q), 20);
search('c');
search('ca');
search('cak');
setTimeout(() => search('cake'), 5);
setTimeout(() => search('bread'), 100);
