// characterData mutations on a text node, with the old value.
// @host browser
const p = document.createElement('p');
const text = document.createTextNode('hello');
p.appendChild(text);
new MutationObserver((rs) => {
  for (const r of rs) console.log(r.type, 'old', String(r.oldValue), 'target is text', String(r.target === text));
}).observe(p, { characterData: true, characterDataOldValue: true, subtree: true });
text.data = 'hello world';
text.textContent = 'bye';
console.log('now', p.textContent);
