// Disconnecting in the callback drops pending records; observing again starts a fresh batch.
// @host browser
const el = document.createElement('div');
let calls = 0;
const observer = new MutationObserver((rs, obs) => {
  calls++;
  console.log('call', calls, 'records', rs.length, 'same observer', String(obs === observer));
  if (calls === 1) {
    el.setAttribute('during', '1');
    obs.disconnect();
    el.setAttribute('after-disconnect', '1');
    obs.observe(el, { attributes: true });
    el.setAttribute('after-reobserve', '1');
  }
});
observer.observe(el, { attributes: true });
el.setAttribute('first', '1');
setTimeout(() => console.log('total calls', calls), 50);
