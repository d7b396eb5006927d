// A module namespace object: null prototype, sealed exports, @@toStringTag 'Module'.
import * as path from 'node:path';
import * as samePath from 'path';
import { inspect } from 'node:util';

console.log(inspect(path).split('\n')[0]);
console.log(path === samePath, path.default.sep === path.sep, Object.getPrototypeOf(path));
console.log(Object.prototype.toString.call(path), path[Symbol.toStringTag], Object.keys(path).includes('default'));
console.log(Object.isExtensible(path), Object.isSealed(path), Object.isFrozen(path));
console.log(Object.getOwnPropertyDescriptor(path, 'join'));
console.log(Object.getOwnPropertyDescriptor(path, Symbol.toStringTag));
const keys = Object.keys(path);
console.log(keys.every((k, i) => i === 0 || keys[i - 1] < k));

try { path.join = null; } catch (e) { console.log(e.constructor.name, e.message); }
try { path.extra = 1; } catch (e) { console.log(e.constructor.name, e.message); }
try { delete path.join; } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.defineProperty(path, 'join', { value: 1 }); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Reflect.defineProperty(path, 'join', { value: path.join }), Reflect.set(path, 'sep', '/'));
console.log(Reflect.deleteProperty(path, 'nothing'), 'join' in path, Reflect.ownKeys(path).at(-1));
console.log((await import('path')) === path);
