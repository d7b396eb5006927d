// string arrays with more than 6 items are grouped with left alignment
console.log(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
console.log(['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew']);
console.log('lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor'.split(' '));
console.log(Array.from({ length: 8 }, (_, i) => 'x'.repeat(i + 1)));
