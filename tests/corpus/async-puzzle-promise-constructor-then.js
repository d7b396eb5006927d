// then registered inside the executor on another promise
const outer = new Promise((resolve) => {
  Promise.resolve('inner').then(v => {
    console.log('inner then', v);
    resolve('outer from inner');
  });
  console.log('executor done');
});
outer.then(v => console.log('outer then', v));
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2'));
