// The onclick property is a listener in registration order; setting it again keeps its place.
// @host browser
const button = document.querySelector('#button');
button.addEventListener('click', () => console.log('listener added first'));
button.onclick = () => console.log('onclick (first version)');
button.addEventListener('click', () => console.log('listener added last'));
button.click();
button.onclick = () => console.log('onclick (replaced)');
console.log('--');
button.click();
button.onclick = null;
console.log('--');
button.click();
