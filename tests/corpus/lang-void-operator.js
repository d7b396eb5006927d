// void evaluates its operand and returns undefined
let side = 0;
console.log(void 0, void 'x', void side++, side);
console.log(void 0 === undefined);
const f = () => void console.log('logged');
console.log(f());
