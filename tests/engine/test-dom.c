/* test-dom.c: the DOM side of the browser profile — event dispatch, user
 * clicks against element.click(), MutationObserver batching and timing,
 * abort signals — and the shared EventTarget / AbortSignal of the Node
 * profile.  The script cases' expected output was printed by headless
 * Chromium 156 (tests/corpus-browser/harness/record.sh --print) or Node 20;
 * the C cases drive the functions the hosts call. */
#include "js-internal.h"
#include "script-case.h"

static const Case browser_cases[] = {
  /* capture, target and bubble phases up to the window; stopImmediatePropagation, passive, errors */
  { "dispatch-phases",
    "// Phases, stopImmediatePropagation, preventDefault, passive and once with capture.\n"
    "// @host browser\n"
    "const outer = document.createElement('div');\n"
    "const inner = document.createElement('p');\n"
    "outer.appendChild(inner);\n"
    "document.body.appendChild(outer);\n"
    "const log = [];\n"
    "const note = (what) => (e) => log.push(what + ':' + e.eventPhase + ':' + (e.currentTarget === outer ? 'outer' : e.currentTarget === inner ? 'inner' : e.currentTarget === document ? 'document' : e.currentTarget === window ? 'window' : 'body'));\n"
    "window.addEventListener('go', note('window-capture'), true);\n"
    "document.addEventListener('go', note('document-bubble'));\n"
    "outer.addEventListener('go', note('outer-capture-once'), { capture: true, once: true });\n"
    "inner.addEventListener('go', note('inner-bubble'));\n"
    "inner.addEventListener('go', note('inner-capture'), true);\n"
    "outer.addEventListener('go', note('outer-bubble'));\n"
    "window.addEventListener('go', note('window-bubble'));\n"
    "const e = new Event('go', { bubbles: true, cancelable: true });\n"
    "console.log(String(inner.dispatchEvent(e)), e.eventPhase, String(e.currentTarget), String(e.target === inner));\n"
    "console.log(log.join(' '));\n"
    "log.length = 0;\n"
    "inner.dispatchEvent(new Event('go', { bubbles: true }));\n"
    "console.log(log.join(' '));\n"
    "inner.addEventListener('stop', (ev) => { console.log('first'); ev.stopImmediatePropagation(); });\n"
    "inner.addEventListener('stop', () => console.log('never'));\n"
    "outer.addEventListener('stop', () => console.log('never either'));\n"
    "inner.dispatchEvent(new Event('stop', { bubbles: true }));\n"
    "inner.addEventListener('cancel', (ev) => { ev.preventDefault(); console.log('passive defaultPrevented', String(ev.defaultPrevented)); }, { passive: true });\n"
    "inner.addEventListener('cancel', (ev) => { ev.preventDefault(); console.log('defaultPrevented', String(ev.defaultPrevented)); });\n"
    "console.log('returned', String(inner.dispatchEvent(new Event('cancel', { cancelable: true }))));\n"
    "const te = new Event('x');\n"
    "console.log(String(te.isTrusted), Object.keys(te).join(','), String(te.bubbles), String(te.cancelable), te.type);\n"
    "try { inner.dispatchEvent({ type: 'x' }); } catch (err) { console.log(err.name, err.message); }\n"
    "try { new Event(); } catch (err) { console.log(err.name, err.message); }\n"
    "try { inner.addEventListener('x'); } catch (err) { console.log(err.name, err.message); }\n",
    "true 0 null true\n"
    "window-capture:1:window outer-capture-once:1:outer inner-capture:2:inner inner-bubble:2:inner outer-bubble:3:outer document-bubble:3:document window-bubble:3:window\n"
    "window-capture:1:window inner-capture:2:inner inner-bubble:2:inner outer-bubble:3:outer document-bubble:3:document window-bubble:3:window\n"
    "first\n"
    "passive defaultPrevented false\n"
    "defaultPrevented true\n"
    "returned false\n"
    "false isTrusted false false x\n"
    "TypeError Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'.\n"
    "TypeError Failed to construct 'Event': 1 argument required, but only 0 present.\n"
    "TypeError Failed to execute 'addEventListener' on 'EventTarget': 2 arguments required, but only 1 present.\n",
    0, JS_HOST_BROWSER },
  /* onclick keeps its place while replaced; null removes it; false cancels */
  { "handler-attributes",
    "// onclick: place kept while replaced, removed by null, return false cancels.\n"
    "// @host browser\n"
    "const b = document.querySelector('#button');\n"
    "b.addEventListener('click', () => console.log('A'));\n"
    "b.onclick = () => console.log('handler 1');\n"
    "b.addEventListener('click', () => console.log('B'));\n"
    "b.click();\n"
    "b.onclick = null;\n"
    "console.log(String(b.onclick));\n"
    "b.onclick = () => { console.log('handler 2'); return false; };\n"
    "b.click();\n"
    "const e = new MouseEvent('click', { cancelable: true });\n"
    "console.log('not canceled:', String(b.dispatchEvent(e)), 'defaultPrevented:', String(e.defaultPrevented));\n"
    "window.onclick = () => console.log('window onclick');\n"
    "b.click();\n"
    "console.log(typeof window.onclick, typeof document.onclick);\n",
    "A\n"
    "handler 1\n"
    "B\n"
    "null\n"
    "A\n"
    "B\n"
    "handler 2\n"
    "A\n"
    "B\n"
    "handler 2\n"
    "not canceled: false defaultPrevented: true\n"
    "A\n"
    "B\n"
    "handler 2\n"
    "window onclick\n"
    "function object\n",
    0, JS_HOST_BROWSER },
  /* a user click: checkpoints between listeners, none inside a nested click() */
  { "click-microtasks",
    "// click() inside a listener of a user click, and the microtask checkpoints around it.\n"
    "// @host browser\n"
    "// @click #button 200ms\n"
    "const b = document.querySelector('#button');\n"
    "const other = document.createElement('span');\n"
    "document.body.appendChild(other);\n"
    "other.addEventListener('click', () => {\n"
    "  console.log('span listener');\n"
    "  queueMicrotask(() => console.log('span microtask'));\n"
    "});\n"
    "b.addEventListener('click', (e) => {\n"
    "  console.log('button listener 1, trusted', String(e.isTrusted));\n"
    "  queueMicrotask(() => console.log('microtask 1'));\n"
    "  other.click();\n"
    "  console.log('after span click');\n"
    "});\n"
    "b.addEventListener('click', () => {\n"
    "  console.log('button listener 2');\n"
    "  Promise.resolve().then(() => console.log('microtask 2'));\n"
    "});\n"
    "document.body.addEventListener('click', (e) => {\n"
    "  console.log('body sees', e.target.tagName);\n"
    "  queueMicrotask(() => console.log('body microtask'));\n"
    "});\n"
    "b.addEventListener('mousedown', (e) => console.log('mousedown detail', e.detail));\n",
    "mousedown detail 1\n"
    "button listener 1, trusted true\n"
    "span listener\n"
    "body sees SPAN\n"
    "after span click\n"
    "microtask 1\n"
    "span microtask\n"
    "body microtask\n"
    "button listener 2\n"
    "microtask 2\n"
    "body sees BUTTON\n"
    "body microtask\n",
    0, JS_HOST_BROWSER },
  /* MutationObserver: one callback, characterData, attributeFilter, transient observers */
  { "mo-records",
    "// MutationObserver: characterData, attributeFilter, subtree, transient observers, one microtask.\n"
    "// @host browser\n"
    "const root = document.createElement('div');\n"
    "root.innerHTML = '<p class=\"a\">one</p><p>two &amp; three</p>';\n"
    "document.body.appendChild(root);\n"
    "const first = root.firstChild;\n"
    "const mo = new MutationObserver((records, observer) => {\n"
    "  console.log('callback, same observer:', String(observer === mo), 'records:', records.length);\n"
    "  for (const r of records) {\n"
    "    console.log(' ', r.type, r.target.nodeName, String(r.attributeName), String(r.oldValue),\n"
    "      r.addedNodes.length, r.removedNodes.length,\n"
    "      r.previousSibling ? r.previousSibling.nodeName : 'null', r.nextSibling ? r.nextSibling.nodeName : 'null');\n"
    "  }\n"
    "});\n"
    "mo.observe(root, { subtree: true, childList: true, characterData: true, characterDataOldValue: true, attributeFilter: ['class'] });\n"
    "first.firstChild.data = 'uno';\n"
    "first.className = 'b';\n"
    "first.id = 'ignored';\n"
    "root.removeChild(first);\n"
    "first.setAttribute('class', 'after removal');\n"
    "first.textContent = 'gone';\n"
    "root.append('text', document.createElement('hr'));\n"
    "Promise.resolve().then(() => {\n"
    "  console.log('microtask after the mutations');\n"
    "  first.setAttribute('class', 'no longer watched');\n"
    "});\n"
    "console.log('html:', root.innerHTML);\n"
    "try { mo.observe(root, {}); } catch (e) { console.log(e.name + ':', e.message); }\n"
    "try { mo.observe(root, { attributeOldValue: true, attributes: false }); } catch (e) { console.log(e.name + ':', e.message); }\n",
    "html: <p>two &amp; three</p>text<hr>\n"
    "TypeError: Failed to execute 'observe' on 'MutationObserver': The options object must set at least one of 'attributes', 'characterData', or 'childList' to true.\n"
    "TypeError: Failed to execute 'observe' on 'MutationObserver': The options object may only set 'attributeOldValue' to true when 'attributes' is true or not present.\n"
    "callback, same observer: true records: 6\n"
    "  characterData #text null one 0 0 null null\n"
    "  attributes P class null 0 0 null null\n"
    "  childList DIV null null 0 1 null P\n"
    "  attributes P class null 0 0 null null\n"
    "  childList P null null 1 1 null null\n"
    "  childList DIV null null 2 0 P null\n"
    "microtask after the mutations\n",
    0, JS_HOST_BROWSER },
  /* signal abort: own listeners, then dependent signals; listener signals; timeout; any */
  { "abort-order",
    "// Signal abort: dependent signals, onabort, listeners removed by a signal, timeout, any.\n"
    "// @host browser\n"
    "const c = new AbortController();\n"
    "const any = AbortSignal.any([c.signal]);\n"
    "const anyOfAny = AbortSignal.any([any]);\n"
    "any.addEventListener('abort', () => console.log('any listener', String(any.reason)));\n"
    "anyOfAny.onabort = () => console.log('anyOfAny onabort', String(anyOfAny.aborted));\n"
    "c.signal.addEventListener('abort', (e) => console.log('own listener', e.type, String(e.isTrusted), String(any.aborted)));\n"
    "const target = new EventTarget();\n"
    "target.addEventListener('ping', () => console.log('ping with signal'), { signal: c.signal });\n"
    "target.addEventListener('ping', () => console.log('ping without signal'));\n"
    "target.dispatchEvent(new Event('ping'));\n"
    "c.abort('stop');\n"
    "target.dispatchEvent(new Event('ping'));\n"
    "target.addEventListener('ping', () => console.log('never: signal already aborted'), { signal: c.signal });\n"
    "target.dispatchEvent(new Event('ping'));\n"
    "const t = AbortSignal.timeout(50);\n"
    "t.addEventListener('abort', () => console.log('timeout:', t.reason.name, t.reason.message, t.reason.code, String(t.reason instanceof DOMException)));\n"
    "setTimeout(() => console.log('timer 40'), 40);\n"
    "setTimeout(() => console.log('timer 60'), 60);\n"
    "const pre = AbortSignal.any([AbortSignal.abort('early'), c.signal]);\n"
    "console.log('pre-aborted any:', String(pre.aborted), pre.reason);\n"
    "try { AbortSignal.any([1]); } catch (e) { console.log(e.name + ':', e.message); }\n"
    "try { new AbortSignal(); } catch (e) { console.log(e.name + ':', e.message); }\n"
    "const d = new DOMException('m', 'NotFoundError');\n"
    "console.log(d.name, d.message, d.code, String(d instanceof Error), Object.prototype.toString.call(d));\n",
    "ping with signal\n"
    "ping without signal\n"
    "own listener abort true true\n"
    "any listener stop\n"
    "anyOfAny onabort true\n"
    "ping without signal\n"
    "ping without signal\n"
    "pre-aborted any: true early\n"
    "TypeError: Failed to execute 'any' on 'AbortSignal': Failed to convert value to 'AbortSignal'.\n"
    "TypeError: Failed to construct 'AbortSignal': Illegal constructor\n"
    "NotFoundError m 8 true [object DOMException]\n"
    "timer 40\n"
    "timeout: TimeoutError signal timed out 23 true\n"
    "timer 60\n",
    0, JS_HOST_BROWSER },
  /* selectors, classList, tree edits, innerHTML, errors */
  { "dom-tree",
    "// Selectors, classList, tree edits, innerHTML and textContent.\n"
    "// @host browser\n"
    "const list = document.createElement('ul');\n"
    "list.innerHTML = '<li class=\"item first\">a</li><li class=\"item\">b<b>old</b></li><li id=\"c\" data-x=\"1\">c</li>';\n"
    "document.body.append(list);\n"
    "console.log(document.querySelectorAll('ul > li.item').length, document.querySelectorAll('li b').length,\n"
    "  document.querySelector('[data-x=\"1\"]').id, document.querySelectorAll('body li, #c').length);\n"
    "const c = document.getElementById('c');\n"
    "c.classList.add('item', 'last');\n"
    "c.classList.toggle('last');\n"
    "console.log(c.className, String(c.classList.contains('item')), c.classList.length);\n"
    "list.insertBefore(c, list.firstChild);\n"
    "console.log(list.textContent, list.children.length, list.firstElementChild.id, list.lastChild.nodeName);\n"
    "const clone = list.cloneNode(true);\n"
    "console.log(clone.outerHTML);\n"
    "list.replaceChild(document.createTextNode('t'), c);\n"
    "console.log(list.innerHTML);\n"
    "console.log(String(document.body.contains(list)), String(list.isConnected), list.parentElement.tagName);\n"
    "list.remove();\n"
    "console.log(String(list.isConnected), String(list.parentNode));\n"
    "try { list.appendChild(list); } catch (e) { console.log(e.name + ':', e.message); }\n"
    "try { document.body.removeChild(list); } catch (e) { console.log(e.name + ':', e.message); }\n"
    "try { document.querySelector('li!!'); } catch (e) { console.log(e.name + ':', e.message); }\n"
    "try { c.setAttribute('a b', 1); } catch (e) { console.log(e.name + ':', e.message); }\n"
    "console.log(document.documentElement.tagName, document.head.firstChild.getAttribute('charset'), document.body.children.length);\n"
    "console.log(document.nodeName, document.nodeType, document.body.nodeType, list.firstChild.nodeType, Node.TEXT_NODE);\n"
    "console.log(String(document.body instanceof HTMLElement), String(document.body instanceof Node), String(window instanceof EventTarget), Object.prototype.toString.call(window));\n"
    "console.log(c.closest('li').id, String(c.matches('.item')), c.getAttributeNames().join());\n",
    "2 1 c 3\n"
    "item true 1\n"
    "cabold 3 c LI\n"
    "<ul><li id=\"c\" data-x=\"1\" class=\"item\">c</li><li class=\"item first\">a</li><li class=\"item\">b<b>old</b></li></ul>\n"
    "t<li class=\"item first\">a</li><li class=\"item\">b<b>old</b></li>\n"
    "true true BODY\n"
    "false null\n"
    "HierarchyRequestError: Failed to execute 'appendChild' on 'Node': The new child element contains the parent.\n"
    "NotFoundError: Failed to execute 'removeChild' on 'Node': The node to be removed is not a child of this node.\n"
    "SyntaxError: Failed to execute 'querySelector' on 'Document': 'li!!' is not a valid selector.\n"
    "InvalidCharacterError: Failed to execute 'setAttribute' on 'Element': 'a b' is not a valid attribute name.\n"
    "HTML utf-8 2\n"
    "#document 9 1 3 3\n"
    "true true true [object Window]\n"
    "c true id,data-x,class\n",
    0, JS_HOST_BROWSER },
  /* window.onerror gets five arguments and true cancels; onunhandledrejection */
  { "window-handlers",
    "window.onerror = (message, source, lineno, colno, error) => {\n"
    "  console.log('onerror:', message, typeof source, error.message);\n"
    "  return error.message === 'quiet';\n"
    "};\n"
    "window.onunhandledrejection = (event) => {\n"
    "  console.log('onunhandledrejection:', event.reason);\n"
    "  event.preventDefault();\n"
    "};\n"
    "setTimeout(() => { throw new Error('quiet'); }, 0);\n"
    "setTimeout(() => { throw new Error('loud'); }, 50);\n"
    "setTimeout(() => Promise.reject('nobody'), 100);\n"
    "setTimeout(() => console.log('done'), 200);\n",
    "onerror: Uncaught Error: quiet string quiet\n"
    "onerror: Uncaught Error: loud string loud\n"
    "Uncaught Error: loud\n"
    "onunhandledrejection: nobody\n"
    "done\n",
    0, JS_HOST_BROWSER },
  /* DocumentFragment insertion records, form values, UI event fields */
  { "dom-fragment",
    "// A DocumentFragment: its children move in with one record; input values; keyboard events.\n"
    "// @host browser\n"
    "const list = document.createElement('ul');\n"
    "document.body.appendChild(list);\n"
    "new MutationObserver((records) => {\n"
    "  for (const r of records) console.log(r.type, r.target.nodeName, 'added', r.addedNodes.length, 'removed', r.removedNodes.length);\n"
    "}).observe(list, { childList: true });\n"
    "const fragment = document.createDocumentFragment();\n"
    "for (const name of ['a', 'b', 'c']) {\n"
    "  const li = document.createElement('li');\n"
    "  li.textContent = name;\n"
    "  fragment.appendChild(li);\n"
    "}\n"
    "console.log(fragment.nodeName, fragment.nodeType, fragment.children.length, fragment.textContent);\n"
    "list.appendChild(fragment);\n"
    "console.log('after', fragment.childNodes.length, list.children.length, list.textContent);\n"
    "const more = new DocumentFragment();\n"
    "more.append('x', document.createElement('hr'));\n"
    "list.insertBefore(more, list.firstChild);\n"
    "console.log(list.innerHTML);\n"
    "const input = document.createElement('input');\n"
    "input.setAttribute('value', 'start');\n"
    "console.log('value', input.value, input.getAttribute('value'));\n"
    "input.value = 'typed';\n"
    "console.log('value', input.value, input.getAttribute('value'));\n"
    "input.addEventListener('input', (e) => console.log('input event', e.target.value, String(e instanceof Event)));\n"
    "input.dispatchEvent(new Event('input', { bubbles: true }));\n"
    "input.addEventListener('keydown', (e) => console.log('keydown', e.key, e.code, String(e.shiftKey), String(e instanceof KeyboardEvent)));\n"
    "input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter' }));\n"
    "const me = new MouseEvent('click', { clientX: 5, button: 1, bubbles: true });\n"
    "console.log(me.clientX, me.button, me.clientY, String(me.bubbles), me.detail);\n"
    "const ce = new CustomEvent('x');\n"
    "console.log(String(ce.detail), new CustomEvent('y', { detail: 0 }).detail);\n",
    "#document-fragment 11 3 abc\n"
    "after 0 3 abc\n"
    "x<hr><li>a</li><li>b</li><li>c</li>\n"
    "value start start\n"
    "value typed start\n"
    "input event typed true\n"
    "keydown Enter Enter false true\n"
    "5 1 0 true 0\n"
    "null 0\n"
    "childList UL added 3 removed 0\n"
    "childList UL added 2 removed 0\n",
    0, JS_HOST_BROWSER },
  /* user click and click() events: interfaces, fields, flags */
  { "click-fields",
    "// The events of a user click and of click(): interfaces and fields.\n"
    "// @host browser\n"
    "// @click #button 200ms\n"
    "const b = document.querySelector('#button');\n"
    "for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {\n"
    "  b.addEventListener(type, (e) => {\n"
    "    console.log(type, e.constructor.name, e.detail, e.button, e.buttons, String(e.pointerType), String(e.pointerId > 0),\n"
    "      String(e.isTrusted), String(e.bubbles), String(e.cancelable), String(e.composed), e.eventPhase);\n"
    "  });\n"
    "}\n"
    "b.click();\n"
    "console.log(String(new UIEvent('x').view), String(new KeyboardEvent('k').key === ''), String(new InputEvent('i', { data: 'a' }).data), String(new FocusEvent('f').relatedTarget));\n",
    "click PointerEvent 0 0 0  false false true true true 2\n"
    "null true a null\n"
    "pointerdown PointerEvent 0 0 1 mouse true true true true true 2\n"
    "mousedown MouseEvent 1 0 1 undefined false true true true true 2\n"
    "pointerup PointerEvent 0 0 0 mouse true true true true true 2\n"
    "mouseup MouseEvent 1 0 0 undefined false true true true true 2\n"
    "click PointerEvent 1 0 0 mouse true true true true true 2\n",
    0, JS_HOST_BROWSER },
  /* dataset over the data-* attributes */
  { "dom-dataset",
    "// element.dataset reads and writes data-* attributes.\n"
    "// @host browser\n"
    "const el = document.createElement('div');\n"
    "el.setAttribute('data-price', '3');\n"
    "el.setAttribute('data-best-before', 'friday');\n"
    "el.setAttribute('title', 'not data');\n"
    "console.log(el.dataset.price, el.dataset.bestBefore, String(el.dataset.missing), String('price' in el.dataset));\n"
    "el.dataset.madeBy = 'Ada';\n"
    "el.dataset.count = 5;\n"
    "console.log(el.getAttribute('data-made-by'), el.getAttribute('data-count'), Object.keys(el.dataset).join());\n"
    "delete el.dataset.price;\n"
    "console.log(String(el.hasAttribute('data-price')), JSON.stringify(el.dataset), String(el.dataset === el.dataset));\n"
    "try { el.dataset['a-b'] = 1; } catch (e) { console.log(e.name + ':', e.message); }\n"
    "console.log(Object.prototype.toString.call(el.dataset));\n",
    "3 friday undefined true\n"
    "Ada 5 price,bestBefore,madeBy,count\n"
    "false {\"bestBefore\":\"friday\",\"madeBy\":\"Ada\",\"count\":\"5\"} true\n"
    "SyntaxError: Failed to set a named property 'a-b' on 'DOMStringMap': 'a-b' is not a valid property name.\n"
    "[object DOMStringMap]\n",
    0, JS_HOST_BROWSER },
  /* the end of parsing: readystatechange, DOMContentLoaded with a
   * checkpoint after each listener, load at the window for the document */
  { "dom-loaded",
    "console.log('script, readyState', document.readyState);\n"
    "document.addEventListener('DOMContentLoaded', (e) => {\n"
    "  console.log('DOMContentLoaded', document.readyState, String(e.isTrusted), String(e.bubbles), String(e.target === document));\n"
    "  Promise.resolve().then(() => console.log('microtask after DOMContentLoaded'));\n"
    "});\n"
    "window.addEventListener('DOMContentLoaded', () => console.log('window sees DOMContentLoaded'));\n"
    "window.addEventListener('load', (e) => console.log('load', document.readyState, String(e.target === document)));\n"
    "window.onload = () => console.log('onload');\n"
    "document.addEventListener('readystatechange', () => console.log('readystatechange', document.readyState));\n"
    "Promise.resolve().then(() => console.log('microtask', document.readyState));\n"
    "setTimeout(() => console.log('timer 200', document.readyState), 200);\n",
    "script, readyState loading\n"
    "microtask loading\n"
    "readystatechange interactive\n"
    "DOMContentLoaded interactive true true true\n"
    "microtask after DOMContentLoaded\n"
    "window sees DOMContentLoaded\n"
    "readystatechange complete\n"
    "load complete true\n"
    "onload\n"
    "timer 200 complete\n",
    0, JS_HOST_BROWSER },
  /* element.style writes the style attribute; a change that changes nothing writes nothing */
  { "style-attribute",
    "// @host browser\n"
    "const el = document.createElement('div');\n"
    "new MutationObserver((rs) => console.log('changes', rs.length)).observe(el, { attributes: true });\n"
    "el.style.color = 'red';\n"
    "el.style.color = 'red';\n"
    "el.style.width = 100;\n"
    "el.style.backgroundColor = '#0f08';\n"
    "el.style.height = 0;\n"
    "console.log(el.getAttribute('style'));\n"
    "el.setAttribute('style', 'Margin-Top:2px; color:blue');\n"
    "console.log(el.style.marginTop, el.style['margin-top'], el.style.color, el.style.length, el.style.cssText);\n"
    "console.log(el.style.removeProperty('color'), el.style.getPropertyValue('color') === '' ? 'gone' : 'kept');\n",
    "color: red; background-color: rgba(0, 255, 0, 0.533); height: 0px;\n"
    "2px 2px blue 2 margin-top: 2px; color: blue;\n"
    "blue gone\n"
    "changes 5\n",
    0, JS_HOST_BROWSER },
  /* insertAdjacentHTML, replaceWith, hidden, element interfaces, input.type */
  { "element-extras",
    "// @host browser\n"
    "const ul = document.createElement('ul');\n"
    "const wrap = document.createElement('div');\n"
    "wrap.appendChild(ul);\n"
    "ul.insertAdjacentHTML('beforeend', '<li>b</li>');\n"
    "ul.insertAdjacentHTML('AfterBegin', '<li>a</li>');\n"
    "ul.insertAdjacentHTML('afterend', '<p>x</p>');\n"
    "ul.lastChild.replaceWith('c', document.createElement('i'));\n"
    "ul.hidden = true;\n"
    "console.log(wrap.innerHTML);\n"
    "console.log(String(ul), ul.firstChild.constructor.name, String(document.createElement('zz')), String(document.createElement('nav')));\n"
    "const input = document.createElement('input');\n"
    "input.setAttribute('type', 'Radio');\n"
    "console.log(input.type, document.createElement('button').type, String(ul instanceof HTMLUListElement));\n",
    "<ul hidden=\"\"><li>a</li>c<i></i></ul><p>x</p>\n"
    "[object HTMLUListElement] HTMLLIElement [object HTMLUnknownElement] [object HTMLElement]\n"
    "radio submit true\n",
    0, JS_HOST_BROWSER },
  /* one delivery task per port at a time, the next posted after each message */
  { "port-delivery-one-at-a-time",
    "// @host browser\n"
    "const { port1, port2 } = new MessageChannel();\n"
    "port2.onmessage = (e) => {\n"
    "  console.log('port', e.data);\n"
    "  if (e.data === 1) setTimeout(() => console.log('timer set by 1'), 0);\n"
    "};\n"
    "port1.postMessage(1);\n"
    "port1.postMessage(2);\n"
    "setTimeout(() => console.log('timer set after the posts'), 0);\n",
    "port 1\ntimer set after the posts\ntimer set by 1\nport 2\n",
    0, JS_HOST_BROWSER },
  /* Comment nodes, template contents, replaceWith as one record, box shorthands */
  { "comments-template-replace-with-shorthands",
    "// Comments, template contents, replaceWith's one record, box shorthands.\n"
    "// @host browser\n"
    "const box = document.createElement('div');\n"
    "box.innerHTML = 'a<!--c--><template><i>t</i></template>';\n"
    "const [, comment, tpl] = box.childNodes;\n"
    "console.log(comment.nodeType, comment.nodeName, comment.data, comment.nodeValue, tpl.childNodes.length, tpl.content.childNodes.length);\n"
    "console.log(box.textContent, box.innerHTML, new Comment('n').data, document.createComment('m').nodeName);\n"
    "const clone = box.cloneNode(true);\n"
    "console.log(clone.innerHTML, clone.lastChild.content.firstChild === tpl.content.firstChild ? 'shared' : 'copied');\n"
    "tpl.innerHTML = '<b>u</b>';\n"
    "console.log(tpl.content.firstChild.nodeName, tpl.childNodes.length, box.innerHTML);\n"
    "document.body.appendChild(box);\n"
    "new MutationObserver((rs) => console.log(rs.map((r) => r.addedNodes.length + '/' + r.removedNodes.length).join(' '))).observe(box, { childList: true });\n"
    "comment.replaceWith(document.createElement('hr'), 'z');\n"
    "box.style.padding = \"1px 2px 3px\";\n"
    "console.log(box.style.padding, box.style.paddingLeft, box.style.cssText, box.style.length);\n"
    "box.style.paddingBottom = '1px';\n"
    "console.log(box.style.padding, box.getAttribute('style'));\n",
    "8 #comment c c 0 1\n"
    "a a<!--c--><template><i>t</i></template> n #comment\n"
    "a<!--c--><template><i>t</i></template> copied\n"
    "B 0 a<!--c--><template><b>u</b></template>\n"
    "1px 2px 3px 2px padding: 1px 2px 3px; 4\n"
    "1px 2px padding: 1px 2px;\n"
    "2/1\n",
    0, JS_HOST_BROWSER },
};

