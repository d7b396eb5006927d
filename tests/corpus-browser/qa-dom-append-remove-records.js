// append, prepend, remove and insertBefore each make a childList record.
// @host browser
const box = document.createElement('div');
document.body.appendChild(box);
new MutationObserver((rs) => {
  for (const r of rs) console.log('record: added', r.addedNodes.length, 'removed', r.removedNodes.length);
  console.log('children now', box.children.length);
}).observe(box, { childList: true });
const a = document.createElement('a');
box.append(a, 'some text', document.createElement('i'));
box.prepend(document.createElement('b'));
a.remove();
box.insertBefore(document.createElement('u'), box.firstChild);
console.log('sync children', box.children.length, 'nodes', box.childNodes.length);
