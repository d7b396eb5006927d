// async/await with try/catch/finally around a failing and a working fetch.
// @host browser
// @fetch /api/menu 100ms 200 ["bread","cake"]
// @fetch /api/broken 200ms error
async function show(url) {
  try {
    const res = await fetch(url);
    const items = await res.json();
    console.log(url, 'items:', items.join(', '));
  } catch (err) {
    console.log(url, 'error:', err.message);
  } finally {
    console.log(url, 'finally');
  }
}
show('/api/broken');
show('/api/menu');
