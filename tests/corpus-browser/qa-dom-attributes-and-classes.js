// Attributes, id, className and classList on an element.
// @host browser
const el = document.createElement('div');
el.setAttribute('id', 'box');
console.log('id', el.id, 'has', String(el.hasAttribute('id')));
el.className = 'a b';
el.classList.add('c');
el.classList.remove('a');
console.log('class', el.className, String(el.classList.contains('b')), el.classList.length);
el.classList.toggle('b');
console.log('after toggle', el.getAttribute('class'));
el.removeAttribute('id');
console.log('id now', JSON.stringify(el.id), String(el.getAttribute('id')));
console.log('tag', el.tagName, el.nodeName, el.nodeType);
