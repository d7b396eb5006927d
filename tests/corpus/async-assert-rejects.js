// assert.rejects / doesNotReject return promises checked like throws.
const assert = require('assert');
const show = (label, e) => console.log(label, e.name, e.code, e.message.split('\n')[0]);
(async () => {
  await assert.rejects(Promise.reject(new Error('r')), /r/); console.log('rejects ok');
  await assert.rejects(async () => { throw new TypeError('t'); }, TypeError); console.log('fn ok');
  try { await assert.rejects(Promise.resolve(1)); } catch (e) { show('resolved', e); }
  try { await assert.rejects(async () => 1, Error); } catch (e) { show('no rejection', e); }
  try { await assert.rejects(() => 1); } catch (e) { show('not a promise', e); }
  await assert.doesNotReject(Promise.resolve(1)); console.log('doesNotReject ok');
  try { await assert.doesNotReject(Promise.reject(new Error('x'))); } catch (e) { show('unwanted', e); }
})();
