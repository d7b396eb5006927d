// Aborting after the response arrived does not undo the resolved fetch.
// @host browser
// @fetch /quick 100ms 200 {"ok":true}
const controller = new AbortController();
fetch('/quick', { signal: controller.signal }).then((res) => {
  console.log('response status', res.status);
  setTimeout(() => {
    controller.abort();
    console.log('aborted later; signal.aborted =', String(controller.signal.aborted));
  }, 100);
}).catch(() => console.log('never'));
