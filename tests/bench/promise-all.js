// async: Promise.all over 100,000 promises.
const promises = [];
for (let i = 0; i < 100000; i++) {
  promises.push(new Promise((resolve) => resolve(i)));
}
Promise.all(promises).then((values) => {
  print(values.length + ' ' + values.reduce((a, b) => (a + b) % 1000003, 0));
});
