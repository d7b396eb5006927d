// { once: true } listeners fire for the first user click only.
// @host browser
// @click #button 200ms
// @click #button 400ms
const button = document.querySelector('#button');
let clicks = 0;
button.addEventListener('click', () => console.log('once listener'), { once: true });
button.addEventListener('click', () => {
  clicks++;
  console.log('every click:', clicks);
});
