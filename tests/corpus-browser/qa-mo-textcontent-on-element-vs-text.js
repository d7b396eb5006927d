// textContent on an element is a childList change; data on a text node is characterData.
// @host browser
const p = document.createElement('p');
p.textContent = 'first';
new MutationObserver((rs) => {
  for (const r of rs) console.log(r.type, 'target', r.target.nodeName);
}).observe(p, { childList: true, characterData: true, subtree: true });
p.firstChild.data = 'second';
p.textContent = 'third';
p.firstChild.appendData(' and more');
console.log('text now', p.textContent);
