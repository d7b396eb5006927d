// element.style writes the style attribute: serialization, hex colors, and one record per real change.
// @host browser
const box = document.createElement('div');
document.body.appendChild(box);
const observer = new MutationObserver((records) => {
  console.log('observer saw', records.length, 'changes');
  for (const r of records) console.log('  old style:', String(r.oldValue));
});
observer.observe(box, { attributes: true, attributeOldValue: true });
box.style.color = 'red';
box.style.backgroundColor = '#FF8800';
box.style.color = 'red';          // the same value: no change
box.style.width = 100;            // no unit: rejected
box.style.height = '20PX';
console.log(box.getAttribute('style'));
console.log(box.style.backgroundColor, box.style.height, box.style['background-color'], box.style.length);
box.style.color = '';
console.log(box.outerHTML);
box.setAttribute('style', 'margin-top:4px;COLOR : blue');
console.log(box.style.color, box.style.marginTop, box.style.cssText);
box.style.setProperty('opacity', 0.5);
console.log(box.style.getPropertyValue('opacity'), box.style.item(0), String(box.style));
