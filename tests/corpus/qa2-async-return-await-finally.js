async function withReturn() {
  try {
    return Promise.reject(new Error('lost'));
  } catch (e) {
    console.log('withReturn caught', e.message);
  } finally {
    console.log('withReturn finally');
  }
}
async function withReturnAwait() {
  try {
    return await Promise.reject(new Error('kept'));
  } catch (e) {
    console.log('withReturnAwait caught', e.message);
    return 'recovered';
  } finally {
    console.log('withReturnAwait finally');
  }
}
async function finallyOverrides() {
  try { return 'try'; } finally { console.log('fo finally'); }
}
withReturn().then(v => console.log('v1', v), e => console.log('e1', e.message));
withReturnAwait().then(v => console.log('v2', v));
finallyOverrides().then(v => console.log('v3', v));
