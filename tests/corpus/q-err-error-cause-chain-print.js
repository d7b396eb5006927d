// walking an error cause chain and printing each level
function level3() { throw new RangeError('disk full'); }
function level2() { try { level3(); } catch (e) { throw new Error('write failed', { cause: e }); } }
function level1() { try { level2(); } catch (e) { throw new Error('save failed', { cause: e }); } }
try { level1(); } catch (e) {
  let depth = 0;
  for (let cur = e; cur; cur = cur.cause) console.log(' '.repeat(depth++ * 2) + `${cur.name}: ${cur.message}`);
}
const e = new Error('with primitive cause', { cause: 'just a string' });
console.log(e.cause, Object.getOwnPropertyDescriptor(e, 'cause').enumerable);
