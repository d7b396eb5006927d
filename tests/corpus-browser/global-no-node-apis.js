// The browser has no setImmediate, process, require or module; it has window APIs.
// @host browser
console.log('setImmediate:', typeof setImmediate);
console.log('process:', typeof process);
console.log('require:', typeof require);
console.log('module:', typeof module);
console.log('globalThis === window:', String(globalThis === window));
console.log('self === window:', String(self === window));
console.log('queueMicrotask:', typeof queueMicrotask);
console.log('requestAnimationFrame:', typeof requestAnimationFrame);
console.log('fetch:', typeof fetch, 'AbortController:', typeof AbortController);
console.log('MutationObserver:', typeof MutationObserver);
