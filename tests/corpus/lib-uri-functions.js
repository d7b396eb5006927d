// encodeURIComponent / encodeURI / decodeURIComponent and URIError
console.log(encodeURIComponent('a b&c=d/é?'), encodeURI('http://x.org/a b?q=1&r=é#h'));
console.log(decodeURIComponent('a%20b%26%C3%A9'), decodeURI('%41%2F'));
try {
  decodeURIComponent('%');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  encodeURIComponent('\ud800');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
