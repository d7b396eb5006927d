// @title Remove listeners and clear intervals
// @host browser
// @note A listener stays until it is removed and an interval fires until
// @note it is cleared; forgetting either leaks memory in a long-lived page.
// @click #button 300ms
// @click #button 500ms

const button = document.querySelector('#button');
const onClick = () => {
  console.log('widget handles the click');
  button.removeEventListener('click', onClick);
};
button.addEventListener('click', onClick);
document.addEventListener('click', () => console.log('document sees a click'));

let ticks = 0;
const id = setInterval(() => {
  ticks++;
  console.log('tick', ticks);
  if (ticks === 3) {
    clearInterval(id);
    console.log('interval cleared');
  }
}, 50);
