// timeout.refresh() restarts the countdown of a pending timer
const start = Date.now();
const t = setTimeout(() => console.log('refreshed timer fired after >= 110ms:', Date.now() - start >= 110), 100);
setTimeout(() => {
  console.log('refreshing at ~20ms');
  t.refresh();
}, 20);
setTimeout(() => console.log('plain 110ms timer fires before the refreshed one'), 110);
