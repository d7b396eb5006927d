// @title Cancelling with a token
// @host node
// @note Work that cannot be aborted checks a shared token between steps
// @note and stops early when asked.

function createToken() {
  const token = { cancelled: false, cancel() { token.cancelled = true; } };
  return token;
}

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

async function bakeBatch(token, onTray) {
  for (let i = 1; i <= 5; i++) {
    if (token.cancelled) {
      console.log('stopped before tray', i);
      return 'cancelled';
    }
    await delay(30);
    console.log('tray', i, 'baked');
    onTray(i);
  }
  return 'finished';
}

const token = createToken();
const customerLeaves = (tray) => {
  if (tray === 2) {
    setTimeout(() => {
      console.log('the customer cancels');
      token.cancel();
    }, 0);
  }
};
bakeBatch(token, customerLeaves).then((result) => console.log('result:', result));
