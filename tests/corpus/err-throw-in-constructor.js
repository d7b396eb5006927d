// an exception in a constructor means no object is created
let created = null;
class Fragile {
  constructor(ok) {
    if (!ok) throw new Error('refusing to construct');
    this.ok = ok;
  }
}
try {
  created = new Fragile(false);
} catch (e) {
  console.log(e.message, created);
}
created = new Fragile(true);
console.log(created);
class Child extends Fragile {
  constructor() { super(false); console.log('never'); }
}
try { new Child(); } catch (e) { console.log('child:', e.message); }
