// @host browser
// `%` with NaN or a large operand: the integer fast path converted the
// operands to gint32 before testing their range (UBSan: float-cast-overflow).
// Found as `button%addEventListener(...)` in a click scenario.
const button = document.querySelector('#button');
console.log(button % 2, 7 % NaN, NaN % 3, 1e10 % 7, -1e300 % 3, 5 % 1e10, 2147483648 % 5);
console.log(new Uint8Array(2)[1e10], new Uint8Array(2)[4294967296], new Uint8Array(2)[NaN]);
