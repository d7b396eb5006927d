// errors thrown from getters, setters, toString and valueOf propagate to the caller
const o = {
  get bad() { throw new Error('getter failed'); },
  set bad(v) { throw new RangeError('setter got ' + v); },
};
try { o.bad; } catch (e) { console.log(e.message); }
try { o.bad = 5; } catch (e) { console.log(e.name, e.message); }
const weird = { toString() { throw new Error('no string for you'); } };
try { `${weird}`; } catch (e) { console.log(e.message); }
const num = { valueOf() { throw new TypeError('no number'); } };
try { num * 2; } catch (e) { console.log(e.message); }
try { JSON.stringify({ toJSON() { throw new Error('toJSON broke'); } }); } catch (e) { console.log(e.message); }
