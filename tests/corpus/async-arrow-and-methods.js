// async arrows, object methods, class methods and static methods
const arrow = async (x) => x * 2;
const obj = { async method() { return 'method:' + (await arrow(2)); } };
class Service {
  constructor() { this.base = 10; }
  async fetch() { await null; return this.base + 1; }
  static async create() { const s = new Service(); s.base = await Promise.resolve(20); return s; }
}
(async () => {
  console.log(await arrow(5));
  console.log(await obj.method());
  console.log(await new Service().fetch());
  const s = await Service.create();
  console.log(await s.fetch());
  console.log(Object.prototype.toString.call(arrow), arrow.constructor.name);
})();
