// converting a Node-style callback API into a promise
function legacyDivide(a, b, callback) {
  setTimeout(() => {
    if (b === 0) callback(new Error('division by zero'));
    else callback(null, a / b);
  }, 1);
}
const divide = (a, b) => new Promise((resolve, reject) => {
  legacyDivide(a, b, (err, value) => (err ? reject(err) : resolve(value)));
});
(async () => {
  console.log('10 / 4 =', await divide(10, 4));
  try {
    await divide(1, 0);
  } catch (e) {
    console.log('error:', e.message);
  }
})();
