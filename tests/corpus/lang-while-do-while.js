// while checks first, do-while runs the body at least once
let i = 0;
while (i < 3) {
  console.log('while', i);
  i++;
}
let j = 10;
do {
  console.log('do', j);
  j++;
} while (j < 3);
let n = 27, steps = 0;
while (n !== 1) {
  n = n % 2 ? 3 * n + 1 : n / 2;
  steps++;
}
console.log('collatz steps', steps);
let k = 0;
while (true) { if (++k === 5) break; }
console.log(k);
