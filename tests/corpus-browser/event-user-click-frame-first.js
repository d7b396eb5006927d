// After a user click Chromium renders at once: a frame requested by its listener beats its 0 ms timer.
// @host browser
// @click #button 200ms
const button = document.querySelector('#button');
button.addEventListener('click', () => {
  console.log('click');
  setTimeout(() => console.log('0 ms timer set in click'), 0);
  requestAnimationFrame(() => {
    console.log('frame requested in click');
    Promise.resolve().then(() => console.log('microtask in that frame'));
  });
  Promise.resolve().then(() => console.log('microtask of click'));
});
