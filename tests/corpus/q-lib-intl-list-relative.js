// Intl.ListFormat, RelativeTimeFormat and locale-aware collation used for UI strings
console.log(new Intl.ListFormat('en', { type: 'conjunction' }).format(['apples', 'pears', 'kiwis']));
console.log(new Intl.ListFormat('en', { type: 'disjunction' }).format(['tea', 'coffee']));
const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
console.log(rtf.format(-1, 'day'), rtf.format(2, 'week'), rtf.format(0, 'year'));
console.log(['z', 'ä', 'a'].sort(new Intl.Collator('sv').compare), ['z', 'ä', 'a'].sort(new Intl.Collator('de').compare));
console.log(new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(0)));
