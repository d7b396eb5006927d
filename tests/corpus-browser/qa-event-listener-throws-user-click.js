// A listener that throws during a user click is reported; the next listener still runs.
// @host browser
// @click #button 200ms
const button = document.querySelector('#button');
button.addEventListener('click', () => {
  Promise.resolve().then(() => console.log('microtask of listener 1'));
  throw new Error('listener 1 failed');
});
button.addEventListener('click', () => console.log('listener 2 runs'));
window.addEventListener('error', (e) => console.log('window error event:', e.message));
