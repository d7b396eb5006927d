// parseInt / parseFloat / Number() differences
console.log(parseInt('42px'), parseInt('  -17 '), parseInt('0x1A'), parseInt('1e3'), parseInt(''));
console.log(parseInt('08'), parseInt('101', 2), parseInt('z', 36), parseInt('9', 8), parseInt(0.0000005));
console.log(parseFloat('3.14abc'), parseFloat('.5'), parseFloat('-.5e2'), parseFloat('Infinityx'), parseFloat('x1'));
console.log(Number('42px'), Number(''), Number(' '), Number('0x1A'), Number(null), Number(undefined), Number([]), Number(['7']));
console.log(Number.parseInt === parseInt, Number.parseFloat === parseFloat);
console.log(parseInt('123', 0), parseInt('123', 1), parseInt('123', 37), parseInt(null, 36));
