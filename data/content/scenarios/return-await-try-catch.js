// @title return vs return await inside try
// @host node
// @note `return p` leaves the try block before p rejects, so catch does
// @note not see it; `return await p` waits inside the try.

const fail = () => Promise.reject(new Error('burnt'));

async function withoutAwait() {
  try {
    return fail();
  } catch (e) {
    return 'caught inside: ' + e.message;
  }
}

async function withAwait() {
  try {
    return await fail();
  } catch (e) {
    return 'caught inside: ' + e.message;
  }
}

withoutAwait().then(console.log, (e) => console.log('caller got:', e.message));
withAwait().then(console.log, (e) => console.log('caller got:', e.message));
