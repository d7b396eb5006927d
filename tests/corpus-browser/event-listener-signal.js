// addEventListener with { signal }: aborting the signal removes the listener.
// @host browser
const controller = new AbortController();
const button = document.querySelector('#button');
button.addEventListener('click', () => console.log('removable listener'), { signal: controller.signal });
button.addEventListener('click', () => console.log('permanent listener'));
button.click();
controller.abort();
console.log('-- aborted');
button.click();
