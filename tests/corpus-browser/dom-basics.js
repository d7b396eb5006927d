// createElement, appendChild, setAttribute, textContent and querySelector('#id').
// @host browser
const item = document.createElement('li');
item.id = 'special';
item.setAttribute('data-price', '3');
item.textContent = 'Cinnamon roll';
const list = document.createElement('ul');
list.appendChild(item);
document.body.appendChild(list);
const found = document.querySelector('#special');
console.log('found the same node:', String(found === item));
console.log('text:', found.textContent);
console.log('price:', found.getAttribute('data-price'));
console.log('tag:', found.tagName, 'parent:', found.parentNode.tagName);
console.log('missing:', String(document.querySelector('#nope')));
console.log('list children:', list.children.length);
