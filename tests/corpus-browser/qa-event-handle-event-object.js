// An object with handleEvent is a listener; `this` is the object; target and currentTarget differ up the tree.
// @host browser
const parent = document.createElement('section');
const child = document.createElement('em');
parent.id = 'parent'; child.id = 'child';
parent.appendChild(child);
document.body.appendChild(parent);
const listener = {
  name: 'obj',
  handleEvent(e) {
    console.log(this.name, e.type, 'target', e.target.id, 'current', e.currentTarget.id);
  },
};
parent.addEventListener('hello', listener);
child.addEventListener('hello', listener);
child.dispatchEvent(new Event('hello', { bubbles: true }));
const ev = new Event('hello');
child.dispatchEvent(ev);
console.log('after dispatch currentTarget', String(ev.currentTarget), 'phase', ev.eventPhase);
