// measuring elapsed time coarsely: sequential sleeps add up, parallel ones overlap
const sleep = ms => new Promise(r => setTimeout(r, ms));
(async () => {
  let t = Date.now();
  await sleep(100);
  await sleep(100);
  const seq = Date.now() - t;
  t = Date.now();
  await Promise.all([sleep(100), sleep(100)]);
  const par = Date.now() - t;
  console.log('sequential took >= 200ms:', seq >= 198);
  console.log('parallel took < 190ms:', par < 190);
})();
