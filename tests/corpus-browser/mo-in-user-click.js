// A mutation in a user-click listener is observed before the next listener runs.
// @host browser
// @click #button 200ms
const button = document.querySelector('#button');
new MutationObserver(() => console.log('observer sees', button.getAttribute('data-state')))
  .observe(button, { attributes: true });
button.addEventListener('click', () => {
  console.log('listener 1 sets pressed');
  button.setAttribute('data-state', 'pressed');
});
button.addEventListener('click', () => {
  console.log('listener 2 sets done');
  button.setAttribute('data-state', 'done');
});
