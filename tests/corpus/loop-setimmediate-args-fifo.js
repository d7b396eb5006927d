// setImmediate callbacks run in FIFO order and receive extra arguments
setImmediate((a, b) => console.log('immediate 1', a, b), 'x', 'y');
setImmediate(() => console.log('immediate 2'));
setImmediate(console.log, 'immediate 3 via console.log');
console.log('sync');
