// invalid delays (negative, NaN, huge, strings) become 1ms and keep creation order
const order = [];
setTimeout(() => order.push('neg'), -100);
setTimeout(() => order.push('nan'), NaN);
setTimeout(() => order.push('str'), 'abc');
setTimeout(() => order.push('zero'), 0);
setTimeout(() => order.push('one'), 1);
setTimeout(() => order.push('undef'));
setTimeout(() => order.push('overflow'), 2 ** 31);
setTimeout(() => console.log(order.join(' ')), 30);
