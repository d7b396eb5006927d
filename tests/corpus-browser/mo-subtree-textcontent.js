// Setting textContent replaces children: a childList record on the subtree.
// @host browser
const box = document.createElement('section');
box.innerHTML = '<p id="msg">old</p>';
document.body.appendChild(box);
new MutationObserver((records) => {
  for (const r of records) {
    console.log(r.type, 'on', r.target.nodeName, 'added', r.addedNodes.length, 'removed', r.removedNodes.length);
  }
}).observe(box, { childList: true, subtree: true });
document.querySelector('#msg').textContent = 'new';
console.log('text is', document.querySelector('#msg').textContent);
