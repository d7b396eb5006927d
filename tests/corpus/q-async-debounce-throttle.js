// debounce and throttle driven by synthetic calls spaced by timers
function debounce(fn, ms) { let t; return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); }; }
function throttle(fn, ms) { let last = -Infinity; return (...a) => { const now = Date.now(); if (now - last >= ms) { last = now; fn(...a); } }; }
const d = debounce((v) => console.log('debounced', v), 50);
const t = throttle((v) => console.log('throttled', v), 1000);
// the later timers are created first so their due times stay ahead of the debounce timer
setTimeout(() => { d('c'); t(3); }, 30);
setTimeout(() => { d('d'); }, 500);
d('a'); d('b'); t(1); t(2);
