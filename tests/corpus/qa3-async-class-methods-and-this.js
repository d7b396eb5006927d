class Api {
  constructor() { this.base = 'api'; }
  async get(path) { await null; return `${this.base}/${path}`; }
  static async create() { const a = new Api(); await a.init(); return a; }
  async init() { this.ready = true; }
  async *pages(n) { for (let i = 1; i <= n; i++) yield await this.get('page' + i); }
}
(async () => {
  const api = await Api.create();
  console.log(api.ready, await api.get('users'));
  const get = api.get;
  try { await get('x'); } catch (e) { console.log('lost this:', e.message); }
  const pages = [];
  for await (const p of api.pages(3)) pages.push(p);
  console.log(pages);
  console.log(Object.getPrototypeOf(api.get).constructor.name, api.pages.constructor.name);
  const results = await Promise.all(['a', 'b'].map(api.get, api));
  console.log(results);
})();
