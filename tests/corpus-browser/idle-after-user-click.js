// After a user click, idle callbacks wait for the next animation frame.
// @host browser
// @click #button 200ms
const button = document.querySelector('#button');
button.addEventListener('click', () => console.log('click'));
setTimeout(() => {
  console.log('timer at 350');
  requestIdleCallback(() => console.log('idle requested at 350'));
}, 350);
setTimeout(() => {
  console.log('timer at 600 requests a frame');
  requestAnimationFrame(() => {
    console.log('frame');
    requestIdleCallback(() => console.log('idle requested in the frame'));
  });
}, 600);
setTimeout(() => {
  console.log('timer at 900');
  requestIdleCallback(() => console.log('idle requested at 900'));
}, 900);
