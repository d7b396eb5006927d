// composedPath lists the event's path from the target up to window; it is empty after dispatch.
// @host browser
const section = document.createElement('section');
const p = document.createElement('p');
section.appendChild(p);
document.body.appendChild(section);
const name = (n) => (n === window ? 'window' : n.nodeName);
let saved;
section.addEventListener('ping', (e) => {
  saved = e;
  console.log('path:', e.composedPath().map(name).join(' > '));
});
p.dispatchEvent(new Event('ping', { bubbles: true }));
console.log('after dispatch:', saved.composedPath().length);
const detached = document.createElement('b');
detached.addEventListener('ping', (e) => console.log('detached path:', e.composedPath().map(name).join(' > ')));
detached.dispatchEvent(new Event('ping', { bubbles: true }));
