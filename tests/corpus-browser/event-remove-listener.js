// removeEventListener, also during a dispatch; listeners added during a dispatch wait.
// @host browser
const target = new EventTarget();
function second() { console.log('second'); }
function late() { console.log('late (added during the first dispatch)'); }
target.addEventListener('go', () => {
  console.log('first removes second, adds late');
  target.removeEventListener('go', second);
  target.addEventListener('go', late);
});
target.addEventListener('go', second);
target.addEventListener('go', () => console.log('third'));
target.dispatchEvent(new Event('go'));
console.log('-- again');
target.dispatchEvent(new Event('go'));
target.addEventListener('go', late);
console.log('adding the same listener twice keeps one');
