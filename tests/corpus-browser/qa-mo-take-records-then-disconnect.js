// takeRecords empties the queue, so the callback does not run for those records.
// @host browser
const el = document.createElement('div');
const observer = new MutationObserver((rs) => console.log('callback with', rs.length));
observer.observe(el, { attributes: true });
el.setAttribute('a', '1');
el.setAttribute('b', '2');
const taken = observer.takeRecords();
console.log('took', taken.length, 'first', taken[0].attributeName);
el.setAttribute('c', '3');
setTimeout(() => {
  observer.disconnect();
  el.setAttribute('d', '4');
  console.log('after disconnect, pending', observer.takeRecords().length);
}, 50);
