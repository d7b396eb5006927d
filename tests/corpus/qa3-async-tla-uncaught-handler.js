process.on('uncaughtException', (e, origin) => console.log('handler', e.message, origin));
setTimeout(() => console.log('later timer'), 5);
await null;
throw new Error('after await');
