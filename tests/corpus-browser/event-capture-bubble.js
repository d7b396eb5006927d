// Capture listeners run top-down, then the target, then bubble listeners bottom-up.
// @host browser
const outer = document.createElement('div');
const inner = document.createElement('span');
outer.id = 'outer';
inner.id = 'inner';
outer.appendChild(inner);
document.body.appendChild(outer);
for (const node of [document.body, outer, inner]) {
  const name = node === document.body ? 'body' : node.id;
  node.addEventListener('poke', () => console.log('capture', name), true);
  node.addEventListener('poke', () => console.log('bubble', name));
}
inner.dispatchEvent(new Event('poke', { bubbles: true }));
console.log('-- not bubbling');
inner.dispatchEvent(new Event('poke'));
console.log('-- stopPropagation at outer');
outer.addEventListener('poke', (e) => e.stopPropagation(), true);
inner.dispatchEvent(new Event('poke', { bubbles: true }));
