// replaceWith queues one childList record: the new nodes added, the old one removed.
// @host browser
const list = document.createElement('ul');
const a = document.createElement('li'); a.textContent = 'a';
const b = document.createElement('li'); b.textContent = 'b';
const c = document.createElement('li'); c.textContent = 'c';
list.append(a, b, c);
document.body.appendChild(list);
const name = (n) => (n ? n.nodeName + ':' + n.textContent : 'null');
new MutationObserver((records) => {
  console.log('records:', records.length);
  for (const r of records) {
    console.log(r.type, 'added', [...r.addedNodes].map(name).join(','),
      'removed', [...r.removedNodes].map(name).join(','));
    console.log('  prev', name(r.previousSibling), 'next', name(r.nextSibling));
  }
}).observe(list, { childList: true });
const x = document.createElement('li'); x.textContent = 'x';
b.replaceWith(x, 'text');
setTimeout(() => { c.replaceWith(); console.log('after c removed:', list.childNodes.length); }, 0);
setTimeout(() => { a.replaceWith(a); console.log('a with itself:', list.firstChild.textContent); }, 10);
