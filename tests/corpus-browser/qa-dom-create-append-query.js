// Building a small tree and reading it back.
// @host browser
const list = document.createElement('ul');
list.id = 'menu';
for (const name of ['bread', 'cake', 'pie']) {
  const li = document.createElement('li');
  li.textContent = name;
  li.setAttribute('data-name', name);
  list.appendChild(li);
}
document.body.appendChild(list);
const found = document.querySelector('#menu');
console.log('found', String(found === list), found.tagName, found.children.length);
console.log('text', found.textContent);
console.log('first', found.firstChild.getAttribute('data-name'), 'last', found.lastChild.textContent);
console.log('parent is body', String(list.parentNode === document.body));
list.removeChild(list.firstChild);
console.log('after remove', list.childNodes.length, list.firstChild.textContent);
console.log('missing', String(document.querySelector('#nope')), String(document.getElementById('menu') === list));
