// calling something that is not a function: TypeError messages name the expression
const obj = { notFn: 5 };
let undef;
const attempts = [
  () => undef(),
  () => obj.missing(),
  () => obj.notFn(),
  () => obj['notFn'](),
  () => (1, obj.missing)(),
  () => null(),
  () => 'str'(),
  () => obj.nested.call(),
];
for (const f of attempts) {
  try {
    f();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
