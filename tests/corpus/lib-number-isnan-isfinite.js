// global isNaN/isFinite coerce; Number.isNaN/isFinite do not
const vals = ['abc', '12', NaN, undefined, null, '', Infinity, '1e400', true];
for (const v of vals) {
  console.log(typeof v === 'string' ? JSON.stringify(v) : String(v), isNaN(v), Number.isNaN(v), isFinite(v), Number.isFinite(v));
}
