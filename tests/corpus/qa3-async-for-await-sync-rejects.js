async function main() {
  const arr = [Promise.resolve('a'), 'plain', new Promise(r => setTimeout(() => r('late'), 5))];
  for await (const x of arr) console.log('got', x);
  const bad = [Promise.resolve(1), Promise.reject(new Error('second failed')), Promise.resolve(3)];
  try {
    for await (const x of bad) console.log('bad got', x);
  } catch (e) {
    console.log('caught', e.message);
  }
  function* withCleanup() {
    try { yield Promise.resolve('x'); yield Promise.resolve('y'); }
    finally { console.log('sync iterator closed'); }
  }
  for await (const v of withCleanup()) { console.log(v); break; }
  console.log('end');
}
main();
