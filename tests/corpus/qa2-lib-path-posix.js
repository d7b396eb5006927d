const path = require('path');
const files = ['/srv/app/src/index.js', '/srv/app/README.md', '/srv/app/.env', '/srv/app/lib/util.test.js', '/srv/app/dist/'];
for (const f of files) console.log(f, '->', path.dirname(f), path.basename(f), path.extname(f), path.basename(f, path.extname(f)));
console.log(path.join('/srv/app', 'src', '..', 'lib', './util.js'), path.join('a', '', 'b/', '/c'), path.join(), path.join('../x', '../../y'));
console.log(path.normalize('/a//b/./c/../d/'), path.normalize('a/../..'), path.normalize(''), path.normalize('./'));
console.log(path.resolve('/srv', 'app', '../www', './index.html'), path.resolve('/x', '/y', 'z'));
console.log(path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb'), path.relative('/a', '/a/b/c'), JSON.stringify(path.relative('/a', '/a')));
console.log(path.parse('/home/user/archive.tar.gz'), path.parse('.bashrc'), path.parse('/'));
console.log(path.format({ dir: '/tmp', name: 'report', ext: 'pdf' }), path.format({ root: '/', base: 'x.txt' }), path.format({ name: 'only' }));
console.log(path.isAbsolute('/x'), path.isAbsolute('x'), path.sep, path.delimiter, path.posix === path, typeof path.join);
const byExt = files.reduce((acc, f) => { const e = path.extname(f) || '(none)'; (acc[e] ||= []).push(path.basename(f)); return acc; }, {});
console.log(byExt);
try { path.join('a', 42); } catch (e) { console.log(e.name, e.code, e.message); }
try { path.basename(undefined); } catch (e) { console.log(e.code, e.message); }
