// Intl.NumberFormat checks its options when it is constructed, as V8 does.
function attempt(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, e.constructor.name, e.message); }
}
attempt('no currency', () => new Intl.NumberFormat('en-US', { style: 'currency' }));
attempt('bad currency', () => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EURO' }));
attempt('digits', () => new Intl.NumberFormat('en-US', { maximumFractionDigits: 101 }));
attempt('usd', () => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'usd' }).format(1234.5));
attempt('unit', () => new Intl.NumberFormat('en-US', { style: 'unit', unit: 'kilometer' }).format(12.5));
attempt('long unit', () => new Intl.NumberFormat('en-US', { style: 'unit', unit: 'liter', unitDisplay: 'long' }).format(2));
attempt('percent', () => new Intl.NumberFormat('en-US', { style: 'percent' }).format(0.256));
