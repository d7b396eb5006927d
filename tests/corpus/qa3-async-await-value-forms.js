(async () => {
  console.log(await 42, await 'str', await null, await undefined);
  console.log(await { then(r) { r('thenable'); } });
  console.log(await { then: 'not a function' });
  console.log(await [Promise.resolve(1)], await Promise.all([Promise.resolve(1), 2]));
  const f = async () => 'fn';
  console.log(await f(), await (async () => { throw 1; })().catch(x => 'caught ' + x));
  const start = [];
  const results = await Promise.all([1, 2, 3].map(async (x) => { start.push(x); await null; return x * 2; }));
  console.log(start, results);
  try { await Promise.reject(undefined); } catch (e) { console.log('rejected with', e); }
  try { await { then(_, rej) { rej(new Error('thenable rejected')); } }; } catch (e) { console.log(e.message); }
})();
