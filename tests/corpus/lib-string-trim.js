// trim, trimStart, trimEnd remove whitespace and line terminators
const s = ' \t\n hi there \u00a0\r\n';
console.log(JSON.stringify(s.trim()), JSON.stringify(s.trimStart()), JSON.stringify(s.trimEnd()));
console.log('[' + '   '.trim() + ']', '\ufeffbom'.trim().length);
console.log('x'.trimLeft === 'x'.trimStart, 'x'.trimRight === 'x'.trimEnd);
