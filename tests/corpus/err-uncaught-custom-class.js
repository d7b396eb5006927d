// an uncaught custom error subclass exits with code 1
class AppError extends Error {
  constructor(msg) { super(msg); this.name = 'AppError'; }
}
console.log('init');
try {
  throw new AppError('handled one');
} catch (e) {
  console.log('caught', e.name, e.message);
}
throw new AppError('fatal one');
