// error-like values shown through message/name only (stacks differ between engines)
const errs = [new TypeError('bad type'), new RangeError('out'), new Error('plain')];
console.log(errs.map(e => `${e.name}: ${e.message}`));
console.log(errs.map(String));
const wrapped = { ok: false, error: { name: errs[0].name, message: errs[0].message } };
console.log(wrapped);
class HttpError extends Error { constructor(status, msg) { super(msg); this.name = 'HttpError'; this.status = status; } }
const h = new HttpError(404, 'Not Found');
console.log(h.toString(), h.status, h instanceof Error, Object.keys(h));
console.log(JSON.stringify(h), JSON.stringify({ ...h, message: h.message }));
