// every proxy trap is called with the spec's arguments
const log = [];
const target = { a: 1 };
const handler = {};
for (const trap of ['get', 'set', 'has', 'deleteProperty', 'ownKeys', 'getOwnPropertyDescriptor',
  'defineProperty', 'getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions']) {
  handler[trap] = function (...args) {
    log.push(trap + '(' + args.slice(1).map((a) => typeof a === 'object' && a !== null ? (a === p ? 'proxy' : JSON.stringify(a)) : String(a)).join(', ') + ')');
    return Reflect[trap](...args);
  };
}
const p = new Proxy(target, handler);
p.a; p.b = 2; 'a' in p; delete p.b;
Object.keys(p);
Object.getOwnPropertyDescriptor(p, 'a');
Object.defineProperty(p, 'c', { value: 3, enumerable: true });
Object.getPrototypeOf(p);
Object.setPrototypeOf(p, Object.prototype);
Object.isExtensible(p);
Object.preventExtensions(p);
for (const line of log) console.log(line);
console.log(target);
