// Buffer and atob/btoa for base64 and hex round trips
const b = Buffer.from('héllo wörld');
console.log(b.length, b.toString('base64'), b.toString('hex').slice(0, 10));
console.log(Buffer.from('aGVsbG8=', 'base64').toString(), btoa('hello'), atob('aGVsbG8='));
console.log(Buffer.byteLength('😀'), Buffer.concat([Buffer.from('a'), Buffer.from('b')]).toString());
console.log(b.slice(0, 3), JSON.stringify(Buffer.from('hi')));
