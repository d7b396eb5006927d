const e1 = new Error('outer', { cause: new TypeError('inner') });
console.log(e1.message, e1.cause.message, e1.cause instanceof TypeError, 'cause' in new Error('x'), Object.keys(e1));
const agg = new AggregateError([new Error('a'), 'b'], 'many');
console.log(agg.name, agg.message, agg.errors.length, agg.errors[1], Object.getOwnPropertyNames(agg).sort());
class HttpError extends Error {
  constructor(status, message) { super(message); this.name = 'HttpError'; this.status = status; }
  get isClient() { return this.status >= 400 && this.status < 500; }
}
const he = new HttpError(404, 'not found');
console.log(he.toString(), he.isClient, he instanceof HttpError, he instanceof Error, Object.keys(he), JSON.stringify(he));
console.log(String(new Error()), String(new Error('')), new Error(undefined).message === '', new Error(42).message, typeof new Error(null).message);
const custom = Object.assign(new Error('with props'), { code: 'E_CUSTOM', details: { retry: true } });
console.log(custom.code, custom.details, Object.entries(custom));
const plain = { name: 'NotAnError', message: 'just an object' };
console.log(Error.prototype.toString.call(plain), Error.prototype.toString.call({}), Object.prototype.toString.call(he));
try { null.x; } catch (e) { console.log(e instanceof TypeError, e.constructor === TypeError, e.name, Object.getPrototypeOf(e) === TypeError.prototype); }
const errs = [EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError].map(E => new E('m'));
console.log(errs.map(e => `${e.name}:${e.message}:${e instanceof Error}`).join(' '));
console.log(Error('called without new').message, TypeError.prototype.name, Error.prototype.message === '', RangeError.name, Error.length);
try { throw { custom: 'thrown object' }; } catch (e) { console.log(e); }
try { throw 'thrown string'; } catch (e) { console.log(e, typeof e); }
try { throw null; } catch (e) { console.log(e); }
console.log(typeof Error.captureStackTrace, 'stack' in new Error('s'), typeof new Error('s').stack);
