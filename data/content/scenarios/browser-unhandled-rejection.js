// @title A top-level handler for unhandled rejections
// @host browser
// @note A page keeps running after an unhandled rejection; the
// @note unhandledrejection event is the last place to log it.

window.addEventListener('unhandledrejection', (event) => {
  console.log('top-level handler:', event.reason.message);
  event.preventDefault();
});

async function loadOven() {
  throw new Error('oven is cold');
}

loadOven();
console.log('the page goes on');
setTimeout(() => console.log('timer still runs'), 200);
