// A mutation made in the observer callback queues another callback after the microtasks already queued.
// @host browser
const el = document.createElement('div');
let round = 0;
new MutationObserver((rs) => {
  round++;
  console.log('observer round', round, 'records', rs.length);
  Promise.resolve().then(() => console.log('promise from round', round));
  if (round === 1) el.setAttribute('again', 'yes');
}).observe(el, { attributes: true });
el.setAttribute('start', 'yes');
Promise.resolve().then(() => console.log('promise queued after first mutation'));
