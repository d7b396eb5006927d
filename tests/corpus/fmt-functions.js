// functions print as [Function: name], anonymous ones as [Function (anonymous)]
function named() {}
const arrow = () => {};
console.log(named, arrow, function () {}, () => {});
console.log([named, arrow], { cb: named, inline() {} });
console.log(async function af() {}, function* gf() {}, async function* agf() {}, async () => {});
console.log(named.bind(null), Math.max, console.log.name);
const withProps = function tagged() {};
withProps.extra = 1;
console.log(withProps);
console.log({ f: { g: { h: named } } });
