// a return (or throw) in finally overrides the try's return or exception
function a() {
  try { return 'try'; } finally { return 'finally'; }
}
function b() {
  try { throw new Error('lost'); } finally { return 'finally wins over throw'; }
}
function c() {
  let x = 1;
  try { return x; } finally { x = 2; }
}
function d() {
  try { return 'try'; } finally { console.log('finally runs before return'); }
}
function e() {
  for (let i = 0; i < 3; i++) {
    try { continue; } finally { console.log('finally in loop', i); }
  }
  return 'e';
}
console.log(a());
console.log(b());
console.log(c());
console.log(d());
console.log(e());
