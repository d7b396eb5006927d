// for await over an array of promises waits for each in array order, not in settle order.
// @host browser
const later = (v, ms) => new Promise((r) => setTimeout(() => { console.log('settled', v); r(v); }, ms));
(async () => {
  for await (const v of [later('slow', 200), later('fast', 50), 'plain']) console.log('loop got', v);
})();
