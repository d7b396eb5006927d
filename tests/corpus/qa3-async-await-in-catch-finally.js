async function f(x) {
  try {
    console.log('try', x);
    if (x) throw new Error('bad ' + x);
    return 'ok';
  } catch (e) {
    console.log('catch', e.message);
    const v = await Promise.resolve('recovered');
    console.log('catch after await');
    return v;
  } finally {
    console.log('finally begins');
    await new Promise(r => setTimeout(r, 1));
    console.log('finally ends');
  }
}
f(1).then(v => console.log('result', v));
f(0).then(v => console.log('result', v));
Promise.resolve().then(() => console.log('micro'));
async function g() {
  try { return 'from try'; } finally { await null; console.log('g finally'); }
}
g().then(v => console.log('g', v));
