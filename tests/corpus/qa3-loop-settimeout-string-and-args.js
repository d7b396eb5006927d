setTimeout((a, b, c) => console.log('args', a, b, c), 1, 'x', 2, { z: 3 });
setInterval(function (x) { console.log('interval arg', x); clearInterval(this); }, 1, 'only once');
setImmediate((...rest) => console.log('immediate rest', rest), 1, 2, 3);
process.nextTick((a, b) => console.log('nextTick args', a, b), 'n1', 'n2');
try { setTimeout('console.log(1)', 0); } catch (e) { console.log(e.code, e.name); }
try { setImmediate(); } catch (e) { console.log(e.code, e.message); }
try { process.nextTick(42); } catch (e) { console.log(e.code, e.message); }
