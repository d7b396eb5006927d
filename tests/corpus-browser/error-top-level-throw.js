// A throw ends the script; timers created before it still run.
// @host browser
setTimeout(() => console.log('timer created before the throw'), 50);
Promise.resolve().then(() => console.log('microtask created before the throw'));
console.log('about to throw');
throw new Error('script failed');
