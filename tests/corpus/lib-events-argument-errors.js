const { EventEmitter, once, on } = require('events');
once(5).catch((e) => console.log('once(5):', e.name, e.code, e.message));
once({}, 'x').catch((e) => console.log('once({}):', e.message));
try { on(new EventEmitter(), 'x', { signal: 5 }); } catch (e) { console.log('on signal:', e.code, e.message); }
try { on(5, 'x'); } catch (e) { console.log('on(5):', e.message); }
try { new EventEmitter({ captureRejections: 'yes' }); } catch (e) { console.log(e.message); }
once(new EventEmitter(), 'x', { signal: 'no' }).catch((e) => console.log('once signal:', e.message));
const ac = new AbortController();
ac.abort();
try { on(new EventEmitter(), 'x', { signal: ac.signal }); } catch (e) { console.log('aborted:', e.name, e.message); }
async function main() {
  const ee = new EventEmitter();
  const ctl = new AbortController();
  setTimeout(() => { ee.emit('tick', 1); ee.emit('tick', 2); }, 1);
  setTimeout(() => ctl.abort(), 5);
  try {
    for await (const [n] of on(ee, 'tick', { signal: ctl.signal })) console.log('tick', n);
  } catch (e) {
    console.log('loop ended:', e.name, e.code, e.message);
  }
  console.log('listeners left:', ee.listenerCount('tick'), ee.listenerCount('error'));
}
main();
