const money = {
  amount: 42, currency: 'EUR',
  [Symbol.toPrimitive](hint) { console.log('hint', hint); return hint === 'number' ? this.amount : hint === 'string' ? `${this.amount} ${this.currency}` : 'default!'; },
};
console.log(+money, `${money}`, money + '', money * 2, money == 'default!', String(money), [money] + '', money > 40);
const legacy = { valueOf() { console.log('valueOf'); return 10; }, toString() { console.log('toString'); return 'str'; } };
console.log(legacy + 1, `${legacy}`, legacy * 1, String(legacy), legacy + '', { [legacy]: 1 });
const onlyToString = { toString: () => '7' };
console.log(onlyToString * 2, onlyToString + 1, +onlyToString, onlyToString == 7);
const bad = { valueOf: () => ({}), toString: () => ({}) };
try { bad + 1; } catch (e) { console.log(e.message); }
const badPrim = { [Symbol.toPrimitive]: () => ({}) };
try { `${badPrim}`; } catch (e) { console.log(e.message); }
try { ({ [Symbol.toPrimitive]: 1 }) + 1; } catch (e) { console.log(e.message); }
console.log([] + [], [] + {}, ({}) + [], 1 + [2], 1 - '1', '3' * '4', true + 1, null + 1, undefined + 1, [2] * [3], '5' - - '2');
console.log([] == false, [0] == false, [1] == '1', null == 0, null >= 0, undefined == null, NaN != NaN, '' == 0, '0' == false, [[]] == 0);
const d = new Date(0);
console.log(typeof (d + 1), typeof (d - 1), d[Symbol.toPrimitive]('number'));
class Temperature { constructor(c) { this.c = c; } valueOf() { return this.c; } toString() { return `${this.c}°C`; } }
const t = new Temperature(20);
console.log(t + 5, `${t}`, t > new Temperature(10), [new Temperature(3), new Temperature(1)].sort((a, b) => a - b).join(), String([t]));
