// async: an async function awaiting 500,000 times.
async function run() {
  let sum = 0;
  for (let i = 0; i < 500000; i++) {
    sum = (sum + await i) % 1000003;
  }
  return sum;
}
run().then((sum) => print(sum));
