// destructuring in function parameters
function draw({ x = 0, y = 0, color = 'black' } = {}) {
  return `${x},${y},${color}`;
}
console.log(draw());
console.log(draw({ x: 5, color: 'red' }));
function head([first, ...tail]) {
  return { first, tail };
}
console.log(head([1, 2, 3]));
const pairs = [[1, 'one'], [2, 'two']];
console.log(pairs.map(([n, w]) => w + '=' + n));
const users = [{ id: 1, info: { age: 30 } }, { id: 2, info: { age: 40 } }];
console.log(users.map(({ id, info: { age } }) => id * age));
try {
  draw(null);
} catch (e) {
  console.log(e.constructor.name);
}
