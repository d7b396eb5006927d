// a non-Error unhandled rejection reaches uncaughtException wrapped in a Node error object
process.on('uncaughtException', (e, origin) => {
  console.log('origin:', origin);
  console.log('name:', e.name, '| code:', e.code, '| instanceof Error:', e instanceof Error);
  console.log('message:', e.message);
});
Promise.reject(7);
setTimeout(() => console.log('process continues'), 20);