static const Case node_cases[] = {
  { "errors-and-handlers",
    "for (const f of [() => new Event(), () => Event('x'), () => new EventTarget().dispatchEvent({ type: 'x' }),\n"
    "  () => AbortSignal.prototype.throwIfAborted.call({}), () => new AbortSignal(), () => new EventTarget().addEventListener('x'),\n"
    "  () => EventTarget.prototype.addEventListener.call({}, 'x', () => {})])\n"
    "  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }\n"
    "const t = new EventTarget();\n"
    "const e = new Event('x');\n"
    "t.addEventListener('x', (ev) => console.log(ev.target === t, ev.currentTarget === t, ev.eventPhase, ev.isTrusted));\n"
    "console.log(t.dispatchEvent(e), e.target === t, e.currentTarget, e.eventPhase, Object.keys(e));\n"
    "const ac = new AbortController();\n"
    "ac.signal.onabort = () => console.log('handler 1');\n"
    "ac.signal.addEventListener('abort', () => console.log('listener'));\n"
    "ac.signal.onabort = null;\n"
    "ac.signal.onabort = () => console.log('handler 2 keeps the first place');\n"
    "ac.abort();\n"
    "console.log(Object.prototype.toString.call(ac.signal.reason), new CustomEvent('c', { detail: 5 }).detail);\n"
    "console.log(AbortSignal.any([ac.signal]).reason.message);\n",
    "TypeError ERR_MISSING_ARGS The \"type\" argument must be specified\n"
    "TypeError undefined Class constructor Event cannot be invoked without 'new'\n"
    "TypeError ERR_INVALID_ARG_TYPE The \"event\" argument must be an instance of Event. Received an instance of Object\n"
    "TypeError ERR_INVALID_THIS Value of \"this\" must be of type AbortSignal\n"
    "TypeError ERR_ILLEGAL_CONSTRUCTOR Illegal constructor\n"
    "TypeError ERR_MISSING_ARGS The \"type\" and \"listener\" arguments must be specified\n"
    "TypeError ERR_INVALID_THIS Value of \"this\" must be of type EventTarget\n"
    "true true 2 false\n"
    "true true null 0 []\n"
    "handler 2 keeps the first place\n"
    "listener\n"
    "[object DOMException] 5\n"
    "This operation was aborted\n",
    0, JS_HOST_NODE },
};

