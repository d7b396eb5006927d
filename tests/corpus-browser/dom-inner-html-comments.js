// innerHTML parses comments into Comment nodes and serialises them back.
// @host browser
const box = document.createElement('div');
box.innerHTML = '<p>one</p><!-- note --><span>two<!--inner--></span>';
console.log('children:', box.childNodes.length, 'elements:', box.children.length);
const comment = box.childNodes[1];
console.log(comment.nodeType, comment.nodeName, JSON.stringify(comment.data));
console.log('textContent:', JSON.stringify(comment.textContent));
console.log('box text:', box.textContent);
console.log('html:', box.innerHTML);
comment.data = ' changed ';
console.log('outer:', box.outerHTML);
const made = document.createComment('made');
box.appendChild(made);
console.log('made:', made.nodeType, made.nodeName, box.lastChild === made ? 'last' : 'not last');
console.log('html:', box.innerHTML);
box.innerHTML = '<!---->x<!-- a -- b -->';
console.log('count:', box.childNodes.length, JSON.stringify(box.firstChild.data), JSON.stringify(box.lastChild.data));
console.log('html:', box.innerHTML);
