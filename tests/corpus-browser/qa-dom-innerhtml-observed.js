// Setting innerHTML replaces the children in one record; the new elements can be queried.
// @host browser
const list = document.createElement('ul');
document.body.appendChild(list);
new MutationObserver((rs) => {
  console.log('records', rs.length, 'added', rs[0].addedNodes.length, 'removed', rs[0].removedNodes.length);
}).observe(list, { childList: true });
list.innerHTML = '<li class="x">one</li><li>two</li>';
console.log('items', list.children.length, 'first text', list.firstElementChild.textContent);
console.log('found', list.querySelector('.x').textContent);
list.innerHTML = '';
console.log('emptied', list.children.length);
