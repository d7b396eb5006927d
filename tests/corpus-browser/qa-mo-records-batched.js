// Several mutations in one task reach the observer as one batch of records, in order.
// @host browser
const el = document.createElement('div');
document.body.appendChild(el);
const observer = new MutationObserver((records) => {
  console.log('callback with', records.length, 'records');
  for (const r of records) console.log(' ', r.type, String(r.attributeName), r.addedNodes.length, r.removedNodes.length);
});
observer.observe(el, { attributes: true, childList: true });
el.setAttribute('a', '1');
el.appendChild(document.createElement('span'));
el.setAttribute('b', '2');
el.removeChild(el.firstChild);
console.log('sync done');
Promise.resolve().then(() => console.log('promise after mutations'));
