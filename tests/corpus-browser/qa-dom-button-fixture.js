// The page's button, its text, and document basics.
// @host browser
const b = document.getElementById('button');
console.log(b.tagName, b.id, b.textContent);
console.log('title', JSON.stringify(document.title));
console.log('body tag', document.body.tagName, 'html', document.documentElement.tagName);
console.log('readyState', document.readyState);
b.textContent = 'Bake';
console.log('renamed', document.querySelector('button').textContent);
document.addEventListener('DOMContentLoaded', () => console.log('DOMContentLoaded'));
window.addEventListener('load', () => console.log('load'));