/* ------------------------------------------------------------------------
 * The C entry points
 * ------------------------------------------------------------------------ */

typedef struct {
  JsState *J;
  GString *out;
} Page;

static void
capture_output (JsState *J, JsStream stream, const char *text, gsize length, gpointer user_data)
{
  g_string_append_len (user_data, text, length);
}

/* A page that ran `source` to its end; the state stays usable. */
static void
page_open (Page *page, const char *source)
{
  JsOptions options;

  js_options_init (&options);
  options.host = JS_HOST_BROWSER;
  page->J = js_state_new (&options);
  page->out = g_string_new (NULL);
  js_state_set_output (page->J, capture_output, page->out);
  js_state_run (page->J, source, strlen (source), "page.js");
}

static void
page_close (Page *page)
{
  js_state_free (page->J);
  g_string_free (page->out, TRUE);
}

static JsValue
global (JsState *J, const char *name)
{
  return js_get_utf8 (J, js_object_value (J->global), name);
}

/* Pushes the string in its capture onto the page's `log` array. */
static JsValue
log_capture (JsState *J, JsValue this_value, int argc, const JsValue *argv,
             JsValue new_target, JsObject *callee)
{
  js_array_push (J, js_get_object (global (J, "log")), js_native_captures (callee)[0]);
  return JS_UNDEFINED;
}

