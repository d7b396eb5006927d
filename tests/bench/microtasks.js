// async: 1,000,000 microtasks, each queueing the next.
var count = 0;
function tick() {
  count++;
  if (count < 1000000)
    queueMicrotask(tick);
  else
    print(count);
}
queueMicrotask(tick);
