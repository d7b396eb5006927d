// + with strings concatenates; other operators convert to numbers
console.log(1 + '2', '1' + 2, 1 + 2 + '3', '1' + 2 + 3, 1 + +'2');
console.log('3' - 1, '3' * '4', '10' / '4', '7' % '4', -'5');
console.log([] + [], [] + {}, [1] + [2], {} + 'x', null + 'x', undefined + 'x');
console.log(true + true, true + '1', 1 + null, 1 + undefined);
console.log('b' + 'a' + +'a' + 'a');
console.log(+'', +' ', +'\n', +[], +[5], +[1, 2], +{}, +'12px', +'0x1f', +'1_000');
