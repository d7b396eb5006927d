// await inside finally delays completion; its value is discarded
async function f() {
  try {
    return 'try value';
  } finally {
    console.log('finally start');
    await new Promise(r => setTimeout(r, 5));
    console.log('finally after await');
  }
}
f().then(v => console.log('resolved:', v));
console.log('sync');
