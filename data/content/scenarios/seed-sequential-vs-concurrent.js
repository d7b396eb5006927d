// @title Sequential awaits against Promise.all
// @host node
// @note Two awaits in a row wait twice; Promise.all starts both
// @note requests first and waits once.

const fakeFetch = (url, ms) => {
  console.log('  start', url);
  return new Promise((resolve) =>
    setTimeout(() => {
      console.log('  end', url);
      resolve(url);
    }, ms));
};

async function sequential() {
  console.log('sequential');
  await fakeFetch('/a', 30);
  await fakeFetch('/b', 20);
}

async function concurrent() {
  console.log('concurrent');
  await Promise.all([fakeFetch('/c', 30), fakeFetch('/d', 20)]);
}

sequential().then(concurrent).then(() => console.log('done'));
