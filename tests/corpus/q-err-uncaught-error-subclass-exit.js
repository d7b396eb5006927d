// uncaught custom error class thrown from a nested function; output before it survives
class ValidationError extends Error {
  constructor(field) { super(`invalid ${field}`); this.name = 'ValidationError'; this.field = field; }
}
function validate(u) { if (!u.email) throw new ValidationError('email'); return true; }
try { validate({}); } catch (e) { console.log(e.name, e.field, e.message, e instanceof ValidationError, e instanceof Error); }
console.log(validate({ email: 'x' }));
validate({ name: 'no email' });
console.log('not reached');
