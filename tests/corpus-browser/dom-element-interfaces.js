// Each element gets its HTML interface (HTMLDivElement, HTMLUnknownElement …); input.type and button.type.
// @host browser
const button = document.querySelector('#button');
console.log(String(document.body), String(button), String(document.documentElement), String(document.head));
for (const tag of ['div', 'span', 'p', 'ul', 'li', 'h2', 'a', 'input', 'section', 'em', 'my-widget', 'blink', 'foo']) {
  const el = document.createElement(tag);
  console.log(tag, Object.prototype.toString.call(el), el.constructor.name);
}
console.log(String(button instanceof HTMLButtonElement), String(button instanceof HTMLElement),
  String(button instanceof HTMLDivElement), String(button instanceof Element));
console.log(String(Object.getPrototypeOf(HTMLDivElement) === HTMLElement), HTMLSpanElement.name);
document.body.innerHTML = '<ol><li>x</li></ol><table><tr><td>1</td></tr></table>';
console.log(document.body.firstChild.constructor.name, document.querySelector('td').constructor.name,
  document.querySelector('tr').constructor.name, document.querySelector('li').constructor.name);
try {
  new HTMLDivElement();
} catch (e) {
  console.log(e.name, e.message);
}
const input = document.createElement('input');
input.type = 'CHECKBOX';
console.log(input.type, input.getAttribute('type'), document.createElement('input').type, button.type);
