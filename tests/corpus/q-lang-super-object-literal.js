// super inside object literal methods uses the home object's prototype
const base = { greet() { return 'base hi from ' + this.name; }, get kind() { return 'base'; } };
const child = {
  __proto__: base,
  name: 'child',
  greet() { return 'child -> ' + super.greet(); },
  get kind() { return 'child of ' + super.kind; },
};
console.log(child.greet(), child.kind);
const borrowed = { name: 'other', greet: child.greet };
console.log(borrowed.greet());
const other = Object.setPrototypeOf({ name: 'x', greet() { return super.greet ? 'has' : 'none'; } }, {});
console.log(other.greet());
