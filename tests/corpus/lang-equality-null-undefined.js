// == treats null and undefined as equal only to each other
console.log(null == undefined, null === undefined);
console.log(null == 0, undefined == 0, null == '', undefined == false, null == false);
console.log(null >= 0, null > 0, null <= 0);
console.log(undefined == null, undefined == undefined, NaN == NaN);
console.log([null == null, void 0 == null, document_absent()]);
function document_absent() { return typeof document == 'undefined'; }
