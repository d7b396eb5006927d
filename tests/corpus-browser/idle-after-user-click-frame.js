// The frame drawn right after a user click does not end the wait: idle callbacks need a later frame.
// @host browser
// @click #button 200ms
const button = document.querySelector('#button');
button.addEventListener('click', () => {
  console.log('click');
  requestAnimationFrame(() => console.log('frame requested in the click'));
});
setTimeout(() => {
  console.log('timer at 400');
  requestIdleCallback(() => console.log('idle requested at 400'));
}, 400);
setTimeout(() => {
  console.log('timer at 700 requests a frame');
  requestAnimationFrame(() => console.log('frame requested at 700'));
}, 700);
setTimeout(() => console.log('timer at 1000'), 1000);
