// click() on a disabled button fires nothing; a plain dispatched click event still reaches listeners.
// @host browser
const button = document.querySelector('#button');
button.addEventListener('click', (e) => console.log('click listener, trusted', String(e.isTrusted)));
button.disabled = true;
button.click();
console.log('after click() on disabled');
button.dispatchEvent(new MouseEvent('click'));
button.disabled = false;
button.click();
console.log('done');
