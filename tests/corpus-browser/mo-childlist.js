// childList records list added and removed nodes.
// @host browser
const list = document.createElement('ul');
document.body.appendChild(list);
new MutationObserver((records) => {
  for (const r of records) {
    console.log(r.type, 'added', r.addedNodes.length, 'removed', r.removedNodes.length);
  }
}).observe(list, { childList: true });
const a = document.createElement('li');
const b = document.createElement('li');
list.appendChild(a);
list.appendChild(b);
list.removeChild(a);
a.setAttribute('ignored', 'yes');
console.log('children now:', list.children.length);
