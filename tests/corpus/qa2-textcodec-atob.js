const enc = new TextEncoder();
const bytes = enc.encode('a€😀');
console.log(bytes, bytes.length, enc.encoding);
const dec = new TextDecoder();
console.log(dec.decode(bytes), dec.encoding, new TextDecoder('utf-8').decode(new Uint8Array([0xe2, 0x82])));
console.log(JSON.stringify(new TextDecoder().decode(new Uint8Array([0xff, 0x41]))));
console.log(enc.encodeInto('héllo', new Uint8Array(4)));
console.log(btoa('hello world'), atob('aGVsbG8gd29ybGQ='), btoa(''), atob(' aGk= '));
try { btoa('€'); } catch (e) { console.log(e.name, e.message); }
try { atob('a'); } catch (e) { console.log(e.name, e.message); }
console.log(btoa(String.fromCharCode(255, 254)), atob('//4=').charCodeAt(0));
console.log(new TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])).length);
console.log(new TextDecoder().decode(enc.encode('x').buffer));
