// functions and classes nested in objects and arrays, with extra properties
function withProps() {}
withProps.version = 2;
withProps.meta = { a: 1 };
class Widget { static kind = 'w'; }
const handlers = { onClick() {}, onLoad: async () => {}, gen: function* () {}, agen: async function* named() {} };
console.log(handlers);
console.log([withProps, Widget, class {}, Math.max, Symbol]);
console.log({ withProps }, withProps);
console.log(Widget, { Widget });
const bound = withProps.bind(null);
console.log(bound, [bound]);
