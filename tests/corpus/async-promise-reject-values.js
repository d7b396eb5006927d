// promises can be rejected with any value, which reaches catch unchanged
const reasons = [42, 'str', null, undefined, { code: 1 }, [1, 2]];
for (const r of reasons) {
  Promise.reject(r).catch(v => console.log(typeof v, v === r, v));
}
new Promise((_, reject) => reject()).catch(v => console.log('empty reject ->', v));
