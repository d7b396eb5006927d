// a realistic nested API response with dates as strings, nulls and arrays of arrays
const response = {
  status: 200,
  headers: { 'content-type': 'application/json', 'x-request-id': 'abc-123', 'cache-control': 'no-cache' },
  body: {
    items: [
      { sku: 'A-1', qty: 2, price: 9.99, tags: ['new'], dims: [[1, 2], [3, 4]] },
      { sku: 'B-22', qty: 0, price: 0.5, tags: [], dims: null },
    ],
    pagination: { next: null, prev: '/items?page=1', total: 2 },
  },
};
console.log(response);
console.log(JSON.stringify(response.body.items[0]));