static JsValue
logger (JsState *J, const char *text)
{
  JsObject *fn = js_native_function_new (J, "", 0, log_capture, 1);

  js_native_captures (fn)[0] = js_string_value (js_string_new_utf8 (J, text, -1));
  return js_object_value (fn);
}

static char *
joined_log (JsState *J)
{
  JsValue separator = js_string_value (js_string_new_utf8 (J, " ", -1));
  JsValue joined = js_invoke (J, global (J, "log"), JS_KEY (J, join), 1, &separator);

  return js_string_to_utf8 (js_get_string (joined));
}

/* Abort algorithms run before the signal's `abort` event; a dependent
 * signal's (a fetch's) after the source signal's listeners. */
static void
test_abort_algorithm_order (void)
{
  Page page;
  JsState *J;
  JsValue controller, signal, dependent, reason;
  JsTryPoint tp;
  char *log;

  page_open (&page, "globalThis.log = [];\n"
                    "globalThis.c = new AbortController();\n"
                    "c.signal.addEventListener('abort', () => log.push('listener'));\n");
  J = page.J;
  controller = global (J, "c");
  signal = js_get_utf8 (J, controller, "signal");
  g_assert_true (js_is_abort_signal (signal));
  g_assert_false (js_abort_signal_is_aborted (J, signal, NULL));
  dependent = js_abort_signal_new_dependent (J, signal);
  js_gc_add_root (J, &dependent);
  js_abort_signal_add_algorithm (J, dependent, logger (J, "dependent-algorithm"));
  js_abort_signal_add_algorithm (J, signal, logger (J, "algorithm"));
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      JsValue why = js_string_value (js_string_new_utf8 (J, "why", -1));
      js_invoke (J, controller, js_key_from_utf8 (J, "abort"), 1, &why);
      js_try_end (J, &tp);
    }
  else
    g_assert_not_reached ();
  log = joined_log (J);
  g_assert_cmpstr (log, ==, "algorithm listener dependent-algorithm");
  g_free (log);
  g_assert_true (js_abort_signal_is_aborted (J, dependent, &reason));
  g_assert_true (js_is_string (reason) && js_string_equal_ascii (js_get_string (reason), "why"));
  /* An aborted signal takes no more algorithms. */
  js_abort_signal_add_algorithm (J, signal, logger (J, "never"));
  js_gc_remove_root (J, &dependent);
  page_close (&page);
}

