/* test-typedarray.c: ArrayBuffer, the typed arrays, DataView, Buffer,
 * TextEncoder/TextDecoder and atob/btoa, as whole scripts compared with
 * what Node 20 printed for them (generated from node, then kept as data). */
#include "script-case.h"

static const Case typed_array_cases[] = {
  { "construct-length",
    "console.log(new Uint8Array(3), new Float64Array(0), new Int32Array(2).length);",
    "Uint8Array(3) [ 0, 0, 0 ] Float64Array(0) [] 2\n",
    0 },
  { "construct-errors",
    "const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); } };\n"
    "t(() => new Uint8Array(-1));\n"
    "t(() => Uint8Array(2));\n"
    "t(() => new Uint16Array(new ArrayBuffer(3)));\n"
    "t(() => new Uint16Array(new ArrayBuffer(4), 1));\n"
    "t(() => new Uint16Array(new ArrayBuffer(4), 6));\n"
    "t(() => new Uint16Array(new ArrayBuffer(4), 2, 5));\n"
    "t(() => new (Object.getPrototypeOf(Int8Array))());\n"
    "t(() => new Uint8Array(2 ** 32 + 1));",
    "RangeError: Invalid typed array length: -1\n"
    "TypeError: Constructor Uint8Array requires 'new'\n"
    "RangeError: byte length of Uint16Array should be a multiple of 2\n"
    "RangeError: start offset of Uint16Array should be a multiple of 2\n"
    "RangeError: Start offset 6 is outside the bounds of the buffer\n"
    "RangeError: Invalid typed array length: 5\n"
    "TypeError: Abstract class TypedArray not directly constructable\n"
    "RangeError: Invalid typed array length: 4294967297\n",
    0 },
  { "conversions",
    "console.log(new Int8Array([127, 128, 255, -129, 1.9, -1.9, NaN, Infinity]));\n"
    "console.log(new Uint8ClampedArray([300, -5, 1.5, 2.5, 0.5, NaN, 254.5]));\n"
    "console.log(new Uint32Array([-1, 2 ** 32 + 5]), new Int16Array([40000]), new Float32Array([0.1, 1e40]));",
    "Int8Array(8) [\n"
    "  127, -128, -1, 127,\n"
    "    1,   -1,  0,   0\n"
    "]\n"
    "Uint8ClampedArray(7) [\n"
    "  255, 0,   2, 2,\n"
    "    0, 0, 254\n"
    "]\n"
    "Uint32Array(2) [ 4294967295, 5 ] Int16Array(1) [ -25536 ] Float32Array(2) [ 0.10000000149011612, Infinity ]\n",
    0 },
  { "from-iterable-arraylike",
    "console.log(new Uint8Array(new Set([1, 2, 3])), new Int8Array({ length: 2, 0: 5, 1: '7' }));\n"
    "console.log(Uint8Array.from([1, 2, 3], x => x * 2), Int16Array.of(1, -2, 3), Float64Array.from('123'));",
    "Uint8Array(3) [ 1, 2, 3 ] Int8Array(2) [ 5, 7 ]\n"
    "Uint8Array(3) [ 2, 4, 6 ] Int16Array(3) [ 1, -2, 3 ] Float64Array(3) [ 1, 2, 3 ]\n",
    0 },
  { "shared-buffer",
    "const buf = new ArrayBuffer(8);\n"
    "const a = new Uint8Array(buf), b = new Uint32Array(buf, 4, 1);\n"
    "b[0] = 0x01020304;\n"
    "console.log(a, a.buffer === b.buffer, b.byteOffset, b.byteLength);\n"
    "const s = a.subarray(2, 6); s.fill(9); console.log(a, s.length, s.byteOffset);",
    "Uint8Array(8) [\n"
    "  0, 0, 0, 0,\n"
    "  4, 3, 2, 1\n"
    "] true 4 4\n"
    "Uint8Array(8) [\n"
    "  0, 0, 9, 9,\n"
    "  9, 9, 2, 1\n"
    "] 4 2\n",
    0 },
  { "exotic-keys",
    "const a = new Uint8Array(2);\n"
    "a[5] = 1; a[-1] = 2; a['1.5'] = 3; a.foo = 4; a['-0'] = 5;\n"
    "console.log(Object.keys(a), a[5], a['1.5'], '1' in a, '2' in a, '-0' in a, 'foo' in a);\n"
    "console.log(Object.getOwnPropertyDescriptor(a, '0'), delete a[5], delete a.foo, JSON.stringify(a));\n"
    "try { Object.defineProperty(a, '0', { value: 1, writable: false }); } catch (e) { console.log(e.message); }\n"
    "try { Object.freeze(a); } catch (e) { console.log(e.message); }\n"
    "'use strict';\n"
    "a[9] = 1; console.log(a.length);",
    "[ '0', '1', 'foo' ] undefined undefined true false false true\n"
    "{ value: 0, writable: true, enumerable: true, configurable: true } true true {\"0\":0,\"1\":0}\n"
    "Cannot redefine property: 0\n"
    "Cannot freeze array buffer views with elements\n"
    "2\n",
    0 },
  { "methods-iteration",
    "const a = new Int16Array([5, -3, 8, 1]);\n"
    "console.log(a.map(x => x * 2), a.filter(x => x > 0), a.reduce((s, x) => s + x), a.reduceRight((s, x) => s + ',' + x, ''));\n"
    "console.log(a.find(x => x < 0), a.findIndex(x => x < 0), a.findLast(x => x > 0), a.findLastIndex(x => x > 100), a.every(x => x > -5), a.some(x => x > 7));\n"
    "const seen = []; a.forEach((x, i, arr) => seen.push(i + ':' + x + ':' + (arr === a))); console.log(seen.join(' '));\n"
    "console.log([...a.keys()], [...a.values()], [...a.entries()].join(';'));",
    "Int16Array(4) [ 10, -6, 16, 2 ] Int16Array(3) [ 5, 8, 1 ] 11 ,1,8,-3,5\n"
    "-3 1 1 -1 true true\n"
    "0:5:true 1:-3:true 2:8:true 3:1:true\n"
    "[ 0, 1, 2, 3 ] [ 5, -3, 8, 1 ] 0,5;1,-3;2,8;3,1\n",
    0 },
  { "methods-search-join",
    "const a = new Float64Array([1, NaN, -0, 3, 1]);\n"
    "console.log(a.indexOf(1), a.lastIndexOf(1), a.indexOf(NaN), a.includes(NaN), a.includes(0), a.indexOf(0), a.at(-1), a.at(9));\n"
    "console.log(a.join(), a.join(' | '), String(a), new Uint8Array([1, 234]).toLocaleString(), new Float32Array([1234.5]).toLocaleString());",
    "0 4 -1 true true 2 1 undefined\n"
    "1,NaN,0,3,1 1 | NaN | 0 | 3 | 1 1,NaN,0,3,1 1,234 1,234.5\n",
    0 },
  { "methods-mutating",
    "const a = new Uint8Array([1, 2, 3, 4, 5]);\n"
    "console.log(a.copyWithin(0, 3), a.reverse(), a.fill(7, 1, -1), a.slice(1, 3), a.slice(-2));\n"
    "const b = new Uint8Array(6); b.set([1, 2], 1); b.set(new Uint8Array([9, 8]), 4); console.log(b);\n"
    "const c = new Uint8Array([1, 2, 3, 4]); c.set(c.subarray(0, 3), 1); console.log(c);\n"
    "try { b.set([1, 2, 3], 5); } catch (e) { console.log(e.message); }",
    "Uint8Array(5) [ 5, 7, 7, 7, 4 ] Uint8Array(5) [ 5, 7, 7, 7, 4 ] Uint8Array(5) [ 5, 7, 7, 7, 4 ] Uint8Array(2) [ 7, 7 ] Uint8Array(2) [ 7, 4 ]\n"
    "Uint8Array(6) [ 0, 1, 2, 0, 9, 8 ]\n"
    "Uint8Array(4) [ 1, 1, 2, 3 ]\n"
    "offset is out of bounds\n",
    0 },
  { "methods-sort",
    "console.log(new Float64Array([3, -0, 0, NaN, -Infinity, 1, -5]).sort());\n"
    "console.log(new Int8Array([3, 1, 2]).sort((x, y) => y - x), new Uint8Array([10, 9, 100]).sort());\n"
    "const a = new Uint8Array([3, 1, 2]); console.log(a.toSorted(), a.toReversed(), a.with(0, 200), a, a.with(-1, 300));\n"
    "try { a.with(3, 1); } catch (e) { console.log(e.name, e.message); }\n"
    "try { a.sort('x'); } catch (e) { console.log(e.message); }",
    "Float64Array(7) [ -Infinity, -5, -0, 0, 1, 3, NaN ]\n"
    "Int8Array(3) [ 3, 2, 1 ] Uint8Array(3) [ 9, 10, 100 ]\n"
    "Uint8Array(3) [ 1, 2, 3 ] Uint8Array(3) [ 2, 1, 3 ] Uint8Array(3) [ 200, 1, 2 ] Uint8Array(3) [ 3, 1, 2 ] Uint8Array(3) [ 3, 1, 44 ]\n"
    "RangeError Invalid typed array index\n"
    "The comparison function must be either a function or undefined\n",
    0 },
  { "getters-and-tags",
    "const p = Object.getPrototypeOf(Uint8Array.prototype);\n"
    "console.log(Object.prototype.toString.call(new Uint8ClampedArray(1)), p[Symbol.toStringTag], Uint8Array.BYTES_PER_ELEMENT, Float64Array.prototype.BYTES_PER_ELEMENT);\n"
    "try { Object.getOwnPropertyDescriptor(p, 'length').get.call([]); } catch (e) { console.log(e.message); }\n"
    "try { p.fill.call([], 1); } catch (e) { console.log(e.message); }\n"
    "console.log(Uint8Array.name, Uint8Array.length, Object.getPrototypeOf(Int8Array) === Object.getPrototypeOf(Float32Array), ArrayBuffer.isView(new DataView(new ArrayBuffer(1))), ArrayBuffer.isView([]));",
    "[object Uint8ClampedArray] undefined 1 8\n"
    "Method get TypedArray.prototype.length called on incompatible receiver [object Array]\n"
    "this is not a typed array.\n"
    "Uint8Array 3 true true false\n",
    0 },
  { "subclass-species",
    "class My extends Uint8Array { sum() { return this.reduce((a, b) => a + b, 0); } }\n"
    "const m = new My([1, 2, 3]);\n"
    "console.log(m, m.sum(), m.map(x => x + 1) instanceof My, m.subarray(1).sum(), m.slice(0, 1));",
    "My(3) [Uint8Array] [ 1, 2, 3 ] 6 true 5 My(1) [Uint8Array] [ 1 ]\n",
    0 },
  { "bigint-arrays",
    "const a = new BigInt64Array([1n, -2n]); const b = new BigUint64Array(2); b[0] = -1n;\n"
    "console.log(a[1], b[0], typeof a[0], a.length, String(new BigInt64Array([5n, 6n])));\n"
    "try { a[0] = 1; } catch (e) { console.log(e.message); }\n"
    "try { new BigInt64Array([1]); } catch (e) { console.log(e.message); }",
    "-2n 18446744073709551615n bigint 2 5,6\n"
    "Cannot convert 1 to a BigInt\n"
    "Cannot convert 1 to a BigInt\n",
    0 },
  { "arraybuffer",
    "const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); } };\n"
    "const b = new ArrayBuffer(6); new Uint8Array(b).set([1, 2, 3, 4, 5, 6]);\n"
    "console.log(b.byteLength, new Uint8Array(b.slice(2, -1)), b.slice(-2).byteLength, b.resizable);\n"
    "const r = new ArrayBuffer(2, { maxByteLength: 8 }); const v = new Uint8Array(r); r.resize(5);\n"
    "console.log(r.resizable, r.maxByteLength, v.length, r.byteLength);\n"
    "t(() => new ArrayBuffer(-1));\n"
    "t(() => ArrayBuffer(1));\n"
    "t(() => r.resize(9));\n"
    "t(() => new ArrayBuffer(4, { maxByteLength: 2 }));\n"
    "t(() => ArrayBuffer.prototype.slice.call(1));",
    "6 Uint8Array(3) [ 3, 4, 5 ] 2 false\n"
    "true 8 5 5\n"
    "RangeError: Invalid array buffer length\n"
    "TypeError: Constructor ArrayBuffer requires 'new'\n"
    "RangeError: ArrayBuffer.prototype.resize: Invalid length parameter\n"
    "RangeError: Invalid array buffer max length\n"
    "TypeError: Method ArrayBuffer.prototype.slice called on incompatible receiver 1\n",
    0 },
  { "dataview",
    "const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); } };\n"
    "const dv = new DataView(new ArrayBuffer(16), 2, 12);\n"
    "dv.setInt16(0, -2); dv.setUint32(2, 0xdeadbeef, true); dv.setFloat64(4, Math.PI); dv.setBigInt64(4, -5n, true);\n"
    "console.log(dv.getInt16(0), dv.getUint16(0, true), dv.getUint32(2, true).toString(16), dv.getInt32(2), dv.getBigInt64(4, true), dv.getUint8(11));\n"
    "console.log(dv.byteLength, dv.byteOffset, dv.buffer.byteLength, Object.prototype.toString.call(dv));\n"
    "t(() => dv.getInt32(10));\n"
    "t(() => dv.getInt8(-1));\n"
    "t(() => new DataView({}));\n"
    "t(() => new DataView(new ArrayBuffer(2), 3));\n"
    "t(() => new DataView(new ArrayBuffer(2), 1, 5));\n"
    "t(() => DataView.prototype.getInt8.call({}, 0));",
    "-2 65279 fffbbeef -272696321 -5n 255\n"
    "12 2 16 [object DataView]\n"
    "RangeError: Offset is outside the bounds of the DataView\n"
    "RangeError: Offset is outside the bounds of the DataView\n"
    "TypeError: First argument to DataView constructor must be an ArrayBuffer\n"
    "RangeError: Start offset 3 is outside the bounds of the buffer\n"
    "RangeError: Invalid DataView length 5\n"
    "TypeError: Method DataView.prototype.getInt8 called on incompatible receiver undefined\n",
    0 },
  { "inspect",
    "console.log(new Uint8Array(30), [new Int8Array(0)], { f: new Float32Array([1.5, -0]) });\n"
    "console.log(new ArrayBuffer(3), new DataView(new ArrayBuffer(2), 1));\n"
    "console.log(new Uint16Array(120));\n"
    "const a = new Uint8Array(2); a.extra = true; console.log(a, require('util').inspect(new Uint8Array(2), { showHidden: true }));\n"
    "console.log(require('util').inspect(new ArrayBuffer(200), { maxArrayLength: 3 }), new BigUint64Array(1));",
    "Uint8Array(30) [\n"
    "  0, 0, 0, 0, 0, 0, 0, 0, 0,\n"
    "  0, 0, 0, 0, 0, 0, 0, 0, 0,\n"
    "  0, 0, 0, 0, 0, 0, 0, 0, 0,\n"
    "  0, 0, 0\n"
    "] [ Int8Array(0) [] ] { f: Float32Array(2) [ 1.5, -0 ] }\n"
    "ArrayBuffer { [Uint8Contents]: <00 00 00>, byteLength: 3 } DataView {\n"
    "  byteLength: 1,\n"
    "  byteOffset: 1,\n"
    "  buffer: ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 }\n"
    "}\n"
    "Uint16Array(120) [\n"
    "  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n"
    "  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n"
    "  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n"
    "  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n"
    "  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n"
    "  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n"
    "  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n"
    "  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n"
    "  0, 0, 0, 0,\n"
    "  ... 20 more items\n"
    "]\n"
    "Uint8Array(2) [ 0, 0, extra: true ] Uint8Array(2) [\n"
    "  0,\n"
    "  0,\n"
    "  [BYTES_PER_ELEMENT]: 1,\n"
    "  [length]: 2,\n"
    "  [byteLength]: 2,\n"
    "  [byteOffset]: 0,\n"
    "  [buffer]: ArrayBuffer { byteLength: 2 }\n"
    "]\n"
    "ArrayBuffer {\n"
    "  [Uint8Contents]: <00 00 00 ... 197 more bytes>,\n"
    "  byteLength: 200\n"
    "} BigUint64Array(1) [ 0n ]\n",
    0 },
  { "structured-clone-json",
    "const buf = new ArrayBuffer(4); const a = new Uint8Array(buf, 1, 2); a[0] = 7;\n"
    "const c = structuredClone({ a, b: new Uint16Array(buf), d: new DataView(buf) });\n"
    "console.log(c.a, c.a.buffer === c.b.buffer, c.b.length, c.d.byteLength, JSON.stringify(a), JSON.stringify({ x: new Float64Array([0.5]) }));",
    "Uint8Array(2) [ 7, 0 ] true 2 4 {\"0\":7,\"1\":0} {\"x\":{\"0\":0.5}}\n",
    0 },
  { "buffer-basics",
    "const b = Buffer.from('h\\u00e9llo w\\u00f6rld');\n"
    "console.log(b.length, b.toString('base64'), b.toString('hex'), b.toString('latin1'), b.toString('utf8', 1, 3));\n"
    "console.log(Buffer.from('aGk=', 'base64'), Buffer.from('6869', 'hex').toString(), Buffer.from('hi', 'utf16le'), Buffer.from('\\u20ac').toString('base64url'));\n"
    "console.log(Buffer.alloc(3, 'ab'), Buffer.concat([Buffer.from('a'), Buffer.from('bc')]).toString(), Buffer.byteLength('\\ud83d\\ude00'), Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(1)));\n"
    "console.log(JSON.stringify(Buffer.from('hi')), b.slice(0, 3), b.subarray(1, 2) instanceof Buffer, Buffer.alloc(60));",
    "13 aMOpbGxvIHfDtnJsZA== 68c3a96c6c6f2077c3b6726c64 h\303\203\302\251llo w\303\203\302\266rld \303\251\n"
    "<Buffer 68 69> hi <Buffer 68 00 69 00> 4oKs\n"
    "<Buffer 61 62 61> abc 4 true false\n"
    "{\"type\":\"Buffer\",\"data\":[104,105]} <Buffer 68 c3 a9> true <Buffer 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 10 more bytes>\n",
    0 },
  { "buffer-read-write",
    "const b = Buffer.alloc(12);\n"
    "console.log(b.writeUInt32BE(0xdeadbeef, 0), b.writeInt16LE(-2, 4), b.writeDoubleLE(1.5, 4), b.writeUInt8(255, 11));\n"
    "console.log(b, b.readUInt32BE(0).toString(16), b.readInt8(11), b.readDoubleLE(4), b.readUint16LE(0));\n"
    "for (const f of [() => b.readUInt32LE(10), () => b.writeUInt8(256, 0), () => b.readInt8('1'), () => Buffer.alloc(1).readUInt16LE(), () => Buffer.from('x', 'nope'), () => Buffer.from(5)]) try { f(); } catch (e) { console.log(e.name, e.code, e.message); }",
    "4 6 12 12\n"
    "<Buffer de ad be ef 00 00 00 00 00 00 f8 ff> deadbeef -1 NaN 44510\n"
    "RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 and <= 8. Received 10\n"
    "RangeError ERR_OUT_OF_RANGE The value of \"value\" is out of range. It must be >= 0 and <= 255. Received 256\n"
    "TypeError ERR_INVALID_ARG_TYPE The \"offset\" argument must be of type number. Received type string ('1')\n"
    "RangeError ERR_BUFFER_OUT_OF_BOUNDS Attempt to access memory outside buffer bounds\n"
    "TypeError ERR_UNKNOWN_ENCODING Unknown encoding: nope\n"
    "TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type number (5)\n",
    0 },
  { "buffer-search-compare",
    "const b = Buffer.from('hello world');\n"
    "console.log(b.indexOf('o'), b.indexOf('o', 5), b.lastIndexOf('o'), b.includes('wor'), b.indexOf(0x77), b.indexOf(Buffer.from('ld')));\n"
    "console.log(Buffer.compare(Buffer.from('a'), Buffer.from('b')), b.equals(Buffer.from('hello world')), Buffer.from('abc').compare(Buffer.from('abd')));\n"
    "const w = Buffer.alloc(5); console.log(w.write('h\\u00e9llo'), w, w.write('zz', 1, 'hex'), [...Buffer.from('ab')], require('buffer').Buffer === Buffer);",
    "4 7 7 true 6 9\n"
    "-1 true -1\n"
    "5 <Buffer 68 c3 a9 6c 6c> 0 [ 97, 98 ] true\n",
    0 },
  { "textcodec",
    "const enc = new TextEncoder();\n"
    "const bytes = enc.encode('\\u20acuro \\ud83d\\ude00\\ud800');\n"
    "console.log(bytes, enc.encoding, new TextDecoder().decode(bytes), enc.encodeInto('h\\u20acllo', new Uint8Array(3)));\n"
    "const d = new TextDecoder();\n"
    "console.log(d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff, 0xc3])), d.decode(new Uint8Array([0xed, 0xa0, 0x80, 0xe0, 0x80, 0x41])), [d.decode(new Uint8Array([0xe2, 0x82]), { stream: true }), d.decode(new Uint8Array([0xac]))]);\n"
    "console.log(new TextDecoder('utf-16le').decode(new Uint8Array([0x3d, 0xd8, 0x00, 0xde])), new TextDecoder('latin1').encoding, d, enc);\n"
    "try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0x80])); } catch (e) { console.log(e.name, e.code, e.message); }\n"
    "try { new TextDecoder('nope'); } catch (e) { console.log(e.name, e.code, e.message); }",
    "Uint8Array(14) [\n"
    "  226, 130, 172, 117,\n"
    "  114, 111,  32, 240,\n"
    "  159, 152, 128, 239,\n"
    "  191, 189\n"
    "] utf-8 \342\202\254uro \360\237\230\200\357\277\275 { read: 1, written: 1 }\n"
    "A\357\277\275\357\277\275 \357\277\275\357\277\275\357\277\275\357\277\275\357\277\275A [ '', '\342\202\254' ]\n"
    "\360\237\230\200 windows-1252 TextDecoder { encoding: 'utf-8', fatal: false, ignoreBOM: false } { encoding: 'utf-8' }\n"
    "TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8\n"
    "RangeError ERR_ENCODING_NOT_SUPPORTED The \"nope\" encoding is not supported\n",
    0 },
  { "atob-btoa",
    "console.log(btoa('hello'), atob('aGVsbG8='), atob(' aGVs bG8 '), btoa(String.fromCharCode(255, 0)));\n"
    "for (const s of ['a', 'ab$c', 'aGVsbG8=a']) try { atob(s); } catch (e) { console.log(e.name, e.code, e.message); }\n"
    "try { btoa('\\u20ac'); } catch (e) { console.log(e.name, e.message); }\n"
    "try { atob(); } catch (e) { console.log(e.name, e.code, e.message); }",
    "aGVsbG8= hello hello /wA=\n"
    "InvalidCharacterError 5 The string to be decoded is not correctly encoded.\n"
    "InvalidCharacterError 5 Invalid character\n"
    "InvalidCharacterError 5 Invalid character\n"
    "InvalidCharacterError Invalid character\n"
    "TypeError ERR_MISSING_ARGS The \"input\" argument must be specified\n",
    0 },
  { "util-types",
    "const { types } = require('util'); const a = new Uint8Array(1);\n"
    "console.log(types.isTypedArray(a), types.isUint8Array(Buffer.from('x')), types.isUint8Array(new Int8Array(1)), types.isArrayBuffer(a.buffer), types.isAnyArrayBuffer(a), types.isDataView(new DataView(a.buffer)), types.isArrayBufferView(a), types.isArrayBufferView([]));",
    "true true false true false true true false\n",
    0 },
  { "resizable-out-of-bounds",
    "const rab = new ArrayBuffer(8, { maxByteLength: 16 });\n"
    "const track = new Uint16Array(rab), fixed = new Uint8Array(rab, 2, 4), it = fixed.values();\n"
    "it.next(); rab.resize(3);\n"
    "console.log(track.length, fixed.length, fixed.byteOffset, fixed[0], fixed.subarray(0));\n"
    "for (const f of [() => fixed.at(0), () => fixed.join(), () => [...fixed], () => it.next(), () => fixed.fill(1)]) try { f(); } catch (e) { console.log(e.message); }\n"
    "rab.resize(16); console.log(track.length, fixed.length, track.map((x, i) => { if (i === 2) rab.resize(2); return i; }));\n"
    "class A extends Uint8Array { static get [Symbol.species]() { return Array; } }\n"
    "try { new A(2).map(x => x); } catch (e) { console.log(e.message); }\n"
    "try { Uint8Array.from.call(Array, [1]); } catch (e) { console.log(e.message); }",
    "1 0 0 undefined Uint8Array(0) []\n"
    "Cannot perform %TypedArray%.prototype.at on a detached ArrayBuffer\n"
    "Cannot perform %TypedArray%.prototype.join on a detached ArrayBuffer\n"
    "Cannot perform %TypedArray%.prototype.values on a detached ArrayBuffer\n"
    "Cannot perform Array Iterator.prototype.next on a detached ArrayBuffer\n"
    "Cannot perform %TypedArray%.prototype.fill on a detached ArrayBuffer\n"
    "8 4 Uint16Array(8) [\n"
    "  0, 1, 2, 3,\n"
    "  4, 5, 6, 7\n"
    "]\n"
    "Method %TypedArray%.prototype.map called on incompatible receiver [object Array]\n"
    "Method %TypedArray%.from called on incompatible receiver [object Array]\n",
    0 },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  add_cases ("/engine/typedarray", typed_array_cases, G_N_ELEMENTS (typed_array_cases));
  return g_test_run ();
}
