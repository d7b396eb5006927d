// Attribute changes in one task are batched into one MutationObserver callback.
// @host browser
const el = document.createElement('div');
document.body.appendChild(el);
const observer = new MutationObserver((records) => {
  console.log('callback with', records.length, 'records');
  for (const r of records) console.log('  ', r.type, r.attributeName);
});
observer.observe(el, { attributes: true });
el.setAttribute('data-flavour', 'lemon');
el.setAttribute('data-size', 'large');
el.setAttribute('data-flavour', 'lime');
el.removeAttribute('data-size');
console.log('four changes made');
