// attributeOldValue records the value before each change.
// @host browser
const el = document.createElement('p');
el.setAttribute('class', 'fresh');
new MutationObserver((records) => {
  for (const r of records) {
    console.log(r.attributeName, 'was', String(r.oldValue), 'now', String(el.getAttribute(r.attributeName)));
  }
}).observe(el, { attributes: true, attributeOldValue: true });
el.setAttribute('class', 'baked');
el.setAttribute('class', 'sold');
el.setAttribute('title', 'new');
