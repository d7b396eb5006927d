// takeRecords() empties the queue (no callback); disconnect() stops observing.
// @host browser
const el = document.createElement('div');
const observer = new MutationObserver((records) => console.log('callback with', records.length));
observer.observe(el, { attributes: true });
el.setAttribute('x', '1');
el.setAttribute('y', '2');
console.log('taken:', observer.takeRecords().length);
setTimeout(() => {
  el.setAttribute('z', '3');
  setTimeout(() => {
    observer.disconnect();
    el.setAttribute('w', '4');
    console.log('disconnected');
  }, 0);
}, 0);
