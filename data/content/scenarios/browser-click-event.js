// @title A click is a macrotask
// @host browser
// @note The click handler is a task on the counter; the promise it
// @note schedules runs before the timer it schedules.
// @click #button 200ms

const button = document.querySelector('#button');

button.addEventListener('click', () => {
  console.log('click handler');
  setTimeout(() => console.log('timer from the click'), 0);
  Promise.resolve().then(() => console.log('promise from the click'));
});

console.log('waiting for a customer');
