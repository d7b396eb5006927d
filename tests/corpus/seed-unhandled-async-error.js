// seed: an async function throwing with no try/catch and no caller .catch is an unhandled rejection (exit 1)
async function save() {
  console.log('saving...');
  throw new Error('disk full');
}
save();
console.log('caller moved on without catching');
