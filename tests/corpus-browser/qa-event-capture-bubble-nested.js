// Capture goes down from window, bubble goes up; at the target capture listeners run first.
// @host browser
const outer = document.createElement('div');
const inner = document.createElement('div');
const leaf = document.createElement('span');
outer.id = 'outer'; inner.id = 'inner'; leaf.id = 'leaf';
inner.appendChild(leaf);
outer.appendChild(inner);
document.body.appendChild(outer);
const log = (name, phase) => (e) => console.log(name, phase, 'phase', e.eventPhase);
for (const [name, node] of [['window', window], ['document', document], ['outer', outer], ['inner', inner]]) {
  node.addEventListener('click', log(name, 'capture'), true);
  node.addEventListener('click', log(name, 'bubble'));
}
leaf.addEventListener('click', log('leaf', 'bubble'));
leaf.addEventListener('click', log('leaf', 'capture'), { capture: true });
leaf.click();
