/* js-lexer.h: the tokenizer and the AST arena, shared by js-lexer.c and
 * js-parser.c.  Private to the front end (and its tests).
 *
 * The lexer does not decide between a regular expression and a division: it
 * always returns '/' or '/=', and the parser, which knows when an expression
 * may start, asks for js_lexer_rescan_regexp.  Template literals are tracked
 * by the lexer itself (a stack of the brace depths at which a `${` opened), so
 * a '}' that closes a substitution comes back as TEMPLATE_MIDDLE or
 * TEMPLATE_TAIL. */
#pragma once

#include "js-parse.h"

/* Zero-filled, 16-byte aligned, lives until js_ast_arena_free. */
void *js_ast_arena_alloc (JsAstArena *arena, gsize size);

/* name, text (for messages: "Unexpected token 'X'") */
#define JS_TOKENS(X) \
  X(EOF, "end of input") X(ERROR, "error") \
  X(NAME, "identifier") X(PRIVATE_NAME, "private name") \
  X(NUMBER, "number") X(BIGINT, "bigint") X(STRING, "string") \
  X(TEMPLATE, "template") X(TEMPLATE_HEAD, "template") \
  X(TEMPLATE_MIDDLE, "template") X(TEMPLATE_TAIL, "template") \
  X(REGEXP, "regular expression") \
  X(LBRACE, "{") X(RBRACE, "}") X(LPAREN, "(") X(RPAREN, ")") \
  X(LBRACKET, "[") X(RBRACKET, "]") \
  X(DOT, ".") X(ELLIPSIS, "...") X(SEMICOLON, ";") X(COMMA, ",") \
  X(LT, "<") X(GT, ">") X(LE, "<=") X(GE, ">=") \
  X(EQ, "==") X(NE, "!=") X(STRICT_EQ, "===") X(STRICT_NE, "!==") \
  X(PLUS, "+") X(MINUS, "-") X(STAR, "*") X(SLASH, "/") X(PERCENT, "%") X(STARSTAR, "**") \
  X(INC, "++") X(DEC, "--") \
  X(SHL, "<<") X(SHR, ">>") X(USHR, ">>>") \
  X(AMP, "&") X(PIPE, "|") X(CARET, "^") X(BANG, "!") X(TILDE, "~") \
  X(AND, "&&") X(OR, "||") X(NULLISH, "??") \
  X(QUESTION, "?") X(OPTIONAL, "?.") X(COLON, ":") X(ARROW, "=>") \
  X(ASSIGN, "=") X(PLUS_ASSIGN, "+=") X(MINUS_ASSIGN, "-=") X(STAR_ASSIGN, "*=") \
  X(SLASH_ASSIGN, "/=") X(PERCENT_ASSIGN, "%=") X(STARSTAR_ASSIGN, "**=") \
  X(SHL_ASSIGN, "<<=") X(SHR_ASSIGN, ">>=") X(USHR_ASSIGN, ">>>=") \
  X(AMP_ASSIGN, "&=") X(PIPE_ASSIGN, "|=") X(CARET_ASSIGN, "^=") \
  X(AND_ASSIGN, "&&=") X(OR_ASSIGN, "||=") X(NULLISH_ASSIGN, "?\?=") \
  /* Reserved words, from BREAK to WITH (keep them last) */ \
  X(BREAK, "break") X(CASE, "case") X(CATCH, "catch") X(CLASS, "class") \
  X(CONST, "const") X(CONTINUE, "continue") X(DEBUGGER, "debugger") \
  X(DEFAULT, "default") X(DELETE, "delete") X(DO, "do") X(ELSE, "else") \
  X(ENUM, "enum") X(EXPORT, "export") X(EXTENDS, "extends") X(FALSE, "false") \
  X(FINALLY, "finally") X(FOR, "for") X(FUNCTION, "function") X(IF, "if") \
  X(IMPORT, "import") X(IN, "in") X(INSTANCEOF, "instanceof") X(NEW, "new") \
  X(NULL, "null") X(RETURN, "return") X(SUPER, "super") X(SWITCH, "switch") \
  X(THIS, "this") X(THROW, "throw") X(TRUE, "true") X(TRY, "try") \
  X(TYPEOF, "typeof") X(VAR, "var") X(VOID, "void") X(WHILE, "while") \
  X(WITH, "with")

