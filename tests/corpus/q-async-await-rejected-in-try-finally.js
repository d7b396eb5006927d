// try/catch/finally across awaits with rejected promises and returns in finally
async function f() {
  try {
    console.log('try');
    await Promise.reject(new Error('rejected'));
    console.log('not printed');
  } catch (e) {
    console.log('catch', e.message);
    await null;
    return 'from catch';
  } finally {
    console.log('finally');
  }
}
async function g() { try { return await f(); } finally { await null; console.log('g finally'); } }
g().then(v => console.log('result', v));
async function h() { try { throw new Error('h'); } finally { return 'finally overrides'; } }
h().then(v => console.log(v));
