// tagged templates: strings array identity, raw strings and cooked undefined
function tag(strings, ...vals) { return strings; }
function same() { return tag`a${1}b`; }
console.log(same() === same(), tag`a${1}b` === tag`a${1}b`);
const s = same();
console.log(s, s.raw, Object.isFrozen(s), Array.isArray(s));
function show(strings, ...vals) { return JSON.stringify({ strings, raw: strings.raw, vals }); }
console.log(show`x\ny${'V'}\u0041`);
console.log(show`bad \unicode`);
console.log(String.raw`\n${1 + 1}\t`, String.raw({ raw: ['a', 'b', 'c'] }, 1, 2, 3));
const html = (s, ...v) => s.reduce((acc, str, i) => acc + str + (i < v.length ? `<${v[i]}>` : ''), '');
console.log(html`hello ${'world'} and ${42}!`);
