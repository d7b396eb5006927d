// Two user clicks: a once listener runs only for the first one.
// @host browser
// @click #button 200ms
// @click #button 400ms
const button = document.querySelector('#button');
let n = 0;
button.addEventListener('click', () => console.log('once listener'), { once: true });
button.addEventListener('click', () => {
  n++;
  console.log('every click', n);
  setTimeout(() => console.log('timer from click', n), 0);
});
