// @title MutationObserver is a microtask
// @host browser
// @note Observers are notified in a microtask, after the script but
// @note before any timer; several changes arrive in one batch.

const list = document.createElement('ul');
document.body.appendChild(list);

const observer = new MutationObserver((records) => {
  console.log('observer saw', records.length, 'changes');
});
observer.observe(list, { childList: true });

setTimeout(() => console.log('timeout'), 0);
list.appendChild(document.createElement('li'));
list.appendChild(document.createElement('li'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync end');
