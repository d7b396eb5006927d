// throwing a non-Error value uncaught also exits with code 1
console.log('about to throw a string');
try {
  throw 'caught string';
} catch (s) {
  console.log('first one caught:', s);
}
throw 'just a string';
