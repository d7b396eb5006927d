// A class extending EventTarget: events dispatched from a timer run listeners synchronously.
// @host browser
class Oven extends EventTarget {
  bake(item) {
    console.log('bake', item);
    setTimeout(() => {
      this.dispatchEvent(new CustomEvent('done', { detail: item }));
      console.log('dispatched done for', item);
    }, 50);
  }
}
const oven = new Oven();
oven.addEventListener('done', (e) => {
  console.log('listener: done', e.detail, 'target is oven', String(e.target === oven));
  Promise.resolve().then(() => console.log('microtask after', e.detail));
});
oven.bake('bread');
oven.bake('cake');
