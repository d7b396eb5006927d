// accessors defined on a prototype run with this = the instance
const proto = {
  get full() { return this.first + ' ' + this.last; },
  set full(v) { [this.first, this.last] = v.split(' '); },
};
const p = Object.create(proto);
p.full = 'Ada Lovelace';
console.log(p.first, p.last, p.full);
console.log(Object.keys(p));
const q = Object.create(proto, { first: { value: 'Q', enumerable: true }, last: { value: 'R', enumerable: true } });
console.log(q.full);
console.log(Object.getOwnPropertyNames(proto));
