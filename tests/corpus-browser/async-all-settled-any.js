// Promise.all, allSettled, race and any with timers (same as Node).
// @host browser
const wait = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
Promise.all([wait(100, 'a'), wait(50, 'b')]).then((v) => console.log('all:', v.join(',')));
Promise.allSettled([wait(150, 'c'), wait(60, 'd', true)])
  .then((r) => console.log('allSettled:', r.map((x) => x.status).join(',')));
Promise.race([wait(80, 'slow'), wait(20, 'fast')]).then((v) => console.log('race:', v));
Promise.any([wait(30, 'x', true), wait(120, 'y')]).then((v) => console.log('any:', v));
Promise.all([wait(10, 'e', true), wait(200, 'f')]).catch((e) => console.log('all rejected:', e.message));
