// subtree: true sees childList changes deep down; without it only direct children.
// @host browser
const root = document.createElement('div');
const mid = document.createElement('div');
root.appendChild(mid);
document.body.appendChild(root);
new MutationObserver((rs) => console.log('deep observer:', rs.length, 'records'))
  .observe(root, { childList: true, subtree: true });
new MutationObserver((rs) => console.log('shallow observer:', rs.length, 'records'))
  .observe(root, { childList: true });
mid.appendChild(document.createElement('p'));
mid.appendChild(document.createElement('p'));
root.appendChild(document.createElement('p'));
