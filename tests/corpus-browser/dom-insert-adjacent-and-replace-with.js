// insertAdjacentHTML at its four positions, replaceWith, and the hidden attribute.
// @host browser
const list = document.createElement('ul');
list.innerHTML = '<li>two</li>';
const wrap = document.createElement('div');
wrap.appendChild(list);
list.insertAdjacentHTML('afterbegin', '<li>one</li>');
list.insertAdjacentHTML('beforeEnd', '<li>three</li><li>four</li>');
list.insertAdjacentHTML('beforebegin', '<h2>Menu</h2>');
list.insertAdjacentHTML('afterend', '<p>end</p>');
console.log(wrap.innerHTML);
try {
  list.insertAdjacentHTML('middle', '<li>x</li>');
} catch (e) {
  console.log(e.name, e.message);
}
try {
  document.createElement('div').insertAdjacentHTML('afterend', 'x');
} catch (e) {
  console.log(e.name, e.message);
}
const bold = document.createElement('b');
list.firstElementChild.replaceWith(bold, 'text');
console.log(list.innerHTML);
list.hidden = true;
console.log(String(list.hidden), JSON.stringify(list.getAttribute('hidden')), list.outerHTML.slice(0, 16));
list.hidden = false;
console.log(String(list.hidden), String(list.hasAttribute('hidden')));
