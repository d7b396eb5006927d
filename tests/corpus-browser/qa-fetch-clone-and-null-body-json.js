// A cloned response can be read twice; json() of an empty 204 body rejects with a SyntaxError.
// @host browser
// @fetch /data 100ms 200 {"n":5}
// @fetch /empty 150ms 204
fetch('/data').then(async (res) => {
  const copy = res.clone();
  const [a, b] = await Promise.all([res.json(), copy.text()]);
  console.log('json n', a.n, 'text', b);
});
fetch('/empty').then((res) => res.json()).catch((e) => console.log(e.name + ':', e.message));
