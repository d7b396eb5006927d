// A user click is trusted and fires the pointer and mouse events; click() only fires click.
// @host browser
// @click #button 300ms
const button = document.querySelector('#button');
for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
  button.addEventListener(type, (e) => {
    console.log(type, 'trusted', String(e.isTrusted));
    queueMicrotask(() => console.log('  microtask after', type));
  });
}
setTimeout(() => button.click(), 100);
