// Sequential awaits add latencies up; timers in between show when each step happens.
// @host browser
// @fetch /user 100ms 200 {"id":7}
// @fetch /orders?user=7 200ms 200 [1,2,3]
async function load() {
  console.log('start');
  const user = await (await fetch('/user')).json();
  console.log('user', user.id);
  const orders = await (await fetch('/orders?user=' + user.id)).json();
  console.log('orders', orders.length);
  return orders.length;
}
load().then((n) => console.log('done', n));
setTimeout(() => console.log('timer 150'), 150);
setTimeout(() => console.log('timer 250'), 250);
setTimeout(() => console.log('timer 400'), 400);
