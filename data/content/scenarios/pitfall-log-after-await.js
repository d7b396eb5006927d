// @title Why is my log after await printed later?
// @host node
// @note await hands control back to the caller; the rest of the
// @note function resumes as a microtask.

async function save() {
  console.log('saving…');
  await Promise.resolve();
  console.log('saved');
}

save();
console.log('the caller keeps going');
Promise.resolve().then(() => console.log('an earlier pastry'));
