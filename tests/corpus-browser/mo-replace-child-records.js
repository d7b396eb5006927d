// replaceChild and replaceWith: one record per replacement; the node leaves its old parent first (its own record).
// @host browser
const list = document.createElement('ul');
list.innerHTML = '<li>a</li><li>b</li><li>c</li>';
document.body.appendChild(list);
const [a, b, c] = list.children;
const name = (n) => (n ? n.textContent : 'null');
const mo = new MutationObserver(() => {});
mo.observe(list, { childList: true });
const dump = (label) => console.log(label, mo.takeRecords().map((r) => '+' + [...r.addedNodes].map(name) + ' -' + [...r.removedNodes].map(name) + ' p' + name(r.previousSibling) + ' n' + name(r.nextSibling)).join(' | '));
list.replaceChild(a, a); dump('self');
list.replaceChild(c, a); dump('move');
const f = document.createDocumentFragment(); f.append('x', 'y');
list.replaceChild(f, b); dump('frag');
c.replaceWith(c, 'z'); dump('with-self-many');
list.firstChild.replaceWith(); dump('empty');
