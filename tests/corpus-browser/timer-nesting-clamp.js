// From the 7th nested setTimeout on (nesting level > 5), delays under 4 ms become 4 ms.
// @host browser
// Each call schedules a 3 ms timer, then a 0 ms timer; the later of the two
// schedules the next pair. Unclamped, the 0 ms timer fires first; clamped,
// both are due in 4 ms and creation order decides.
function pair(depth) {
  let first = null;
  const done = (name) => {
    if (first === null) {
      first = name;
      return;
    }
    console.log('depth', depth, 'first:', first);
    if (depth < 9) pair(depth + 1);
  };
  setTimeout(() => done('3 ms timer'), 3);
  setTimeout(() => done('0 ms timer'), 0);
}
pair(1);
