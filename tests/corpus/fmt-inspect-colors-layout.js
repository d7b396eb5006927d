// Colours must not change line breaking: widths are measured without escapes.
const util = require('util');
const show = (v, o) => console.log(JSON.stringify(util.inspect(v, { colors: true, ...o })));
show(Array.from({ length: 30 }, (_, i) => i * 7));
show(Array.from({ length: 12 }, (_, i) => 'item' + i));
show({ a: 'aaaaaaaaaaaaaaaaaaaa', b: 'bbbbbbbbbbbbbbbbbbbbbbb', c: 'ccccccccccc', d: 1 });
show({ nested: { deep: { deeper: { deepest: 1 } } }, list: [null, undefined, , 3n] });
show(new Map([['k', new Set([true, Symbol('s')])]]));
show({ [Symbol('key')]: /re/g, 'not id': new Date(0), f() {}, get g() { return 1; } });
show({ get g() { return 'v'; }, get n() { return null; } }, { getters: true });
show([new Number(1), Object('s'), Promise.resolve(2), new Promise(() => {})]);
show('line one is long enough to split\nline two is long enough to split as well\nend');
show({ x: 1, y: 'z' }, { compact: true, breakLength: 10 });
const o = { name: 'self' }; o.me = o; show(o);
show({ a: { b: { c: {} } } }, { depth: 0 });
console.log(JSON.stringify(util.inspect({ legacy: 1 }, false, 2, true)));
console.log(util.inspect.styles.string, util.inspect.colors.grey, Object.keys(util.inspect.colors).length);
console.log({ plain: 'console.log stays uncoloured' });
show({ [util.inspect.custom]: (depth, opts) => opts.stylize('custom', 'special') });