typedef enum {
#define JS_TOKEN_ENUM(name, text) JS_TOK_##name,
  JS_TOKENS (JS_TOKEN_ENUM)
#undef JS_TOKEN_ENUM
  JS_TOK_N
} JsTokenType;

#define JS_TOK_IS_KEYWORD(t) ((t) >= JS_TOK_BREAK && (t) <= JS_TOK_WITH)

typedef struct {
  JsTokenType type;
  gsize start, end;             /* byte offsets; end exclusive */
  int line, column;             /* start, 1-based, column in UTF-16 units */
  int end_line, end_column;     /* exclusive end */
  guint newline_before : 1;     /* a line terminator between the previous token and this one */
  guint escaped : 1;            /* NAME spelled with \u escapes: never acts as a keyword */
  guint legacy_octal : 1;       /* NUMBER 017 or 08; STRING with \1, \01, \8 …: errors in strict code */
  JsTokenType keyword;          /* NAME: the keyword it spells when escaped, else JS_TOK_NAME */
  double number;                /* NUMBER */
  const char *name;             /* NAME, PRIVATE_NAME (no '#'), REGEXP flags: interned UTF-8;
                                   BIGINT: the digits, after a 0x / 0o / 0b prefix (js_bigint_from_literal) */
  const uint16_t *str;          /* STRING, TEMPLATE_* cooked (NULL when invalid), REGEXP pattern */
  guint32 str_length;
  const uint16_t *raw;          /* TEMPLATE_*: the raw text, line terminators normalized to LF */
  guint32 raw_length;
  const char *bad_escape;       /* TEMPLATE_* with str == NULL: the error for an untagged template */
  int bad_line, bad_column;     /* … and where the bad escape is; also STRING legacy octal */
} JsToken;

typedef struct {
  gsize pos;
  int line;
  gsize line_start;
  gsize col_pos;                /* column cache: `col` is the column of byte `col_pos` */
  int col;
  int brace_depth;
  int n_templates;
} JsLexerPos;

typedef struct {
  int brace_depth;              /* the depth of the '{' … '}' around the `${` */
  int line, column;             /* where the template started, for "unterminated" */
} JsTemplateFrame;

typedef struct {
  JsAstArena *arena;
  const char *src;
  gsize length;
  JsLexerPos at;
  JsTemplateFrame *templates;   /* open `${` substitutions */
  int templates_size;
  GHashTable *names;            /* spelling -> token type: interns names, finds keywords */
  uint16_t *buf16;              /* scratch: cooked string being built */
  gsize n16, size16;
  char *buf8;                   /* scratch: identifier or number text */
  gsize n8, size8;
  char *error;                  /* the message when a call returned FALSE */
  int error_line, error_column;
  int error_open_line, error_open_column;
  const char *error_open_token;
} JsLexer;

void     js_lexer_init          (JsLexer    *L,
                                 JsAstArena *arena,
                                 const char *source,
                                 gsize       length);
void     js_lexer_clear         (JsLexer    *L);
/* Scans the next token.  FALSE (and type ERROR) with L->error set on a
 * lexical error; the lexer must not be used further then. */
gboolean js_lexer_next          (JsLexer    *L,
                                 JsToken    *token);
/* Scans the token after the current one without consuming it. */
gboolean js_lexer_peek          (JsLexer    *L,
                                 JsToken    *token);
/* `token` is the '/' or '/=' just returned: scan it again as a regular
 * expression literal. */
gboolean js_lexer_rescan_regexp (JsLexer    *L,
                                 JsToken    *token);
/* Interns a UTF-8 name in the lexer's table (for the parser's own names). */
const char *js_lexer_intern     (JsLexer    *L,
                                 const char *name);
const char *js_token_text       (JsTokenType type);
