// @host browser
// @click #button 10ms
// @click .missing 20ms
const b = document.querySelector('#button');
b.addEventListener('click', (e) => { console.log('click', e.isTrusted, e.target.id); e.stopPropagation(); }, { once: true });
document.body.addEventListener('click', () => console.log('bubbled'), true);
const div = document.createElement('div');
div.id = 'd'; div.className = 'a b'; div.classList.toggle('c'); div.dataset.fooBar = '1';
div.innerHTML = '<span class="s">hi</span><p>there</p>';
document.body.append(div, 'text');
console.log(document.querySelectorAll('div > .s, p').length, div.outerHTML, div.children[0].textContent);
div.dispatchEvent(new CustomEvent('x', { detail: 1, bubbles: true }));
div.setAttribute('title', 't'); div.removeAttribute('id'); div.remove();
window.addEventListener('error', (e) => console.log('error event', e.message));
window.onunhandledrejection = (e) => console.log('rejection', e.reason);
Promise.reject(1); setTimeout(() => { throw new Error('boom'); }, 30);
b.click(); console.log(document.title, typeof window, globalThis === window, typeof process);
