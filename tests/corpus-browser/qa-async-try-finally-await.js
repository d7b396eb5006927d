// try/finally around awaits: finally runs after the rejection, before the caller's catch.
// @host browser
async function job(name, ms, fail) {
  try {
    await new Promise((r) => setTimeout(r, ms));
    if (fail) throw new Error(name + ' failed');
    return name + ' ok';
  } finally {
    console.log('finally', name);
  }
}
job('a', 50, true).then(console.log.bind(console, 'result'), (e) => console.log('caught', e.message));
job('b', 100, false).then((v) => console.log('result', v));
