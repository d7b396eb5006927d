// timers of different durations created together run by due time, ties by creation
setTimeout(() => console.log('50 a'), 50);
setTimeout(() => console.log('20'), 20);
setTimeout(() => console.log('50 b'), 50);
setTimeout(() => console.log('100'), 100);
setTimeout(() => console.log('20 b'), 20);
setTimeout(() => console.log('1'), 1);
