// ?? only falls back on null and undefined (unlike ||)
console.log(null ?? 'd', undefined ?? 'd', 0 ?? 'd', '' ?? 'd', false ?? 'd', NaN ?? 'd');
console.log(null || 'd', 0 || 'd', '' || 'd', false || 'd');
const cfg = { timeout: 0, name: '' };
console.log(cfg.timeout ?? 1000, cfg.timeout || 1000);
console.log(cfg.retries ?? 3);
let evaluated = false;
const r = 'x' ?? (evaluated = true);
console.log(r, evaluated);
console.log((null || undefined) ?? 'both');
console.log(null ?? undefined ?? 0 ?? 1);
