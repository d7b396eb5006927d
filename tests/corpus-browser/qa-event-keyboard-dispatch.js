// A dispatched KeyboardEvent carries key and modifiers; it bubbles to document only when asked.
// @host browser
document.addEventListener('keydown', (e) => console.log('document keydown', e.key, String(e.ctrlKey)));
const input = document.createElement('input');
document.body.appendChild(input);
input.addEventListener('keydown', (e) => console.log('input keydown', e.key, e.code, 'trusted', String(e.isTrusted)));
input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter' }));
input.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', ctrlKey: true, bubbles: true }));
