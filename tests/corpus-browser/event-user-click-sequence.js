// A user click fires pointerdown, mousedown, pointerup, mouseup, click, each a task of its own.
// @host browser
// @click #button 200ms
const button = document.querySelector('#button');
for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
  button.addEventListener(type, () => {
    console.log(type);
    Promise.resolve().then(() => console.log('  microtask after', type));
  });
}
