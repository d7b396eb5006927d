// A string passed to setTimeout is compiled and run as a script when the timer fires.
// @host browser
var counter = 1;
setTimeout('counter += 10; console.log("string timer, counter", counter)', 20);
setTimeout(() => console.log('function timer, counter', counter), 10);
setTimeout(() => console.log('after, counter', counter), 40);
