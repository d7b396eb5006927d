// an async queue class that processes jobs one at a time and reports drain
class AsyncQueue {
  #jobs = []; #running = false;
  constructor(onDrain) { this.onDrain = onDrain; }
  push(job) { return new Promise((res, rej) => { this.#jobs.push({ job, res, rej }); this.#run(); }); }
  async #run() {
    if (this.#running) return;
    this.#running = true;
    while (this.#jobs.length) {
      const { job, res, rej } = this.#jobs.shift();
      try { res(await job()); } catch (e) { rej(e); }
    }
    this.#running = false;
    this.onDrain();
  }
}
const q = new AsyncQueue(() => console.log('drained'));
q.push(async () => { await null; return 1; }).then(v => console.log('job1', v));
q.push(() => { throw new Error('job2 failed'); }).catch(e => console.log(e.message));
q.push(() => new Promise(r => setTimeout(() => r(3), 20))).then(v => console.log('job3', v));
console.log('queued');
