// seed: errors from awaited promises are handled with try/catch
const request = (ok) => new Promise((res, rej) => setTimeout(() => (ok ? res('data') : rej(new Error('network down'))), 5));
async function load(ok) {
  try {
    const data = await request(ok);
    console.log('got', data);
  } catch (err) {
    console.log('handled:', err.message);
  }
}
load(true).then(() => load(false));
