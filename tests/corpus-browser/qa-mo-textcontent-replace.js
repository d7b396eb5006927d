// Setting textContent removes the old children and adds one text node in a single record.
// @host browser
const list = document.createElement('ul');
list.appendChild(document.createElement('li'));
list.appendChild(document.createElement('li'));
new MutationObserver((rs) => {
  for (const r of rs) console.log(r.type, 'added', r.addedNodes.length, 'removed', r.removedNodes.length);
}).observe(list, { childList: true });
list.textContent = 'empty';
list.textContent = '';
