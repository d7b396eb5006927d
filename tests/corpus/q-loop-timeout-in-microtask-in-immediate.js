// timers created in microtasks of an immediate run on a later turn after the next immediate
setImmediate(() => {
  console.log('imm 1');
  Promise.resolve().then(() => setTimeout(() => console.log('timeout from micro'), 30));
  setImmediate(() => console.log('imm 2'));
});
