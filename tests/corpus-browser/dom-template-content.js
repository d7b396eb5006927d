// template.content is a DocumentFragment holding the parsed children; the template has none.
// @host browser
const host = document.createElement('div');
host.innerHTML = '<template id="row"><li class="item">Bun</li><li>Tart</li></template>';
const tpl = host.firstChild;
console.log(tpl.nodeName, 'childNodes:', tpl.childNodes.length);
const frag = tpl.content;
console.log(frag.nodeName, frag.nodeType, 'children:', frag.childNodes.length);
console.log('same each time:', String(tpl.content === frag));
console.log('first:', frag.firstChild.className, frag.firstChild.textContent);
console.log('inner:', tpl.innerHTML);
console.log('outer:', host.innerHTML);
const list = document.createElement('ul');
list.appendChild(tpl.content.cloneNode(true));
list.appendChild(document.importNode(tpl.content, true));
console.log('list:', list.children.length, list.innerHTML);
console.log('content kept:', frag.childNodes.length);
const made = document.createElement('template');
made.innerHTML = '<b>x</b>';
console.log('made:', made.childNodes.length, made.content.childNodes.length, made.content.firstChild.nodeName);
