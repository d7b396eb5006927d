// a debounce helper only runs after calls stop for the wait period
function debounce(fn, ms) {
  let t;
  return (...args) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
}
const log = debounce((v) => console.log('debounced call with', v), 30);
log(1);
log(2);
log(3);
setTimeout(() => log(4), 100);
setTimeout(() => log(5), 105);
