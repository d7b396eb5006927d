// a caught error rethrown from catch is uncaught and exits with code 1
try {
  null.f();
} catch (e) {
  console.log('caught:', e.message);
  throw new Error('rethrown', { cause: e });
}
