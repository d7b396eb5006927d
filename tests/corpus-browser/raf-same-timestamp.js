// All rAF callbacks of one frame get the same timestamp; the next frame a later one.
// @host browser
const stamps = [];
const record = (name) => (t) => {
  stamps.push(t);
  console.log('callback', name);
  if (stamps.length === 3) {
    console.log('A and B share a timestamp:', String(stamps[0] === stamps[1]));
    console.log('C is later:', String(stamps[2] > stamps[1]));
  }
};
requestAnimationFrame((t) => {
  record('A')(t);
  requestAnimationFrame(record('C'));
});
requestAnimationFrame(record('B'));