/* js_dom_dispatch_user_click runs with an empty stack: a checkpoint after
 * every listener, for all five events; no element, no events. */
static void
test_user_click_checkpoints (void)
{
  Page page;
  char *log;

  page_open (&page, "globalThis.log = [];\n"
                    "const b = document.querySelector('#button');\n"
                    "for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {\n"
                    "  b.addEventListener(type, (e) => { log.push(type + (e.isTrusted ? '' : '?')); queueMicrotask(() => log.push('m')); });\n"
                    "}\n"
                    "b.addEventListener('click', () => log.push('second'));\n");
  js_dom_dispatch_user_click (page.J, "#nothing-here");
  js_dom_dispatch_user_click (page.J, "#button");
  log = joined_log (page.J);
  g_assert_cmpstr (log, ==, "pointerdown m mousedown m pointerup m mouseup m click m second");
  g_free (log);
  page_close (&page);
}

/* The window's events for the host: a trusted, cancelable event that
 * reaches window listeners, and whose cancellation the host sees. */
static void
test_window_event (void)
{
  Page page;
  JsState *J;
  JsObject *event;
  gboolean not_canceled;
  char *log;

  page_open (&page, "globalThis.log = [];\n"
                    "addEventListener('unhandledrejection', (e) => { log.push(e.type, String(e.isTrusted), e.reason); e.preventDefault(); });\n");
  J = page.J;
  event = js_dom_event_new (J, "unhandledrejection", FALSE, TRUE);
  js_define_value_utf8 (J, event, "reason", js_string_value (js_string_new_utf8 (J, "r", -1)), JS_PROP_DEFAULT);
  not_canceled = js_dom_dispatch_event (J, J->global, event);
  g_assert_false (not_canceled);
  log = joined_log (J);
  g_assert_cmpstr (log, ==, "unhandledrejection true r");
  g_free (log);
  page_close (&page);
}

