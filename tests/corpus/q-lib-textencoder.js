// TextEncoder/TextDecoder byte counts for non-ASCII text
const enc = new TextEncoder();
const bytes = enc.encode('€uro 😀');
console.log(bytes.length, Array.from(bytes.slice(0, 3)));
console.log(new TextDecoder().decode(bytes), enc.encoding);
console.log(new TextEncoder().encode('').length, typeof TextDecoder);
