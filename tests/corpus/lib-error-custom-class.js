// custom Error subclasses: name, instanceof, extra fields
class ValidationError extends Error {
  constructor(field, message) {
    super(message);
    this.name = 'ValidationError';
    this.field = field;
  }
}
class RequiredError extends ValidationError {
  constructor(field) { super(field, `${field} is required`); this.name = 'RequiredError'; }
}
try {
  throw new RequiredError('email');
} catch (e) {
  console.log(e.name, e.message, e.field);
  console.log(e instanceof RequiredError, e instanceof ValidationError, e instanceof Error);
  console.log(String(e), Object.prototype.toString.call(e));
}
