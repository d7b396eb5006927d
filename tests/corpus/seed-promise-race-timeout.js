// seed: Promise.race implements a timeout: whichever settles first wins
const fetchLike = (ms) => new Promise(r => setTimeout(() => r(`response after ${ms}ms`), ms));
const timeout = (ms) => new Promise((_, rej) => setTimeout(() => rej(new Error(`timeout after ${ms}ms`)), ms));
Promise.race([fetchLike(10), timeout(50)]).then(v => console.log('fast:', v), e => console.log('fast:', e.message));
Promise.race([fetchLike(100), timeout(30)]).then(v => console.log('slow:', v), e => console.log('slow:', e.message));
