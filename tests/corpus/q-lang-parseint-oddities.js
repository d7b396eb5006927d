// parseInt and parseFloat oddities from quizzes
console.log(['1', '2', '3'].map(parseInt));
console.log(['10', '10', '10', '10'].map(parseInt));
console.log(parseInt(0.0000005), parseInt('0.0000005'), parseInt(1e21));
console.log(parseInt('123abc'), parseInt('abc'), parseInt('  -42px'), parseInt('0x1A'), parseInt('0x1A', 10));
console.log(parseInt('z', 36), parseInt('Infinity'), parseInt(null, 36), parseInt('11', 2), parseInt('12', 2));
console.log(parseFloat('3.14.15'), parseFloat('.5e3x'), parseFloat('-Infinityx'), parseFloat('1e'), parseFloat(''));
console.log(Number.parseInt === parseInt, parseInt('  0010'), parseInt('-0'), 1 / parseInt('-0'));
console.log(['1.5', '2e3', '08'].map(Number), ['1.5', '2e3', '08'].map(parseFloat));
