// objects with many short keys and with a few long values wrap at 80 columns
const config = { host: 'localhost', port: 8080, secure: false, retries: 3, timeout: 1500, verbose: true, mode: 'dev' };
console.log(config);
const wide = { alpha: 'aaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbbbb', gamma: 'cccccccccccccc', delta: 'dd' };
console.log(wide);
const short = { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13, n: 14, o: 15, p: 16, q: 17, r: 18, s: 19, t: 20, u: 21, v: 22, w: 23, x: 24, y: 25, z: 26, aa: 27 };
console.log(short);
console.log({ nested: config, list: [config.host, config.port] });
