// What the scheduling APIs say when given a value that is not a function.
// @host browser
for (const [name, call] of [
  ['queueMicrotask', () => queueMicrotask(1)],
  ['requestAnimationFrame', () => requestAnimationFrame('x')],
  ['MutationObserver', () => new MutationObserver(5)],
  ['addEventListener', () => document.body.addEventListener('click', 5)],
  ['observe', () => new MutationObserver(() => {}).observe(document.body, {})],
]) {
  try { call(); console.log(name, 'ok'); } catch (e) { console.log(name, e.name + ':', e.message); }
}
