// The page has a body with one button, #button, labelled "Click me".
// @host browser
const button = document.querySelector('#button');
console.log('tag:', button.tagName);
console.log('label:', button.textContent);
console.log('first element in body:', String(document.body.firstElementChild === button));
console.log('title:', document.title === '' ? '(none)' : 'set');
