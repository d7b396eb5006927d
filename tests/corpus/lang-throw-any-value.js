// any value can be thrown and caught unchanged
const values = [42, 'text', null, undefined, { code: 7 }, [1, 2], Symbol.for('s'), false];
for (const v of values) {
  try {
    throw v;
  } catch (caught) {
    console.log(typeof caught, caught === v, String(caught?.code ?? (typeof caught === 'symbol' ? caught.description : caught)));
  }
}
function thrower() { throw function named() {}; }
try { thrower(); } catch (f) { console.log(typeof f, f.name); }
