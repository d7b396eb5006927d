// An event handler property that returns false cancels the event.
// @host browser
const button = document.querySelector('#button');
button.onclick = () => false;
button.addEventListener('click', (e) => console.log('defaultPrevented in listener', String(e.defaultPrevented)));
const ev = new MouseEvent('click', { cancelable: true, bubbles: true });
const result = button.dispatchEvent(ev);
console.log('dispatch result', String(result), 'defaultPrevented', String(ev.defaultPrevented));
const plain = new Event('click');
plain.preventDefault();
console.log('non-cancelable prevented', String(plain.defaultPrevented));
