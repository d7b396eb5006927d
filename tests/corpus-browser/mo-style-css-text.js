// Setting style.cssText rewrites the style attribute: an attributes record each time, even for the same text.
// @host browser
const box = document.createElement('div');
document.body.appendChild(box);
new MutationObserver((records) => {
  for (const r of records) {
    console.log(r.type, r.attributeName, String(r.oldValue), '->', box.getAttribute('style'));
  }
}).observe(box, { attributes: true, attributeOldValue: true });
box.style.cssText = 'color: red; width: 10px';
console.log('cssText:', box.style.cssText);
setTimeout(() => {
  box.style.cssText = 'color: red; width: 10px';
  console.log('same again:', box.style.cssText);
}, 0);
setTimeout(() => {
  box.style.color = 'blue';
  box.style.cssText = '';
  console.log('cleared:', JSON.stringify(box.getAttribute('style')));
}, 10);
