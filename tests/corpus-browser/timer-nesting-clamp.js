// In a chain of timers set by timers, delays under 4 ms become 4 ms from the 7th link on.
// @host browser
// Link n sets a 3 ms timer, then a 0 ms timer; the later of the two sets
// link n + 1 (HTML clamps when the nesting level is over 5). Unclamped, the
// 0 ms timer fires first; clamped, both are due in 4 ms and creation order
// decides.
function pair(depth) {
  let first = null;
  const done = (name) => {
    if (first === null) {
      first = name;
      return;
    }
    console.log('link', depth, 'first:', first);
    if (depth < 9) pair(depth + 1);
  };
  setTimeout(() => done('3 ms timer'), 3);
  setTimeout(() => done('0 ms timer'), 0);
}
pair(1);
