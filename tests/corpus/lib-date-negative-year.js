// Date strings show a negative year with a sign and 4 digits.
const d = new Date(Date.UTC(-50, 0, 1, 12));
console.log(d.toUTCString());
console.log(d.toDateString());
console.log(new Date(Date.UTC(-2024, 5, 9)).toUTCString());
console.log(new Date(Date.UTC(20000, 0, 1)).toUTCString());
console.log(new Date(-62198755200000).toUTCString());
