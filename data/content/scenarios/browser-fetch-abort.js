// @title Cancelling fetch with AbortController
// @host browser
// @note abort() rejects the pending fetch with an AbortError; the
// @note response that would have arrived later is dropped.
// @fetch /api/menu 300ms 200 {"cakes":3}

const controller = new AbortController();

fetch('/api/menu', { signal: controller.signal })
  .then((response) => response.json())
  .then((menu) => console.log('menu has', menu.cakes, 'cakes'))
  .catch((err) => console.log('fetch failed:', err.name));

setTimeout(() => {
  console.log('customer left, aborting');
  controller.abort();
}, 100);
