// An onclick handler keeps its place when reassigned, and moves to the end when set again after null.
// @host browser
const button = document.querySelector('#button');
button.addEventListener('click', () => console.log('listener 1'));
button.onclick = () => console.log('onclick v1');
button.addEventListener('click', () => console.log('listener 2'));
button.click();
button.onclick = () => console.log('onclick v2');
button.click();
button.onclick = null;
button.onclick = () => console.log('onclick v3');
button.click();
console.log('onclick type', typeof button.onclick);
