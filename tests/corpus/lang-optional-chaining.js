// optional chaining ?. short-circuits on null and undefined
const user = { profile: { name: 'Ann', tags: ['x'] }, nothing: null };
console.log(user.profile?.name);
console.log(user.missing?.name);
console.log(user.nothing?.name);
console.log(user.profile?.tags?.[0]);
console.log(user.missing?.tags[0].deep.deeper);
console.log(user?.['profile']?.name);
const zero = 0, empty = '';
console.log(zero?.toFixed(1), empty?.length);
let calls = 0;
const n = null;
n?.[calls++];
console.log(calls);
try {
  console.log((user.missing?.a).b);
} catch (e) {
  console.log('parens end the chain:', e.message);
}
