const account = {
  _balance: 0, history: [],
  get balance() { return `$${this._balance.toFixed(2)}`; },
  set balance(v) { if (v < 0) throw new RangeError('negative'); this.history.push(v); this._balance = v; },
};
account.balance = 10; account.balance = 5.5;
try { account.balance = -1; } catch (e) { console.log(e.message); }
console.log(account.balance, account.history, Object.getOwnPropertyDescriptor(account, 'balance').set.name);
const child = Object.create(account);
child.balance = 99;
console.log(child._balance, account._balance, Object.keys(child), child.hasOwnProperty('balance'));
const ro = { get only() { return 1; } };
ro.only = 2; console.log(ro.only);
(function () { 'use strict'; try { ro.only = 3; } catch (e) { console.log(e.message); } })();
const setOnly = { set val(v) { this._v = v; } };
console.log(setOnly.val, (setOnly.val = 4), setOnly._v);
class Temp {
  #c = 0;
  get f() { return this.#c * 9 / 5 + 32; }
  set f(v) { this.#c = (v - 32) * 5 / 9; }
  static get unit() { return 'C'; }
}
const t = new Temp(); t.f = 212;
console.log(t.f, Temp.unit, Object.keys(t), 'f' in t, Object.getOwnPropertyNames(Temp.prototype));
const o = {};
Object.defineProperty(o, 'computed', { get() { return this.x * 2; }, enumerable: true, configurable: true });
o.x = 21;
console.log(o.computed, o, JSON.stringify(o), { ...o }, Object.assign({}, o));
let count = 0;
const lazy = { get value() { const v = ++count; Object.defineProperty(this, 'value', { value: v, writable: false }); return v; } };
console.log(lazy.value, lazy.value, count, lazy);