/* DOMException for the host (fetch's AbortError). */
static void
test_dom_exception (void)
{
  Page page;
  JsState *J;
  JsObject *error;
  char *display;

  page_open (&page, "");
  J = page.J;
  error = js_dom_exception_new (J, "signal is aborted without reason", "AbortError");
  g_assert_true (js_instance_of (J, js_object_value (error), global (J, "DOMException")));
  g_assert_cmpfloat (js_to_number (J, js_get_utf8 (J, js_object_value (error), "code")), ==, 20);
  display = js_error_to_display_utf8 (J, js_object_value (error));
  g_assert_cmpstr (display, ==, "AbortError: signal is aborted without reason");
  g_free (display);
  page_close (&page);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  add_cases ("/engine/dom/browser", browser_cases, G_N_ELEMENTS (browser_cases));
  add_cases ("/engine/dom/node", node_cases, G_N_ELEMENTS (node_cases));
  g_test_add_func ("/engine/dom/abort/algorithm-order", test_abort_algorithm_order);
  g_test_add_func ("/engine/dom/user-click/checkpoints", test_user_click_checkpoints);
  g_test_add_func ("/engine/dom/window-event/cancel", test_window_event);
  g_test_add_func ("/engine/dom/dom-exception/new", test_dom_exception);
  return g_test_run ();
}
