// sequential execution with reduce over promises vs parallel map
const log = [];
const task = (name) => () => new Promise(r => { log.push('start ' + name); setTimeout(() => { log.push('end ' + name); r(name); }, 20); });
const tasks = ['a', 'b', 'c'].map(task);
tasks.reduce((p, t) => p.then(acc => t().then(r => [...acc, r])), Promise.resolve([]))
  .then(res => {
    console.log('sequential', res, log.join(', '));
    log.length = 0;
    return Promise.all(['x', 'y'].map(n => task(n)()));
  })
  .then(res => console.log('parallel', res, log.join(', ')));
