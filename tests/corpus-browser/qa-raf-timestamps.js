// Callbacks of one frame share a timestamp; the next frame's is larger.
// @host browser
let t1;
requestAnimationFrame((t) => { t1 = t; console.log('arg type:', typeof t); });
requestAnimationFrame((t) => {
  console.log('same frame, same time:', String(t === t1));
  requestAnimationFrame((t2) => console.log('next frame later:', String(t2 > t)));
});
