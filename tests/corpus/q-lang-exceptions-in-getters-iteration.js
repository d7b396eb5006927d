// exceptions thrown from getters, toString, and iterators propagate through language constructs
const bad = { get x() { throw new Error('getter boom'); } };
try { const { x } = bad; } catch (e) { console.log('destructure:', e.message); }
try { `${{ toString() { throw new Error('toString boom'); } }}`; } catch (e) { console.log('template:', e.message); }
const badIter = { [Symbol.iterator]() { return { next() { throw new Error('next boom'); } }; } };
try { for (const v of badIter) {} } catch (e) { console.log('for-of:', e.message); }
try { [...badIter]; } catch (e) { console.log('spread:', e.message); }
try { Math.max(...badIter); } catch (e) { console.log('call spread:', e.message); }
const noNext = { [Symbol.iterator]() { return {}; } };
try { for (const v of noNext) {} } catch (e) { console.log(e.name + ': ' + e.message); }
try { [...{ [Symbol.iterator]: () => 5 }]; } catch (e) { console.log(e.name + ': ' + e.message); }
