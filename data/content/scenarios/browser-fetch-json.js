// @title fetch is asynchronous, twice
// @host browser
// @note The response arrives as a task from the network oven; reading
// @note its body is asynchronous again, so each step is a promise.
// @fetch /api/order 100ms 200 {"item":"croissant","count":2}

console.log('ordering');

fetch('/api/order')
  .then((response) => {
    console.log('status', response.status);
    return response.json();
  })
  .then((order) => console.log('got', order.count, order.item + 's'))
  .catch((err) => console.log('failed:', err.message));

setTimeout(() => console.log('timer at 50 ms'), 50);
console.log('order sent');
