// @title Promise.any wants one success
// @host node
// @note Rejections are ignored until every input has rejected;
// @note then it rejects with an AggregateError holding all the reasons.

const fail = (why, ms) => new Promise((_, reject) => setTimeout(() => reject(new Error(why)), ms));
const win = (what, ms) => new Promise((resolve) => setTimeout(() => resolve(what), ms));

Promise.any([fail('no flour', 5), win('croissant', 20), win('bagel', 30)])
  .then((v) => console.log('first success:', v));

Promise.any([fail('no flour', 5), fail('no sugar', 10)])
  .catch((e) => {
    console.log(e.name, e.errors.length);
    for (const err of e.errors) console.log(' -', err.message);
  });
