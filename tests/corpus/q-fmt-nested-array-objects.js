// nested arrays of objects as returned by a typical API mock
const users = [
  { id: 1, name: 'Alice', roles: ['admin', 'editor'], address: { city: 'Paris', zip: '75001' } },
  { id: 2, name: 'Bob', roles: [], address: null, active: false },
  { id: 3, name: 'Carol Longname-Hyphenated', roles: ['viewer'], address: { city: 'São Paulo', zip: '01000-000', geo: { lat: -23.55, lng: -46.63 } } },
];
console.log(users);
console.log({ data: users.slice(0, 1), meta: { total: 3, page: 1 } });
