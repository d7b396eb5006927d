// RegExp exec loop with the g flag and capture groups
const re = /(\w+)=(\d+)/g;
const text = 'a=1, bb=22; ccc=333';
let m;
while ((m = re.exec(text)) !== null) {
  console.log(m[1], m[2], m.index, re.lastIndex);
}
console.log(re.lastIndex, /(a)|(b)/.exec('b'));
console.log('no match'.match(/xyz/), 'aaa'.match(/a/g), 'ABC'.search(/b/i));
console.log(/^\d{3}-\d{4}$/.test('555-1234'), /^[\w.]+@\w+\.\w{2,}$/.test('me@site.io'));
