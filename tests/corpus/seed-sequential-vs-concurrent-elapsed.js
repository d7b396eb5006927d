// seed: virtual elapsed time of sequential (sum) vs concurrent (max) requests, checked via timers
const fakeFetch = (ms) => new Promise(r => setTimeout(r, ms));
async function sequential() { await fakeFetch(100); await fakeFetch(100); console.log('sequential done (~200ms)'); }
async function concurrent() { await Promise.all([fakeFetch(100), fakeFetch(100)]); console.log('concurrent done (~100ms)'); }
sequential();
concurrent();
setTimeout(() => console.log('150ms mark'), 150);
setTimeout(() => console.log('50ms mark'), 50);
