const obj = {
  name: 'obj',
  method() {
    const inner = async () => { await null; return this.name; };
    return inner();
  },
  async asyncMethod() { return (() => this.name)(); },
  regular: async function () { return typeof this; },
};
obj.method().then(v => console.log('arrow this', v));
obj.asyncMethod().then(v => console.log('async method this', v));
const detached = obj.regular;
detached().then(v => console.log('detached this type', v));
async function withArgs() { await null; return Array.from(arguments); }
withArgs(1, 2, 3).then(v => console.log('arguments after await', v));
const asyncArrowLen = async (a, b = 1, ...c) => {};
console.log(asyncArrowLen.length, asyncArrowLen.name, (async function () {}).name, (async () => {}).constructor.name);
class C { async *gen() { yield this.constructor.name; } }
(async () => { for await (const v of new C().gen()) console.log('async gen this', v); })();
