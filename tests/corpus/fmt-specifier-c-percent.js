// %c consumes its argument and prints nothing; %% prints a single percent sign
console.log('%cstyled%c text', 'color: red', 'font-weight: bold');
console.log('100%% sure');
console.log('%% %s', 'x');
console.log('50%');
console.log('%', 'next');
console.log('%z unknown', 1);
console.log('%s%%', 99);
