// res.json() on a body that is not JSON rejects with a SyntaxError.
// @host browser
// @fetch /text 100ms 200 not json at all
fetch('/text')
  .then((res) => res.json())
  .then(() => console.log('parsed (never)'))
  .catch((e) => console.log('caught', e.name, e.message));
