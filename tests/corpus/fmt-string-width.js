// Grouped array columns are padded by terminal width: wide CJK, emoji,
// flags (regional indicators), zero-width and combining characters.
console.log(['日本', '🇫🇷', 'ab', '😀', 'x\u0301', '\u200b', '👍🏽', 'é', 'ｗｉｄｅ', '한국어', 'abc', 'a']);
console.log(['🇫🇷', 'ab', '🇫🇷', 'abc', '🇯🇵', 'x', '🇫🇷', 'abcd', '🇫🇷', 'ab', 'q']);
console.log(Array.from({ length: 20 }, (_, i) => '日本'.repeat(i % 3) + 'x'.repeat(i % 4)));
