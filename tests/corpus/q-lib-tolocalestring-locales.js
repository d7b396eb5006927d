// toLocaleString with explicit locales and options (Intl-backed formatting)
const n = 1234567.891;
console.log(n.toLocaleString('en-US'), n.toLocaleString('de-DE'), n.toLocaleString('en-IN'));
console.log(JSON.stringify(n.toLocaleString('fr-FR')));
console.log(n.toLocaleString('de-DE', { style: 'currency', currency: 'EUR' }), n.toLocaleString('en-GB', { style: 'currency', currency: 'GBP' }));
console.log((42).toLocaleString('en-US', { style: 'unit', unit: 'kilometer' }), (5).toLocaleString('en-US', { style: 'currency', currency: 'USD', currencyDisplay: 'name' }));
console.log(new Date(0).toLocaleString('en-US', { timeZone: 'America/New_York' }));
console.log((1e6).toLocaleString('en-US', { notation: 'compact' }), (0.5).toLocaleString('en-US', { style: 'percent' }));
