// json() errors: the parser's message under the method's name, except for a null body.
// @host browser
const cases = [['empty string', ''], ['null body', null], ['space', ' '], ['open brace', '{'], ['word', 'abc'], ['trailing', '{"a":1}x']];
for (const [name, body] of cases) {
  new Response(body).json().then(() => console.log(name, 'ok'), (e) => console.log(name, e.name + ':', e.message));
}
