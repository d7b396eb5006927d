// Race two mirrors and abort the loser once the winner answers.
// @host browser
// @fetch /mirror-a 300ms 200 from A
// @fetch /mirror-b 100ms 200 from B
async function fastest(urls) {
  const controllers = urls.map(() => new AbortController());
  const attempts = urls.map((url, i) =>
    fetch(url, { signal: controllers[i].signal }).then((res) => res.text()).catch((err) => {
      console.log(url, 'gave up:', err.name);
      throw err;
    }));
  const winner = await Promise.any(attempts);
  controllers.forEach((c) => c.abort());
  return winner;
}
fastest(['/mirror-a', '/mirror-b']).then((body) => console.log('winner:', body));
