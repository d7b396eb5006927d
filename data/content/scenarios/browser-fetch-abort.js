// @title Cancelling fetch with AbortController
// @host browser
// @note abort() rejects the pending fetch with an AbortError; the
// @note response that arrives later is ignored.
// @fetch /api/menu 200

const controller = new AbortController();

fetch('/api/menu', { signal: controller.signal })
  .then((response) => response.json())
  .then((menu) => console.log('menu', menu))
  .catch((err) => console.log('fetch failed:', err.name));

setTimeout(() => {
  console.log('customer left, aborting');
  controller.abort();
}, 50);
