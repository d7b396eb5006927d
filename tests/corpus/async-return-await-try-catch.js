// only return await lets the surrounding try/catch handle a rejection
const fail = () => Promise.reject(new Error('failed'));
async function withoutAwait() {
  try {
    return fail();
  } catch (e) {
    return 'caught inside (never)';
  }
}
async function withAwait() {
  try {
    return await fail();
  } catch (e) {
    return 'caught inside: ' + e.message;
  }
}
withoutAwait().then(v => console.log('A', v), e => console.log('A rejected outside:', e.message));
withAwait().then(v => console.log('B', v));
