// attributeOldValue gives the previous value; attributeFilter limits which attributes count.
// @host browser
const el = document.createElement('div');
el.setAttribute('data-step', 'one');
new MutationObserver((rs) => {
  for (const r of rs) console.log(r.attributeName, 'was', String(r.oldValue), 'now', String(el.getAttribute(r.attributeName)));
}).observe(el, { attributeOldValue: true, attributeFilter: ['data-step', 'title'] });
el.setAttribute('data-step', 'two');
el.setAttribute('class', 'ignored');
el.setAttribute('title', 'first');
el.setAttribute('data-step', 'three');
el.removeAttribute('title');
