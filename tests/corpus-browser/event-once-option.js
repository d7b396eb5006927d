// addEventListener(type, fn, { once: true }) removes the listener after one call.
// @host browser
const target = new EventTarget();
target.addEventListener('ping', () => console.log('once listener'), { once: true });
target.addEventListener('ping', () => console.log('normal listener'));
target.dispatchEvent(new Event('ping'));
console.log('-- second dispatch');
target.dispatchEvent(new Event('ping'));
const button = document.querySelector('#button');
button.addEventListener('click', () => console.log('button once'), { once: true });
button.click();
button.click();
console.log('done');
