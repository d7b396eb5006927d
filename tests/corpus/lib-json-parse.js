// JSON.parse of valid documents: numbers, unicode escapes, whitespace, nesting
console.log(JSON.parse('{"a":[1,2,{"b":null}],"c":"\\u0041\\n","d":-1.5e2,"e":true}'));
console.log(JSON.parse(' [ 1 , 2 ] '), JSON.parse('"str"'), JSON.parse('3'), JSON.parse('null'));
console.log(JSON.parse('{"__proto__": 1}').__proto__, Object.keys(JSON.parse('{"b":1,"a":2,"1":3}')));
console.log(JSON.parse('{"a":1,"a":2}').a, JSON.parse('1E3'), JSON.parse('-0'));
const round = { x: [1, 'two', { three: 3 }] };
console.log(JSON.stringify(JSON.parse(JSON.stringify(round))) === JSON.stringify(round));
