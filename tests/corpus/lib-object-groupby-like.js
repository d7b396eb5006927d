// grouping with reduce, counting words: typical Object/Array builtin combination
const words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apple'];
const byLetter = words.reduce((acc, w) => {
  (acc[w[0]] ||= []).push(w);
  return acc;
}, {});
console.log(byLetter);
const counts = {};
for (const w of words) counts[w] = (counts[w] ?? 0) + 1;
console.log(counts);
const sorted = Object.entries(counts).sort(([, a], [, b]) => b - a || 0);
console.log(sorted[0]);
