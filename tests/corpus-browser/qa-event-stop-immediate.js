// stopImmediatePropagation stops the rest of the target's listeners; stopPropagation only the path.
// @host browser
const parent = document.createElement('div');
const child = document.createElement('p');
parent.appendChild(child);
document.body.appendChild(parent);
parent.addEventListener('ping', () => console.log('parent (never)'));
child.addEventListener('ping', (e) => { console.log('child 1 stopPropagation'); e.stopPropagation(); });
child.addEventListener('ping', () => console.log('child 2 still runs'));
child.dispatchEvent(new Event('ping', { bubbles: true }));
child.addEventListener('pong', (e) => { console.log('pong 1 stopImmediatePropagation'); e.stopImmediatePropagation(); });
child.addEventListener('pong', () => console.log('pong 2 (never)'));
parent.addEventListener('pong', () => console.log('parent pong (never)'));
child.dispatchEvent(new Event('pong', { bubbles: true }));
console.log('done');
