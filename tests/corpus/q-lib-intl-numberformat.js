// Intl.NumberFormat and DateTimeFormat with explicit locale and time zone
const nf = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' });
console.log(nf.format(1234.5), new Intl.NumberFormat('de-DE').format(1234567.891));
console.log(new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 }).format(123456));
const df = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
console.log(df.format(new Date(0)));
console.log(new Intl.PluralRules('en-US').select(1), new Intl.PluralRules('en-US').select(2));
