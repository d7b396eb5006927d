// json() on a body that is not JSON rejects with a SyntaxError.
// @host browser
// @fetch /not-json 100ms 200 hello bakery
fetch('/not-json')
  .then((res) => res.json())
  .then(() => console.log('never'))
  .catch((err) => console.log('json() failed:', err.name));
