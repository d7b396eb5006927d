// A user click on a wrapped button: every listener up the tree runs with its own microtasks.
// @host browser
// @click #button 250ms
const button = document.querySelector('#button');
const wrap = document.createElement('div');
document.body.insertBefore(wrap, button);
wrap.appendChild(button);
const listen = (name, node, capture) => node.addEventListener('click', () => {
  console.log(name);
  Promise.resolve().then(() => console.log('  microtask of', name));
}, capture);
listen('document capture', document, true);
listen('wrap capture', wrap, true);
listen('button', button, false);
listen('wrap bubble', wrap, false);
listen('window bubble', window, false);
