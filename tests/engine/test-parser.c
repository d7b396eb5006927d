/* test-parser.c: source text to AST (js-parse.h): dumps of every construct,
 * error messages with positions, source ranges, limits, the corpus. */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "js-parse.h"

typedef struct {
  const char *source;
  const char *expected;         /* the js_ast_dump, or the formatted error */
} Case;

/* Parses and returns the dump or the formatted error. */
static char *
parse_to_string (const char *source, gsize length, JsParseGoal goal)
{
  JsAstArena *arena = js_ast_arena_new ();
  JsSyntaxError error = { NULL, };
  JsAst *ast = js_parse (arena, source, length, goal, &error);
  char *result;

  if (ast)
    {
      g_assert_null (error.message);
      result = js_ast_dump (ast);
    }
  else
    {
      g_assert_nonnull (error.message);
      result = js_syntax_error_format (&error);
    }
  js_syntax_error_clear (&error);
  js_ast_arena_free (arena);
  return result;
}

static void
check_case (gconstpointer data)
{
  const Case *c = data;
  char *got = parse_to_string (c->source, strlen (c->source), JS_PARSE_SCRIPT);

  g_assert_cmpstr (got, ==, c->expected);
  g_free (got);
}

/* ---------------------------------------------------------------------- */
/* Every construct, as an S-expression                                    */
/* ---------------------------------------------------------------------- */

static const Case dump_cases[] = {
  { "var a = 1, b;",
    "(SCRIPT (VAR_DECL VAR (VAR_DECLARATOR (IDENTIFIER a) (NUMBER 1)) (VAR_DECLARATOR (IDENTIFIER b))))" },
  { "x = { 0x1Fn: 1_000n }",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (OBJECT (PROPERTY INIT (BIGINT 0x1F) (BIGINT 1000))))))" },
  { "let [x, , y = 2, ...z] = arr;",
    "(SCRIPT (VAR_DECL LET (VAR_DECLARATOR (ARRAY_PATTERN (IDENTIFIER x) (ELISION) (ASSIGN_PATTERN (IDENTIFIER y) (NUMBER 2)) (REST (IDENTIFIER z))) (IDENTIFIER arr))))" },
  { "const {a, b: {c}, [k]: d = 1, ...rest} = obj;",
    "(SCRIPT (VAR_DECL CONST (VAR_DECLARATOR (OBJECT_PATTERN (PROPERTY SHORTHAND (STRING \"a\") (IDENTIFIER a)) (PROPERTY INIT (STRING \"b\") (OBJECT_PATTERN (PROPERTY SHORTHAND (STRING \"c\") (IDENTIFIER c)))) (PROPERTY INIT COMPUTED (IDENTIFIER k) (ASSIGN_PATTERN (IDENTIFIER d) (NUMBER 1))) (REST (IDENTIFIER rest))) (IDENTIFIER obj))))" },
  { ";",
    "(SCRIPT (EMPTY))" },
  { "{ }",
    "(SCRIPT (BLOCK))" },
  { "if (a) b; else c;",
    "(SCRIPT (IF (IDENTIFIER a) (EXPR_STMT (IDENTIFIER b)) (EXPR_STMT (IDENTIFIER c))))" },
  { "if (a) { b } else if (c) d",
    "(SCRIPT (IF (IDENTIFIER a) (BLOCK (EXPR_STMT (IDENTIFIER b))) (IF (IDENTIFIER c) (EXPR_STMT (IDENTIFIER d)))))" },
  { "for (var i = 0; i < n; i++) {}",
    "(SCRIPT (FOR (VAR_DECL VAR (VAR_DECLARATOR (IDENTIFIER i) (NUMBER 0))) (LT (IDENTIFIER i) (IDENTIFIER n)) (POST_INC (IDENTIFIER i)) (BLOCK)))" },
  { "for (;;) break;",
    "(SCRIPT (FOR _ _ _ (BREAK)))" },
  { "for (let [a, b] of x);",
    "(SCRIPT (FOR_OF (VAR_DECL LET (VAR_DECLARATOR (ARRAY_PATTERN (IDENTIFIER a) (IDENTIFIER b)))) (IDENTIFIER x) _ (EMPTY)))" },
  { "for (const k in o) {}",
    "(SCRIPT (FOR_IN (VAR_DECL CONST (VAR_DECLARATOR (IDENTIFIER k))) (IDENTIFIER o) _ (BLOCK)))" },
  { "for (x.y of z);",
    "(SCRIPT (FOR_OF (MEMBER (IDENTIFIER x) (STRING \"y\")) (IDENTIFIER z) _ (EMPTY)))" },
  { "for ([a, b] of c);",
    "(SCRIPT (FOR_OF (ARRAY_PATTERN (IDENTIFIER a) (IDENTIFIER b)) (IDENTIFIER c) _ (EMPTY)))" },
  { "for (var k in o);",
    "(SCRIPT (FOR_IN (VAR_DECL VAR (VAR_DECLARATOR (IDENTIFIER k))) (IDENTIFIER o) _ (EMPTY)))" },
  { "for (let in o);",
    "(SCRIPT (FOR_IN (IDENTIFIER let) (IDENTIFIER o) _ (EMPTY)))" },
  { "async function f() { for await (const x of y); }",
    "(SCRIPT (FUNCTION_DECL ASYNC DECLARATION SIMPLE_PARAMS (IDENTIFIER f) _ (FOR_OF AWAIT (VAR_DECL CONST (VAR_DECLARATOR (IDENTIFIER x))) (IDENTIFIER y) _ (EMPTY))))" },
  { "while (x) continue;",
    "(SCRIPT (WHILE (IDENTIFIER x) (CONTINUE)))" },
  { "do x++; while (x < 3)",
    "(SCRIPT (DO_WHILE (EXPR_STMT (POST_INC (IDENTIFIER x))) (LT (IDENTIFIER x) (NUMBER 3))))" },
  { "L: for (;;) { continue L; }",
    "(SCRIPT (LABELED L (FOR _ _ _ (BLOCK (CONTINUE L)))))" },
  { "L1: L2: while (1) break L1;",
    "(SCRIPT (LABELED L1 (LABELED L2 (WHILE (NUMBER 1) (BREAK L1)))))" },
  { "a: { break a; }",
    "(SCRIPT (LABELED a (BLOCK (BREAK a))))" },
  { "function f() { return; }",
    "(SCRIPT (FUNCTION_DECL DECLARATION SIMPLE_PARAMS (IDENTIFIER f) _ (RETURN)))" },
  { "function f() { return a, b; }",
    "(SCRIPT (FUNCTION_DECL DECLARATION SIMPLE_PARAMS (IDENTIFIER f) _ (RETURN (SEQUENCE (IDENTIFIER a) (IDENTIFIER b)))))" },
  { "throw new Error(\"x\");",
    "(SCRIPT (THROW (NEW (IDENTIFIER Error) (STRING \"x\"))))" },
  { "try { a } catch (e) { b } finally { c }",
    "(SCRIPT (TRY (BLOCK (EXPR_STMT (IDENTIFIER a))) (IDENTIFIER e) (BLOCK (EXPR_STMT (IDENTIFIER b))) (BLOCK (EXPR_STMT (IDENTIFIER c)))))" },
  { "try { a } catch { b }",
    "(SCRIPT (TRY (BLOCK (EXPR_STMT (IDENTIFIER a))) _ (BLOCK (EXPR_STMT (IDENTIFIER b)))))" },
  { "try { a } catch ({message}) { }",
    "(SCRIPT (TRY (BLOCK (EXPR_STMT (IDENTIFIER a))) (OBJECT_PATTERN (PROPERTY SHORTHAND (STRING \"message\") (IDENTIFIER message))) (BLOCK)))" },
  { "switch (x) { case 1: a; case 2: default: b; }",
    "(SCRIPT (SWITCH (IDENTIFIER x) (CASE (NUMBER 1) (EXPR_STMT (IDENTIFIER a))) (CASE (NUMBER 2)) (CASE _ (EXPR_STMT (IDENTIFIER b)))))" },
  { "debugger;",
    "(SCRIPT (DEBUGGER))" },
  { "function f(a, b = 1, ...c) {}",
    "(SCRIPT (FUNCTION_DECL DECLARATION (IDENTIFIER f) (IDENTIFIER a) (ASSIGN_PATTERN (IDENTIFIER b) (NUMBER 1)) (REST (IDENTIFIER c))))" },
  { "function* g() { yield; yield 1; yield* g(); }",
    "(SCRIPT (FUNCTION_DECL GENERATOR DECLARATION SIMPLE_PARAMS (IDENTIFIER g) _ (EXPR_STMT (YIELD)) (EXPR_STMT (YIELD (NUMBER 1))) (EXPR_STMT (YIELD DELEGATE (CALL (IDENTIFIER g))))))" },
  { "async function f() { await x; }",
    "(SCRIPT (FUNCTION_DECL ASYNC DECLARATION SIMPLE_PARAMS (IDENTIFIER f) _ (EXPR_STMT (AWAIT (IDENTIFIER x)))))" },
  { "async function* f() { yield await x; }",
    "(SCRIPT (FUNCTION_DECL ASYNC GENERATOR DECLARATION SIMPLE_PARAMS (IDENTIFIER f) _ (EXPR_STMT (YIELD (AWAIT (IDENTIFIER x))))))" },
  { "x = function () {};",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (FUNCTION SIMPLE_PARAMS))))" },
  { "x = function named() {};",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (FUNCTION SIMPLE_PARAMS (IDENTIFIER named)))))" },
  { "x = a => a;",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (FUNCTION ARROW EXPRESSION_BODY SIMPLE_PARAMS _ [(IDENTIFIER a)] (IDENTIFIER a)))))" },
  { "x = (a, b) => { return a; };",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (FUNCTION ARROW SIMPLE_PARAMS _ [(IDENTIFIER a) (IDENTIFIER b)] (RETURN (IDENTIFIER a))))))" },
  { "x = () => ({});",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (FUNCTION ARROW EXPRESSION_BODY SIMPLE_PARAMS _ _ (OBJECT PARENTHESIZED)))))" },
  { "x = async a => a;",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (FUNCTION ARROW ASYNC EXPRESSION_BODY SIMPLE_PARAMS _ [(IDENTIFIER a)] (IDENTIFIER a)))))" },
  { "x = async (a, b) => a;",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (FUNCTION ARROW ASYNC EXPRESSION_BODY SIMPLE_PARAMS _ [(IDENTIFIER a) (IDENTIFIER b)] (IDENTIFIER a)))))" },
  { "x = async () => {};",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (FUNCTION ARROW ASYNC SIMPLE_PARAMS))))" },
  { "async(a, b);",
    "(SCRIPT (EXPR_STMT (CALL (IDENTIFIER async) (IDENTIFIER a) (IDENTIFIER b))))" },
  { "x = ([a, {b}], ...c) => 0;",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (FUNCTION ARROW EXPRESSION_BODY _ [(ARRAY_PATTERN (IDENTIFIER a) (OBJECT_PATTERN (PROPERTY SHORTHAND (STRING \"b\") (IDENTIFIER b)))) (REST (IDENTIFIER c))] (NUMBER 0)))))" },
  { "x = ({a = 1}) => a;",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (FUNCTION ARROW EXPRESSION_BODY _ [(OBJECT_PATTERN (PROPERTY SHORTHAND (STRING \"a\") (ASSIGN_PATTERN (IDENTIFIER a) (NUMBER 1))))] (IDENTIFIER a)))))" },
  { "class A {}",
    "(SCRIPT (CLASS_DECL (IDENTIFIER A)))" },
  { "class A extends B { constructor() { super(); } }",
    "(SCRIPT (CLASS_DECL (IDENTIFIER A) (IDENTIFIER B) (CLASS_MEMBER METHOD (STRING \"constructor\") (FUNCTION STRICT METHOD CLASS_CONSTRUCTOR DERIVED SIMPLE_PARAMS _ _ (EXPR_STMT (SUPER_CALL))))))" },
  { "class A { static x = 1; #y; static #z = 2; [k] = 3; 'q'; 4 = 5 }",
    "(SCRIPT (CLASS_DECL (IDENTIFIER A) _ (CLASS_MEMBER FIELD STATIC (STRING \"x\") (NUMBER 1)) (CLASS_MEMBER FIELD (PRIVATE_NAME #y)) (CLASS_MEMBER FIELD STATIC (PRIVATE_NAME #z) (NUMBER 2)) (CLASS_MEMBER COMPUTED FIELD (IDENTIFIER k) (NUMBER 3)) (CLASS_MEMBER FIELD (STRING \"q\")) (CLASS_MEMBER FIELD (NUMBER 4) (NUMBER 5))))" },
  { "class A { get x() {} set x(v) {} static m() {} async am() {} *g() {} async *ag() {} }",
    "(SCRIPT (CLASS_DECL (IDENTIFIER A) _ (CLASS_MEMBER GETTER (STRING \"x\") (FUNCTION STRICT METHOD GETTER SIMPLE_PARAMS)) (CLASS_MEMBER SETTER (STRING \"x\") (FUNCTION STRICT METHOD SETTER SIMPLE_PARAMS _ (IDENTIFIER v))) (CLASS_MEMBER METHOD STATIC (STRING \"m\") (FUNCTION STRICT METHOD SIMPLE_PARAMS)) (CLASS_MEMBER METHOD (STRING \"am\") (FUNCTION STRICT METHOD ASYNC SIMPLE_PARAMS)) (CLASS_MEMBER METHOD (STRING \"g\") (FUNCTION STRICT METHOD GENERATOR SIMPLE_PARAMS)) (CLASS_MEMBER METHOD (STRING \"ag\") (FUNCTION STRICT METHOD ASYNC GENERATOR SIMPLE_PARAMS))))" },
  { "class A { #m() {} get #a() {} set #a(v) {} has(o) { return #m in o; } }",
    "(SCRIPT (CLASS_DECL (IDENTIFIER A) _ (CLASS_MEMBER METHOD (PRIVATE_NAME #m) (FUNCTION STRICT METHOD SIMPLE_PARAMS)) (CLASS_MEMBER GETTER (PRIVATE_NAME #a) (FUNCTION STRICT METHOD GETTER SIMPLE_PARAMS)) (CLASS_MEMBER SETTER (PRIVATE_NAME #a) (FUNCTION STRICT METHOD SETTER SIMPLE_PARAMS _ (IDENTIFIER v))) (CLASS_MEMBER METHOD (STRING \"has\") (FUNCTION STRICT METHOD SIMPLE_PARAMS _ [(IDENTIFIER o)] (RETURN (PRIVATE_IN (PRIVATE_NAME #m) (IDENTIFIER o)))))))" },
  { "class A { static { this.x = 1; } }",
    "(SCRIPT (CLASS_DECL (IDENTIFIER A) _ (CLASS_MEMBER STATIC STATIC_BLOCK _ (BLOCK (EXPR_STMT (ASSIGN (MEMBER (THIS) (STRING \"x\")) (NUMBER 1)))))))" },
  { "x = class {};",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (CLASS))))" },
  { "x = class Named extends (a, b) {};",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (CLASS (IDENTIFIER Named) (SEQUENCE PARENTHESIZED (IDENTIFIER a) (IDENTIFIER b))))))" },
  { "x = { a: 1, b, [c]: 2, 'd': 3, 4: 5, ...e };",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (OBJECT (PROPERTY INIT (STRING \"a\") (NUMBER 1)) (PROPERTY SHORTHAND (STRING \"b\") (IDENTIFIER b)) (PROPERTY INIT COMPUTED (IDENTIFIER c) (NUMBER 2)) (PROPERTY INIT (STRING \"d\") (NUMBER 3)) (PROPERTY INIT (NUMBER 4) (NUMBER 5)) (SPREAD (IDENTIFIER e))))))" },
  { "x = { m() {}, get g() {}, set s(v) {}, async am() {}, *gen() {}, async *ag() {} };",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (OBJECT (PROPERTY METHOD (STRING \"m\") (FUNCTION METHOD SIMPLE_PARAMS)) (PROPERTY GETTER (STRING \"g\") (FUNCTION METHOD GETTER SIMPLE_PARAMS)) (PROPERTY SETTER (STRING \"s\") (FUNCTION METHOD SETTER SIMPLE_PARAMS _ (IDENTIFIER v))) (PROPERTY METHOD (STRING \"am\") (FUNCTION METHOD ASYNC SIMPLE_PARAMS)) (PROPERTY METHOD (STRING \"gen\") (FUNCTION METHOD GENERATOR SIMPLE_PARAMS)) (PROPERTY METHOD (STRING \"ag\") (FUNCTION METHOD ASYNC GENERATOR SIMPLE_PARAMS))))))" },
  { "x = { get: 1, set: 2, async: 3, static: 4, get() {}, new: 5 };",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (OBJECT (PROPERTY INIT (STRING \"get\") (NUMBER 1)) (PROPERTY INIT (STRING \"set\") (NUMBER 2)) (PROPERTY INIT (STRING \"async\") (NUMBER 3)) (PROPERTY INIT (STRING \"static\") (NUMBER 4)) (PROPERTY METHOD (STRING \"get\") (FUNCTION METHOD SIMPLE_PARAMS)) (PROPERTY INIT (STRING \"new\") (NUMBER 5))))))" },
  { "x = { __proto__: a, __proto__() {} };",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (OBJECT (PROPERTY INIT (STRING \"__proto__\") (IDENTIFIER a)) (PROPERTY METHOD (STRING \"__proto__\") (FUNCTION METHOD SIMPLE_PARAMS))))))" },
  { "({ a, b } = c);",
    "(SCRIPT (EXPR_STMT (ASSIGN PARENTHESIZED (OBJECT_PATTERN (PROPERTY SHORTHAND (STRING \"a\") (IDENTIFIER a)) (PROPERTY SHORTHAND (STRING \"b\") (IDENTIFIER b))) (IDENTIFIER c))))" },
  { "[a, [b, c], ...d] = e;",
    "(SCRIPT (EXPR_STMT (ASSIGN (ARRAY_PATTERN (IDENTIFIER a) (ARRAY_PATTERN (IDENTIFIER b) (IDENTIFIER c)) (REST (IDENTIFIER d))) (IDENTIFIER e))))" },
  { "[a.b, c[0]] = d;",
    "(SCRIPT (EXPR_STMT (ASSIGN (ARRAY_PATTERN (MEMBER (IDENTIFIER a) (STRING \"b\")) (INDEX (IDENTIFIER c) (NUMBER 0))) (IDENTIFIER d))))" },
  { "({ a: b.c, d = 1 } = e);",
    "(SCRIPT (EXPR_STMT (ASSIGN PARENTHESIZED (OBJECT_PATTERN (PROPERTY INIT (STRING \"a\") (MEMBER (IDENTIFIER b) (STRING \"c\"))) (PROPERTY SHORTHAND (STRING \"d\") (ASSIGN_PATTERN (IDENTIFIER d) (NUMBER 1)))) (IDENTIFIER e))))" },
  { "[a = 1, [b] = []] = c;",
    "(SCRIPT (EXPR_STMT (ASSIGN (ARRAY_PATTERN (ASSIGN_PATTERN (IDENTIFIER a) (NUMBER 1)) (ASSIGN_PATTERN (ARRAY_PATTERN (IDENTIFIER b)) (ARRAY))) (IDENTIFIER c))))" },
  { "a += 1; a -= 1; a *= 1; a /= 1; a %= 1; a **= 1;",
    "(SCRIPT (EXPR_STMT (ASSIGN op=ADD (IDENTIFIER a) (NUMBER 1))) (EXPR_STMT (ASSIGN op=SUB (IDENTIFIER a) (NUMBER 1))) (EXPR_STMT (ASSIGN op=MUL (IDENTIFIER a) (NUMBER 1))) (EXPR_STMT (ASSIGN op=DIV (IDENTIFIER a) (NUMBER 1))) (EXPR_STMT (ASSIGN op=MOD (IDENTIFIER a) (NUMBER 1))) (EXPR_STMT (ASSIGN op=EXP (IDENTIFIER a) (NUMBER 1))))" },
  { "a <<= 1; a >>= 1; a >>>= 1; a &= 1; a |= 1; a ^= 1;",
    "(SCRIPT (EXPR_STMT (ASSIGN op=SHL (IDENTIFIER a) (NUMBER 1))) (EXPR_STMT (ASSIGN op=SHR (IDENTIFIER a) (NUMBER 1))) (EXPR_STMT (ASSIGN op=USHR (IDENTIFIER a) (NUMBER 1))) (EXPR_STMT (ASSIGN op=BITAND (IDENTIFIER a) (NUMBER 1))) (EXPR_STMT (ASSIGN op=BITOR (IDENTIFIER a) (NUMBER 1))) (EXPR_STMT (ASSIGN op=BITXOR (IDENTIFIER a) (NUMBER 1))))" },
  { "a &&= b; a ||= b; a ?\?= b;",
    "(SCRIPT (EXPR_STMT (ASSIGN op=LOGICAL_AND (IDENTIFIER a) (IDENTIFIER b))) (EXPR_STMT (ASSIGN op=LOGICAL_OR (IDENTIFIER a) (IDENTIFIER b))) (EXPR_STMT (ASSIGN op=NULLISH (IDENTIFIER a) (IDENTIFIER b))))" },
  { "a ? b : c ? d : e;",
    "(SCRIPT (EXPR_STMT (CONDITIONAL (IDENTIFIER a) (IDENTIFIER b) (CONDITIONAL (IDENTIFIER c) (IDENTIFIER d) (IDENTIFIER e)))))" },
  { "a || b && c | d ^ e & f;",
    "(SCRIPT (EXPR_STMT (LOGICAL_OR (IDENTIFIER a) (LOGICAL_AND (IDENTIFIER b) (BITOR (IDENTIFIER c) (BITXOR (IDENTIFIER d) (BITAND (IDENTIFIER e) (IDENTIFIER f))))))))" },
  { "a == b != c === d !== e;",
    "(SCRIPT (EXPR_STMT (STRICT_NE (STRICT_EQ (NE (EQ (IDENTIFIER a) (IDENTIFIER b)) (IDENTIFIER c)) (IDENTIFIER d)) (IDENTIFIER e))))" },
  { "a < b > c <= d >= e instanceof f in g;",
    "(SCRIPT (EXPR_STMT (IN (INSTANCEOF (GE (LE (GT (LT (IDENTIFIER a) (IDENTIFIER b)) (IDENTIFIER c)) (IDENTIFIER d)) (IDENTIFIER e)) (IDENTIFIER f)) (IDENTIFIER g))))" },
  { "a << b >> c >>> d;",
    "(SCRIPT (EXPR_STMT (USHR (SHR (SHL (IDENTIFIER a) (IDENTIFIER b)) (IDENTIFIER c)) (IDENTIFIER d))))" },
  { "a + b - c * d / e % f;",
    "(SCRIPT (EXPR_STMT (SUB (ADD (IDENTIFIER a) (IDENTIFIER b)) (MOD (DIV (MUL (IDENTIFIER c) (IDENTIFIER d)) (IDENTIFIER e)) (IDENTIFIER f)))))" },
  { "a ** b ** c;",
    "(SCRIPT (EXPR_STMT (EXP (IDENTIFIER a) (EXP (IDENTIFIER b) (IDENTIFIER c)))))" },
  { "(-a) ** b;",
    "(SCRIPT (EXPR_STMT (EXP (NEG PARENTHESIZED (IDENTIFIER a)) (IDENTIFIER b))))" },
  { "a ?\? b ?\? c;",
    "(SCRIPT (EXPR_STMT (NULLISH (NULLISH (IDENTIFIER a) (IDENTIFIER b)) (IDENTIFIER c))))" },
  { "(a || b) ?\? c;",
    "(SCRIPT (EXPR_STMT (NULLISH (LOGICAL_OR PARENTHESIZED (IDENTIFIER a) (IDENTIFIER b)) (IDENTIFIER c))))" },
  { "-a; +a; !a; ~a; typeof a; void a; delete a.b;",
    "(SCRIPT (EXPR_STMT (NEG (IDENTIFIER a))) (EXPR_STMT (POS (IDENTIFIER a))) (EXPR_STMT (NOT (IDENTIFIER a))) (EXPR_STMT (BITNOT (IDENTIFIER a))) (EXPR_STMT (TYPEOF (IDENTIFIER a))) (EXPR_STMT (VOID (IDENTIFIER a))) (EXPR_STMT (DELETE (MEMBER (IDENTIFIER a) (STRING \"b\")))))" },
  { "++a; --a; a++; a--;",
    "(SCRIPT (EXPR_STMT (PRE_INC (IDENTIFIER a))) (EXPR_STMT (PRE_DEC (IDENTIFIER a))) (EXPR_STMT (POST_INC (IDENTIFIER a))) (EXPR_STMT (POST_DEC (IDENTIFIER a))))" },
  { "a, b, c;",
    "(SCRIPT (EXPR_STMT (SEQUENCE (IDENTIFIER a) (IDENTIFIER b) (IDENTIFIER c))))" },
  { "(a, b);",
    "(SCRIPT (EXPR_STMT (SEQUENCE PARENTHESIZED (IDENTIFIER a) (IDENTIFIER b))))" },
  { "((a));",
    "(SCRIPT (EXPR_STMT (IDENTIFIER PARENTHESIZED a)))" },
  { "a.b.c;",
    "(SCRIPT (EXPR_STMT (MEMBER (MEMBER (IDENTIFIER a) (STRING \"b\")) (STRING \"c\"))))" },
  { "a[b][c];",
    "(SCRIPT (EXPR_STMT (INDEX (INDEX (IDENTIFIER a) (IDENTIFIER b)) (IDENTIFIER c))))" },
  { "a.if.class;",
    "(SCRIPT (EXPR_STMT (MEMBER (MEMBER (IDENTIFIER a) (STRING \"if\")) (STRING \"class\"))))" },
  { "f(a, ...b);",
    "(SCRIPT (EXPR_STMT (CALL (IDENTIFIER f) (IDENTIFIER a) (SPREAD (IDENTIFIER b)))))" },
  { "new A;",
    "(SCRIPT (EXPR_STMT (NEW (IDENTIFIER A))))" },
  { "new A(1);",
    "(SCRIPT (EXPR_STMT (NEW (IDENTIFIER A) (NUMBER 1))))" },
  { "new new A()();",
    "(SCRIPT (EXPR_STMT (NEW (NEW (IDENTIFIER A)))))" },
  { "new a.b.C();",
    "(SCRIPT (EXPR_STMT (NEW (MEMBER (MEMBER (IDENTIFIER a) (STRING \"b\")) (STRING \"C\")))))" },
  { "a?.b;",
    "(SCRIPT (EXPR_STMT (OPTIONAL_CHAIN (MEMBER OPTIONAL (IDENTIFIER a) (STRING \"b\")))))" },
  { "a?.[b];",
    "(SCRIPT (EXPR_STMT (OPTIONAL_CHAIN (INDEX OPTIONAL (IDENTIFIER a) (IDENTIFIER b)))))" },
  { "a?.(b);",
    "(SCRIPT (EXPR_STMT (OPTIONAL_CHAIN (CALL OPTIONAL (IDENTIFIER a) (IDENTIFIER b)))))" },
  { "a?.b.c(d);",
    "(SCRIPT (EXPR_STMT (OPTIONAL_CHAIN (CALL (MEMBER (MEMBER OPTIONAL (IDENTIFIER a) (STRING \"b\")) (STRING \"c\")) (IDENTIFIER d)))))" },
  { "(a?.b).c;",
    "(SCRIPT (EXPR_STMT (MEMBER (OPTIONAL_CHAIN PARENTHESIZED (MEMBER OPTIONAL (IDENTIFIER a) (STRING \"b\"))) (STRING \"c\"))))" },
  { "a?.b?.c;",
    "(SCRIPT (EXPR_STMT (OPTIONAL_CHAIN (MEMBER OPTIONAL (MEMBER OPTIONAL (IDENTIFIER a) (STRING \"b\")) (STRING \"c\")))))" },
  { "a.b?.();",
    "(SCRIPT (EXPR_STMT (OPTIONAL_CHAIN (CALL OPTIONAL (MEMBER (IDENTIFIER a) (STRING \"b\"))))))" },
  { "f`a${b}c`;",
    "(SCRIPT (EXPR_STMT (TAGGED_TEMPLATE (IDENTIFIER f) (TEMPLATE [(STRING \"a\" raw=\"a\") (STRING \"c\" raw=\"c\")] (IDENTIFIER b)))))" },
  { "`\\u{41}${a}\\n`;",
    "(SCRIPT (EXPR_STMT (TEMPLATE [(STRING \"A\" raw=\"\\\\u{41}\") (STRING \"\\n\" raw=\"\\\\n\")] (IDENTIFIER a))))" },
  { "x = /ab+c/gi;",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (REGEXP \"ab+c\" flags=gi))))" },
  { "x = a / b / c;",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (DIV (DIV (IDENTIFIER a) (IDENTIFIER b)) (IDENTIFIER c)))))" },
  { "x = [, a, , b, ,];",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (ARRAY (ELISION) (IDENTIFIER a) (ELISION) (IDENTIFIER b) (ELISION)))))" },
  { "x = [...a, ...b];",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (ARRAY (SPREAD (IDENTIFIER a)) (SPREAD (IDENTIFIER b))))))" },
  { "x = null; x = true; x = false; x = this;",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (NULL_LITERAL))) (EXPR_STMT (ASSIGN (IDENTIFIER x) (TRUE))) (EXPR_STMT (ASSIGN (IDENTIFIER x) (FALSE))) (EXPR_STMT (ASSIGN (IDENTIFIER x) (THIS))))" },
  { "x = 0x10 + 0o10 + 0b10 + 1e2 + .5;",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (ADD (ADD (ADD (ADD (NUMBER 16) (NUMBER 8)) (NUMBER 2)) (NUMBER 100)) (NUMBER 0.5)))))" },
  { "\"\\x41\\u0042\\u{1F600}\";",
    "(SCRIPT (EXPR_STMT (STRING \"AB\xf0\x9f\x98\x80""\")))" },
  { "\"use strict\"; x = 1;",
    "(SCRIPT STRICT (EXPR_STMT (STRING \"use strict\")) (EXPR_STMT (ASSIGN (IDENTIFIER x) (NUMBER 1))))" },
  { "function f() { \"use strict\"; }",
    "(SCRIPT (FUNCTION_DECL STRICT DECLARATION SIMPLE_PARAMS (IDENTIFIER f) _ (EXPR_STMT (STRING \"use strict\"))))" },
  { "function f() { arguments; }",
    "(SCRIPT (FUNCTION_DECL DECLARATION SIMPLE_PARAMS USES_ARGUMENTS (IDENTIFIER f) _ (EXPR_STMT (IDENTIFIER arguments))))" },
  { "function f() { return () => arguments; }",
    "(SCRIPT (FUNCTION_DECL DECLARATION SIMPLE_PARAMS USES_ARGUMENTS (IDENTIFIER f) _ (RETURN (FUNCTION ARROW EXPRESSION_BODY SIMPLE_PARAMS USES_ARGUMENTS _ _ (IDENTIFIER arguments)))))" },
  { "function f() { return () => this; }",
    "(SCRIPT (FUNCTION_DECL DECLARATION SIMPLE_PARAMS (IDENTIFIER f) _ (RETURN (FUNCTION ARROW EXPRESSION_BODY SIMPLE_PARAMS USES_THIS _ _ (THIS)))))" },
  { "() => () => this;",
    "(SCRIPT (EXPR_STMT (FUNCTION ARROW EXPRESSION_BODY SIMPLE_PARAMS USES_THIS _ _ (FUNCTION ARROW EXPRESSION_BODY SIMPLE_PARAMS USES_THIS _ _ (THIS)))))" },
  { "function f() { return function () { this; }; }",
    "(SCRIPT (FUNCTION_DECL DECLARATION SIMPLE_PARAMS (IDENTIFIER f) _ (RETURN (FUNCTION SIMPLE_PARAMS _ _ (EXPR_STMT (THIS))))))" },
  { "class A extends B { m() { return () => super.m(); } }",
    "(SCRIPT (CLASS_DECL (IDENTIFIER A) (IDENTIFIER B) (CLASS_MEMBER METHOD (STRING \"m\") (FUNCTION STRICT METHOD SIMPLE_PARAMS _ _ (RETURN (FUNCTION STRICT ARROW EXPRESSION_BODY SIMPLE_PARAMS USES_THIS _ _ (CALL (SUPER_MEMBER _ (STRING \"m\")))))))))" },
  { "x = (a = this) => a;",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (FUNCTION ARROW EXPRESSION_BODY USES_THIS _ [(ASSIGN_PATTERN (IDENTIFIER a) (THIS))] (IDENTIFIER a)))))" },
  { "eval(\"x\");",
    "(SCRIPT (EXPR_STMT (CALL (IDENTIFIER eval) (STRING \"x\"))))" },
  { "class A extends B { constructor() { (() => super())(); } }",
    "(SCRIPT (CLASS_DECL (IDENTIFIER A) (IDENTIFIER B) (CLASS_MEMBER METHOD (STRING \"constructor\") (FUNCTION STRICT METHOD CLASS_CONSTRUCTOR DERIVED SIMPLE_PARAMS _ _ (EXPR_STMT (CALL (FUNCTION STRICT ARROW EXPRESSION_BODY SIMPLE_PARAMS USES_THIS PARENTHESIZED _ _ (SUPER_CALL))))))))" },
  { "a\n++b",
    "(SCRIPT (EXPR_STMT (IDENTIFIER a)) (EXPR_STMT (PRE_INC (IDENTIFIER b))))" },
  { "function f() { return\nx }",
    "(SCRIPT (FUNCTION_DECL DECLARATION SIMPLE_PARAMS (IDENTIFIER f) _ (RETURN) (EXPR_STMT (IDENTIFIER x))))" },
  { "let\nx = 1",
    "(SCRIPT (VAR_DECL LET (VAR_DECLARATOR (IDENTIFIER x) (NUMBER 1))))" },
  { "x = a\n(b)",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (CALL (IDENTIFIER a) (IDENTIFIER b)))))" },
  { "var yield, async, await, of, get, set, let, static;",
    "(SCRIPT (VAR_DECL VAR (VAR_DECLARATOR (IDENTIFIER yield)) (VAR_DECLARATOR (IDENTIFIER async)) (VAR_DECLARATOR (IDENTIFIER await)) (VAR_DECLARATOR (IDENTIFIER of)) (VAR_DECLARATOR (IDENTIFIER get)) (VAR_DECLARATOR (IDENTIFIER set)) (VAR_DECLARATOR (IDENTIFIER let)) (VAR_DECLARATOR (IDENTIFIER static))))" },
  { "async\nfunction f() {}",
    "(SCRIPT (EXPR_STMT (IDENTIFIER async)) (FUNCTION_DECL DECLARATION SIMPLE_PARAMS (IDENTIFIER f)))" },
  { "function f(a, a) {}",
    "(SCRIPT (FUNCTION_DECL DECLARATION SIMPLE_PARAMS (IDENTIFIER f) (IDENTIFIER a) (IDENTIFIER a)))" },
  { "label: function f() {}",
    "(SCRIPT (LABELED label (FUNCTION_DECL DECLARATION SIMPLE_PARAMS (IDENTIFIER f))))" },
  { "if (a) function f() {}",
    "(SCRIPT (IF (IDENTIFIER a) (FUNCTION_DECL DECLARATION SIMPLE_PARAMS (IDENTIFIER f))))" },
  { "x = { \"__proto__\": 1 };",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (OBJECT (PROPERTY INIT (STRING \"__proto__\") (NUMBER 1))))))" },
  { "x = a ? b => c : d;",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (CONDITIONAL (IDENTIFIER a) (FUNCTION ARROW EXPRESSION_BODY SIMPLE_PARAMS _ [(IDENTIFIER b)] (IDENTIFIER c)) (IDENTIFIER d)))))" },
  { "x = a?.5:1;",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (CONDITIONAL (IDENTIFIER a) (NUMBER 0.5) (NUMBER 1)))))" },
  { "[...[a]] = b",
    "(SCRIPT (EXPR_STMT (ASSIGN (ARRAY_PATTERN (REST (ARRAY_PATTERN (IDENTIFIER a)))) (IDENTIFIER b))))" },
  { "({__proto__: a, __proto__: b} = c)",
    "(SCRIPT (EXPR_STMT (ASSIGN PARENTHESIZED (OBJECT_PATTERN (PROPERTY INIT (STRING \"__proto__\") (IDENTIFIER a)) (PROPERTY INIT (STRING \"__proto__\") (IDENTIFIER b))) (IDENTIFIER c))))" },
  { "x = {a, b} = c",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (ASSIGN (OBJECT_PATTERN (PROPERTY SHORTHAND (STRING \"a\") (IDENTIFIER a)) (PROPERTY SHORTHAND (STRING \"b\") (IDENTIFIER b))) (IDENTIFIER c)))))" },
  { "(a) = 1",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER PARENTHESIZED a) (NUMBER 1))))" },
  { "[(a)] = 1",
    "(SCRIPT (EXPR_STMT (ASSIGN (ARRAY_PATTERN (IDENTIFIER PARENTHESIZED a)) (NUMBER 1))))" },
  { "function f(){ class A { [arguments] = 1 } }",
    "(SCRIPT (FUNCTION_DECL DECLARATION SIMPLE_PARAMS USES_ARGUMENTS (IDENTIFIER f) _ (CLASS_DECL (IDENTIFIER A) _ (CLASS_MEMBER COMPUTED FIELD (IDENTIFIER arguments) (NUMBER 1)))))" },
  { "class A extends B { x = super.y; y = () => this }",
    "(SCRIPT (CLASS_DECL (IDENTIFIER A) (IDENTIFIER B) (CLASS_MEMBER FIELD (STRING \"x\") (SUPER_MEMBER _ (STRING \"y\"))) (CLASS_MEMBER FIELD (STRING \"y\") (FUNCTION STRICT ARROW EXPRESSION_BODY SIMPLE_PARAMS USES_THIS _ _ (THIS)))))" },
  { "class A { m() { class B { n() { this.#x } } } #x }",
    "(SCRIPT (CLASS_DECL (IDENTIFIER A) _ (CLASS_MEMBER METHOD (STRING \"m\") (FUNCTION STRICT METHOD SIMPLE_PARAMS _ _ (CLASS_DECL (IDENTIFIER B) _ (CLASS_MEMBER METHOD (STRING \"n\") (FUNCTION STRICT METHOD SIMPLE_PARAMS _ _ (EXPR_STMT (PRIVATE_MEMBER (THIS) (PRIVATE_NAME #x)))))))) (CLASS_MEMBER FIELD (PRIVATE_NAME #x))))" },
  { "class A { get #a() {} set #a(v) {} }",
    "(SCRIPT (CLASS_DECL (IDENTIFIER A) _ (CLASS_MEMBER GETTER (PRIVATE_NAME #a) (FUNCTION STRICT METHOD GETTER SIMPLE_PARAMS)) (CLASS_MEMBER SETTER (PRIVATE_NAME #a) (FUNCTION STRICT METHOD SETTER SIMPLE_PARAMS _ (IDENTIFIER v)))))" },
  { "try {} catch (e) { var e }",
    "(SCRIPT (TRY (BLOCK) (IDENTIFIER e) (BLOCK (VAR_DECL VAR (VAR_DECLARATOR (IDENTIFIER e))))))" },
  { "function f(a) { var a }",
    "(SCRIPT (FUNCTION_DECL DECLARATION SIMPLE_PARAMS (IDENTIFIER f) [(IDENTIFIER a)] (VAR_DECL VAR (VAR_DECLARATOR (IDENTIFIER a)))))" },
  { "{ function f(){} function f(){} }",
    "(SCRIPT (BLOCK (FUNCTION_DECL DECLARATION SIMPLE_PARAMS (IDENTIFIER f)) (FUNCTION_DECL DECLARATION SIMPLE_PARAMS (IDENTIFIER f))))" },
  { "for (let i;;) { let i }",
    "(SCRIPT (FOR (VAR_DECL LET (VAR_DECLARATOR (IDENTIFIER i))) _ _ (BLOCK (VAR_DECL LET (VAR_DECLARATOR (IDENTIFIER i))))))" },
  { "x = a => a => this",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (FUNCTION ARROW EXPRESSION_BODY SIMPLE_PARAMS USES_THIS _ [(IDENTIFIER a)] (FUNCTION ARROW EXPRESSION_BODY SIMPLE_PARAMS USES_THIS _ [(IDENTIFIER a)] (THIS))))))" },
  { "yield: 1",
    "(SCRIPT (LABELED yield (EXPR_STMT (NUMBER 1))))" },
  { "await: 1",
    "(SCRIPT (LABELED await (EXPR_STMT (NUMBER 1))))" },
  { "f`\\01`",
    "(SCRIPT (EXPR_STMT (TAGGED_TEMPLATE (IDENTIFIER f) (TEMPLATE (STRING _ raw=\"\\\\01\")))))" },
  { "x = `a\\${b}`",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (TEMPLATE (STRING \"a${b}\" raw=\"a\\\\${b}\")))))" },
  { "2 ** -x",
    "(SCRIPT (EXPR_STMT (EXP (NUMBER 2) (NEG (IDENTIFIER x)))))" },
  { "async () => (await x) ** 2",
    "(SCRIPT (EXPR_STMT (FUNCTION ARROW ASYNC EXPRESSION_BODY SIMPLE_PARAMS _ _ (EXP (AWAIT PARENTHESIZED (IDENTIFIER x)) (NUMBER 2)))))" },
  { "class A { #x; m(){ return #x in this } }",
    "(SCRIPT (CLASS_DECL (IDENTIFIER A) _ (CLASS_MEMBER FIELD (PRIVATE_NAME #x)) (CLASS_MEMBER METHOD (STRING \"m\") (FUNCTION STRICT METHOD SIMPLE_PARAMS _ _ (RETURN (PRIVATE_IN (PRIVATE_NAME #x) (THIS)))))))" },
  { "for (var a = (b in c);;);",
    "(SCRIPT (FOR (VAR_DECL VAR (VAR_DECLARATOR (IDENTIFIER a) (IN PARENTHESIZED (IDENTIFIER b) (IDENTIFIER c)))) _ _ (EMPTY)))" },
  { "for (let [a] = [1];;);",
    "(SCRIPT (FOR (VAR_DECL LET (VAR_DECLARATOR (ARRAY_PATTERN (IDENTIFIER a)) (ARRAY (NUMBER 1)))) _ _ (EMPTY)))" },
  { "for (async of => 1;;);",
    "(SCRIPT (FOR (FUNCTION ARROW ASYNC EXPRESSION_BODY SIMPLE_PARAMS _ [(IDENTIFIER of)] (NUMBER 1)) _ _ (EMPTY)))" },
  { "async function f() { for await (async of x); }",
    "(SCRIPT (FUNCTION_DECL ASYNC DECLARATION SIMPLE_PARAMS (IDENTIFIER f) _ (FOR_OF AWAIT (IDENTIFIER async) (IDENTIFIER x) _ (EMPTY))))" },
  { "for (async.x of y);",
    "(SCRIPT (FOR_OF (MEMBER (IDENTIFIER async) (STRING \"x\")) (IDENTIFIER y) _ (EMPTY)))" },
  { "if (1) let\nx",
    "(SCRIPT (IF (NUMBER 1) (EXPR_STMT (IDENTIFIER let))) (EXPR_STMT (IDENTIFIER x)))" },
  { "a => {}\n(b)",
    "(SCRIPT (EXPR_STMT (FUNCTION ARROW SIMPLE_PARAMS _ (IDENTIFIER a))) (EXPR_STMT (IDENTIFIER PARENTHESIZED b)))" },
  { "a\n?.b",
    "(SCRIPT (EXPR_STMT (OPTIONAL_CHAIN (MEMBER OPTIONAL (IDENTIFIER a) (STRING \"b\")))))" },
  { "x = {a: 1, a: 2}",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (OBJECT (PROPERTY INIT (STRING \"a\") (NUMBER 1)) (PROPERTY INIT (STRING \"a\") (NUMBER 2))))))" },
  { "function f() { \"use strict\"; return this; }",
    "(SCRIPT (FUNCTION_DECL STRICT DECLARATION SIMPLE_PARAMS (IDENTIFIER f) _ (EXPR_STMT (STRING \"use strict\")) (RETURN (THIS))))" },
  { "x = y\n/re/g",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (DIV (DIV (IDENTIFIER y) (IDENTIFIER re)) (IDENTIFIER g)))))" },
  { "x\n/re/g",
    "(SCRIPT (EXPR_STMT (DIV (DIV (IDENTIFIER x) (IDENTIFIER re)) (IDENTIFIER g))))" },
  { "a\n/b/g.c",
    "(SCRIPT (EXPR_STMT (DIV (DIV (IDENTIFIER a) (IDENTIFIER b)) (MEMBER (IDENTIFIER g) (STRING \"c\")))))" },
  { "do ; while (0) x",
    "(SCRIPT (DO_WHILE (EMPTY) (NUMBER 0)) (EXPR_STMT (IDENTIFIER x)))" },
  { "var a = 1\nvar b = 2",
    "(SCRIPT (VAR_DECL VAR (VAR_DECLARATOR (IDENTIFIER a) (NUMBER 1))) (VAR_DECL VAR (VAR_DECLARATOR (IDENTIFIER b) (NUMBER 2))))" },
  { "x = \"\\u{1F600}\\uD800\"",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (STRING \"\xf0\x9f\x98\x80""\\ud800\"))))" },
  { "class A { static async *m() {} static get [x]() {} }",
    "(SCRIPT (CLASS_DECL (IDENTIFIER A) _ (CLASS_MEMBER METHOD STATIC (STRING \"m\") (FUNCTION STRICT METHOD ASYNC GENERATOR SIMPLE_PARAMS)) (CLASS_MEMBER GETTER COMPUTED STATIC (IDENTIFIER x) (FUNCTION STRICT METHOD GETTER SIMPLE_PARAMS))))" },
  { "class A { \"constructor\"() {} }",
    "(SCRIPT (CLASS_DECL (IDENTIFIER A) _ (CLASS_MEMBER METHOD (STRING \"constructor\") (FUNCTION STRICT METHOD CLASS_CONSTRUCTOR SIMPLE_PARAMS))))" },
  { "class A { static constructor() {} }",
    "(SCRIPT (CLASS_DECL (IDENTIFIER A) _ (CLASS_MEMBER METHOD STATIC (STRING \"constructor\") (FUNCTION STRICT METHOD SIMPLE_PARAMS))))" },
  { "x = { if: 1, class: 2, \"a b\": 3, 1.5: 4 }",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (OBJECT (PROPERTY INIT (STRING \"if\") (NUMBER 1)) (PROPERTY INIT (STRING \"class\") (NUMBER 2)) (PROPERTY INIT (STRING \"a b\") (NUMBER 3)) (PROPERTY INIT (NUMBER 1.5) (NUMBER 4))))))" },
  { "a = b ? c : d = e",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER a) (CONDITIONAL (IDENTIFIER b) (IDENTIFIER c) (ASSIGN (IDENTIFIER d) (IDENTIFIER e))))))" },
  { "x = function* () { yield\na; }",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (FUNCTION GENERATOR SIMPLE_PARAMS _ _ (EXPR_STMT (YIELD)) (EXPR_STMT (IDENTIFIER a))))))" },
  { "function f() { new.target; }",
    "(SCRIPT (FUNCTION_DECL DECLARATION SIMPLE_PARAMS (IDENTIFIER f) _ (EXPR_STMT (NEW_TARGET))))" },
  { "label: { break label; }",
    "(SCRIPT (LABELED label (BLOCK (BREAK label))))" },
  { "x = a => b => c",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (FUNCTION ARROW EXPRESSION_BODY SIMPLE_PARAMS _ [(IDENTIFIER a)] (FUNCTION ARROW EXPRESSION_BODY SIMPLE_PARAMS _ [(IDENTIFIER b)] (IDENTIFIER c))))))" },
  { "x = (a, [b, c], {d}) => 0",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (FUNCTION ARROW EXPRESSION_BODY _ [(IDENTIFIER a) (ARRAY_PATTERN (IDENTIFIER b) (IDENTIFIER c)) (OBJECT_PATTERN (PROPERTY SHORTHAND (STRING \"d\") (IDENTIFIER d)))] (NUMBER 0)))))" },
  { "x = async function* () {}",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (FUNCTION ASYNC GENERATOR SIMPLE_PARAMS))))" },
  { "`${ /}/ }`",
    "(SCRIPT (EXPR_STMT (TEMPLATE [(STRING \"\" raw=\"\") (STRING \"\" raw=\"\")] (REGEXP \"}\" flags=))))" },
  { "function f(){} /re/.test(x)",
    "(SCRIPT (FUNCTION_DECL DECLARATION SIMPLE_PARAMS (IDENTIFIER f)) (EXPR_STMT (CALL (MEMBER (REGEXP \"re\" flags=) (STRING \"test\")) (IDENTIFIER x))))" },
  { "x = {} / 2",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (DIV (OBJECT) (NUMBER 2)))))" },
  { "a++ / 2",
    "(SCRIPT (EXPR_STMT (DIV (POST_INC (IDENTIFIER a)) (NUMBER 2))))" },
  { "[] / 2",
    "(SCRIPT (EXPR_STMT (DIV (ARRAY) (NUMBER 2))))" },
  { "x = typeof /re/",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (TYPEOF (REGEXP \"re\" flags=)))))" },
  { "function f() { return /re/ }",
    "(SCRIPT (FUNCTION_DECL DECLARATION SIMPLE_PARAMS (IDENTIFIER f) _ (RETURN (REGEXP \"re\" flags=))))" },
  { "a\n++\nb",
    "(SCRIPT (EXPR_STMT (IDENTIFIER a)) (EXPR_STMT (PRE_INC (IDENTIFIER b))))" },
  { "a\nb",
    "(SCRIPT (EXPR_STMT (IDENTIFIER a)) (EXPR_STMT (IDENTIFIER b)))" },
  { "i = 0\n;[1].forEach(f)",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER i) (NUMBER 0))) (EXPR_STMT (CALL (MEMBER (ARRAY (NUMBER 1)) (STRING \"forEach\")) (IDENTIFIER f))))" },
  { "x\n(function(){})()",
    "(SCRIPT (EXPR_STMT (CALL (CALL (IDENTIFIER x) (FUNCTION SIMPLE_PARAMS)))))" },
  { "(a) / 2",
    "(SCRIPT (EXPR_STMT (DIV (IDENTIFIER PARENTHESIZED a) (NUMBER 2))))" },
  { "x = y /= 2",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (ASSIGN op=DIV (IDENTIFIER y) (NUMBER 2)))))" },
  { "if (a) /re/.test(b)",
    "(SCRIPT (IF (IDENTIFIER a) (EXPR_STMT (CALL (MEMBER (REGEXP \"re\" flags=) (STRING \"test\")) (IDENTIFIER b)))))" },
  { "() => eval(\"this\")",
    "(SCRIPT (EXPR_STMT (FUNCTION ARROW EXPRESSION_BODY SIMPLE_PARAMS USES_ARGUMENTS USES_THIS _ _ (CALL (IDENTIFIER eval) (STRING \"this\")))))" },
  { "with (o) { x; }", "(SCRIPT (WITH (IDENTIFIER o) (BLOCK (EXPR_STMT (IDENTIFIER x)))))" },
  { "function f() { return () => () => arguments; }",
    "(SCRIPT (FUNCTION_DECL DECLARATION SIMPLE_PARAMS USES_ARGUMENTS (IDENTIFIER f) _ (RETURN (FUNCTION ARROW EXPRESSION_BODY SIMPLE_PARAMS USES_ARGUMENTS _ _ (FUNCTION ARROW EXPRESSION_BODY SIMPLE_PARAMS USES_ARGUMENTS _ _ (IDENTIFIER arguments))))))" },
  { "x = { async* [a]() {}, get 1() {}, set \"s\"(v) {} }",
    "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (OBJECT (PROPERTY METHOD COMPUTED (IDENTIFIER a) (FUNCTION METHOD ASYNC GENERATOR SIMPLE_PARAMS)) (PROPERTY GETTER (NUMBER 1) (FUNCTION METHOD GETTER SIMPLE_PARAMS)) (PROPERTY SETTER (STRING \"s\") (FUNCTION METHOD SETTER SIMPLE_PARAMS _ (IDENTIFIER v)))))))" },
};

/* ---------------------------------------------------------------------- */
/* Errors, with line:column                                               */
/* ---------------------------------------------------------------------- */

static const Case error_cases[] = {
  /* unclosed brackets name where they opened */
  { "f(a,\n  b c)", "2:5: SyntaxError: missing ) after argument list (unclosed '(' at 1:2)" },
  { "x = [1, 2\n;", "2:1: SyntaxError: Unexpected token ';' (unclosed '[' at 1:5)" },
  { "x = {a: 1;", "1:10: SyntaxError: Unexpected token ';' (unclosed '{' at 1:5)" },
  { "if (a {", "1:7: SyntaxError: Unexpected token '{' (unclosed '(' at 1:4)" },
  { "(a b)", "1:4: SyntaxError: Unexpected identifier 'b' (unclosed '(' at 1:1)" },
  { "function f(a b) {}", "1:14: SyntaxError: Unexpected identifier 'b' (unclosed '(' at 1:11)" },
  { "x = `${a b}`", "1:10: SyntaxError: Missing } in template expression (unclosed '${' at 1:6)" },
  { "a[b;", "1:4: SyntaxError: Unexpected token ';' (unclosed '[' at 1:2)" },
  { "let {a b} = c", "1:8: SyntaxError: Unexpected identifier 'b' (unclosed '{' at 1:5)" },
  { "function f() {\n  return 1;\n", "3:1: SyntaxError: Unexpected end of input" },
  /* tokens */
  { "foo bar", "1:5: SyntaxError: Unexpected identifier 'bar'" },
  { "1 2", "1:3: SyntaxError: Unexpected number" },
  { "a 'b'", "1:3: SyntaxError: Unexpected string" },
  { "var `x`", "1:5: SyntaxError: Unexpected template string" },
  { "a )", "1:3: SyntaxError: Unexpected token ')'" },
  { "a if", "1:3: SyntaxError: Unexpected token 'if'" },
  { "x = ", "1:5: SyntaxError: Unexpected end of input" },
  { "x = 'abc", "1:5: SyntaxError: Invalid or unexpected token" },
  { "x = `abc", "1:9: SyntaxError: Unexpected end of input (unclosed '`' at 1:5)" },
  { "(a, b", "1:6: SyntaxError: Unexpected end of input (unclosed '(' at 1:1)" },
  { "f(1, 2", "1:7: SyntaxError: missing ) after argument list (unclosed '(' at 1:2)" },
  { "function () {}", "1:10: SyntaxError: Function statements require a function name" },
  { "async function f() {} await f()", "1:29: SyntaxError: await is only valid in async functions and the top level bodies of modules" },
  { "const {a}", "1:7: SyntaxError: Missing initializer in destructuring declaration" },
  { "x = {a 1}", "1:8: SyntaxError: Unexpected number (unclosed '{' at 1:5)" },
  { "for (const x of [1], y of [2]) {}", "1:20: SyntaxError: Unexpected token ',' (unclosed '(' at 1:5)" },
  { "x = @", "1:5: SyntaxError: Invalid or unexpected token" },
  { "x = 3in y", "1:5: SyntaxError: Invalid or unexpected token" },
  { "x = 1 2n", "1:7: SyntaxError: Unexpected number" },
  { "x = 01n", "1:5: SyntaxError: Invalid or unexpected token" },
  { "enum E {}", "1:1: SyntaxError: Unexpected reserved word" },
  { "var \\u0069f = 1", "1:5: SyntaxError: Keyword must not contain escaped characters" },
  /* statements */
  { "return 1", "1:1: SyntaxError: Illegal return statement" },
  { "break;", "1:1: SyntaxError: Illegal break statement" },
  { "continue;", "1:1: SyntaxError: Illegal continue statement: no surrounding iteration statement" },
  { "while (1) { break nope; }", "1:19: SyntaxError: Undefined label 'nope'" },
  { "a: { continue a; }", "1:15: SyntaxError: Illegal continue statement: 'a' does not denote an iteration statement" },
  { "a: a: ;", "1:4: SyntaxError: Label 'a' has already been declared" },
  { "while (1) function f() {}", "1:11: SyntaxError: In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement." },
  { "if (a) const b = 1;", "1:8: SyntaxError: Lexical declaration cannot appear in a single-statement context" },
  { "throw\nerr;", "1:1: SyntaxError: Illegal newline after throw" },
  { "try {}", "1:7: SyntaxError: Missing catch or finally after try" },
  { "switch (x) { default: default: }", "1:23: SyntaxError: More than one default clause in switch statement" },
  { "with (o) function f() {}", "1:10: SyntaxError: In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement." },
  { "import x from 'y';", "1:1: SyntaxError: Cannot use import statement outside a module" },
  { "new import('y');", "1:5: SyntaxError: Cannot use new with import" },
  { "import();", "1:1: SyntaxError: import() requires a specifier" },
  { "x = import.meta;", "1:5: SyntaxError: Cannot use 'import.meta' outside a module" },
  /* declarations */
  { "let x;\nlet x;", "2:5: SyntaxError: Identifier 'x' has already been declared" },
  { "var x; let x;", "1:12: SyntaxError: Identifier 'x' has already been declared" },
  { "let x; { var x; }", "1:14: SyntaxError: Identifier 'x' has already been declared" },
  { "const c = 1; class c {}", "1:20: SyntaxError: Identifier 'c' has already been declared" },
  { "function f(a) { let a; }", "1:21: SyntaxError: Identifier 'a' has already been declared" },
  { "try {} catch (e) { let e; }", "1:24: SyntaxError: Identifier 'e' has already been declared" },
  { "switch (x) { case 1: let y; default: let y; }", "1:42: SyntaxError: Identifier 'y' has already been declared" },
  { "const a;", "1:7: SyntaxError: Missing initializer in const declaration" },
  { "let [a];", "1:5: SyntaxError: Missing initializer in destructuring declaration" },
  { "let let = 1;", "1:5: SyntaxError: let is disallowed as a lexically bound name" },
  { "(a, a) => 1", "1:5: SyntaxError: Duplicate parameter name not allowed in this context" },
  { "function f(a, [a]) {}", "1:16: SyntaxError: Duplicate parameter name not allowed in this context" },
  /* assignment targets */
  { "a + b = c", "1:1: SyntaxError: Invalid left-hand side in assignment" },
  { "f() = 1", "1:1: SyntaxError: Invalid left-hand side in assignment" },
  { "a?.b = 1", "1:1: SyntaxError: Invalid left-hand side in assignment" },
  { "(a, b) = 1", "1:1: SyntaxError: Invalid left-hand side in assignment" },
  { "({a}) = 1", "1:1: SyntaxError: Invalid left-hand side in assignment" },
  { "++a++", "1:3: SyntaxError: Invalid left-hand side expression in prefix operation" },
  { "a() ++", "1:1: SyntaxError: Invalid left-hand side expression in postfix operation" },
  { "[a + b] = c", "1:2: SyntaxError: Invalid destructuring assignment target" },
  { "[...a, b] = c", "1:2: SyntaxError: Rest element must be last element" },
  { "[...a,] = c", "1:2: SyntaxError: Rest element must be last element" },
  { "x = {a = 1};", "1:8: SyntaxError: Invalid shorthand property initializer" },
  { "({a = 1}).b = 1", "1:5: SyntaxError: Invalid shorthand property initializer" },
  { "for (a + b of c);", "1:6: SyntaxError: Invalid left-hand side in for-of loop" },
  { "for (let a, b of c);", "1:6: SyntaxError: Invalid left-hand side in for-of loop: Must have a single binding." },
  { "for (async of x);", "1:6: SyntaxError: The left-hand side of a for-of loop may not be 'async'." },
  /* operators */
  { "-a ** b", "1:1: SyntaxError: Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence" },
  { "a ?\? b || c", "1:8: SyntaxError: Unexpected token '||'" },
  { "a && b ?\? c", "1:8: SyntaxError: Unexpected token '?\?'" },
  { "1 + a => a", "1:7: SyntaxError: Unexpected token '=>'" },
  { "a\n=> a", "2:1: SyntaxError: Unexpected token '=>'" },
  { "(...a, b) => 1", "1:6: SyntaxError: Rest parameter must be last formal parameter" },
  { "(a,)", "1:4: SyntaxError: Unexpected token ')'" },
  { "()", "1:2: SyntaxError: Unexpected token ')'" },
  { "new a?.b()", "1:6: SyntaxError: Invalid optional chain from new expression" },
  { "a?.b`c`", "1:5: SyntaxError: Invalid tagged template on optional chain" },
  { "x = `\\unicode`", "1:6: SyntaxError: Invalid Unicode escape sequence" },
  /* functions, generators, async */
  { "function* g() { function* h(a = yield) {} }", "1:33: SyntaxError: Yield expression not allowed in formal parameter" },
  { "function* g() { (a = yield) => 1 }", "1:22: SyntaxError: Yield expression not allowed in formal parameter" },
  { "async function f() { (a = await b) => 1 }", "1:27: SyntaxError: Illegal await-expression in formal parameters of async function" },
  { "async function f() { var await; }", "1:26: SyntaxError: Unexpected reserved word" },
  { "function* g() { var yield; }", "1:21: SyntaxError: Unexpected identifier 'yield'" },
  { "async (await) => 1", "1:8: SyntaxError: Unexpected reserved word" },
  { "function f(a = 1) { 'use strict'; }", "1:21: SyntaxError: Illegal 'use strict' directive in function with non-simple parameter list" },
  { "({ get a(b) {} })", "1:9: SyntaxError: Getter must not have any formal parameters." },
  { "({ set a() {} })", "1:9: SyntaxError: Setter must have exactly one formal parameter." },
  { "new.target", "1:1: SyntaxError: new.target expression is not allowed here" },
  { "super.x", "1:1: SyntaxError: 'super' keyword unexpected here" },
  { "class A { m() { super(); } }", "1:17: SyntaxError: 'super' keyword unexpected here" },
  { "class A { constructor() { super(); } }", "1:27: SyntaxError: 'super' keyword unexpected here" },
  /* strict mode */
  { "'use strict'; delete x;", "1:15: SyntaxError: Delete of an unqualified identifier in strict mode." },
  { "'use strict'; x = 017;", "1:19: SyntaxError: Octal literals are not allowed in strict mode." },
  { "'use strict'; x = 08;", "1:19: SyntaxError: Decimals with leading zeros are not allowed in strict mode." },
  { "'use strict'; x = '\\07';", "1:20: SyntaxError: Octal escape sequences are not allowed in strict mode." },
  { "function f() { '\\07'; 'use strict'; }", "1:17: SyntaxError: Octal escape sequences are not allowed in strict mode." },
  { "'use strict'; var let = 1;", "1:19: SyntaxError: Unexpected strict mode reserved word" },
  { "'use strict'; eval = 1;", "1:15: SyntaxError: Unexpected eval or arguments in strict mode" },
  { "function arguments() { 'use strict'; }", "1:10: SyntaxError: Unexpected eval or arguments in strict mode" },
  { "function f(a, a) { 'use strict'; }", "1:15: SyntaxError: Duplicate parameter name not allowed in this context" },
  { "'use strict'; with (o) {}", "1:15: SyntaxError: Strict mode code may not include a with statement" },
  { "class A { m() { var static; } }", "1:21: SyntaxError: Unexpected strict mode reserved word" },
  /* classes and private names */
  { "class A { constructor() {} constructor() {} }", "1:28: SyntaxError: A class may only have one constructor" },
  { "class A { get constructor() {} }", "1:15: SyntaxError: Class constructor may not be an accessor" },
  { "class A { *constructor() {} }", "1:12: SyntaxError: Class constructor may not be a generator" },
  { "class A { async constructor() {} }", "1:17: SyntaxError: Class constructor may not be an async method" },
  { "class A { constructor = 1 }", "1:11: SyntaxError: Classes may not have a field named 'constructor'" },
  { "class A { static prototype() {} }", "1:18: SyntaxError: Classes may not have a static property named 'prototype'" },
  { "class A { #constructor() {} }", "1:11: SyntaxError: Classes may not have a private field named '#constructor'" },
  { "class A { #a; #a; }", "1:15: SyntaxError: Identifier '#a' has already been declared" },
  { "class A { m() { this.#b; } }", "1:22: SyntaxError: Private field '#b' must be declared in an enclosing class" },
  { "this.#x", "1:6: SyntaxError: Private field '#x' must be declared in an enclosing class" },
  { "class A { #x; m() { delete this.#x; } }", "1:33: SyntaxError: Private fields can not be deleted" },
  { "class A { x = arguments; }", "1:15: SyntaxError: 'arguments' is not allowed in class field initializer or static initialization block" },
  { "class A { static { return; } }", "1:20: SyntaxError: Illegal return statement" },
  { "class A { static { await; } }", "1:20: SyntaxError: Unexpected reserved word" },
  /* invalid UTF-8 */
  { "x = 1; \xff", "1:8: SyntaxError: Invalid or unexpected token" },
  { "'\xc3\x28'", "1:2: SyntaxError: Invalid or unexpected token" },
  /* positions count UTF-16 units and every kind of line break */
  { "'\xf0\x9f\x98\x80' +", "1:7: SyntaxError: Unexpected end of input" },
  { "a\r\nb\rc\xe2\x80\xa8" "d\xe2\x80\xa9" " e f", "5:4: SyntaxError: Unexpected identifier 'f'" },
};

/* ---------------------------------------------------------------------- */
/* Source ranges                                                          */
/* ---------------------------------------------------------------------- */

static JsAst *
parse_ok (JsAstArena *arena, const char *source)
{
  JsSyntaxError error = { NULL, };
  JsAst *ast = js_parse (arena, source, strlen (source), JS_PARSE_SCRIPT, &error);

  if (ast == NULL)
    g_error ("%s: %s", source, error.message);
  return ast;
}

static void
assert_range (const JsAst *n, JsAstKind kind, int line, int column, int end_line, int end_column)
{
  g_assert_nonnull (n);
  g_assert_cmpstr (js_ast_kind_name (n->kind), ==, js_ast_kind_name (kind));
  g_assert_cmpint (n->line, ==, line);
  g_assert_cmpint (n->column, ==, column);
  g_assert_cmpint (n->end_line, ==, end_line);
  g_assert_cmpint (n->end_column, ==, end_column);
}

static void
test_ranges (void)
{
  JsAstArena *arena = js_ast_arena_new ();
  JsAst *script, *stmt, *e;

  /* statements run from their first token to their last, ';' included */
  script = parse_ok (arena, "  let x = a + b;\nf(1)\n  if (x) { y(); }");
  assert_range (script, JS_AST_SCRIPT, 1, 1, 3, 18);
  stmt = script->a->a;
  assert_range (stmt, JS_AST_VAR_DECL, 1, 3, 1, 17);
  assert_range (stmt->a->a, JS_AST_VAR_DECLARATOR, 1, 7, 1, 16);
  assert_range (stmt->a->a->a, JS_AST_IDENTIFIER, 1, 7, 1, 8);
  assert_range (stmt->a->a->b, JS_AST_ADD, 1, 11, 1, 16);
  stmt = script->a->b->a;
  assert_range (stmt, JS_AST_EXPR_STMT, 2, 1, 2, 5);          /* no ';': ASI */
  assert_range (stmt->a, JS_AST_CALL, 2, 1, 2, 5);
  assert_range (stmt->a->b->a, JS_AST_NUMBER, 2, 3, 2, 4);
  stmt = script->a->b->b->a;
  assert_range (stmt, JS_AST_IF, 3, 3, 3, 18);
  assert_range (stmt->b, JS_AST_BLOCK, 3, 10, 3, 18);
  assert_range (stmt->b->a->a, JS_AST_EXPR_STMT, 3, 12, 3, 16);

  /* parentheses belong to the parenthesized expression */
  script = parse_ok (arena, "x = (a + b) * c;");
  e = script->a->a->a->b;
  assert_range (e, JS_AST_MUL, 1, 5, 1, 16);
  assert_range (e->a, JS_AST_ADD, 1, 5, 1, 12);

  /* functions, members, calls; columns are UTF-16 units */
  script = parse_ok (arena, "'\xf0\x9f\x98\x80'; function f(a) {\n  return a.b(c);\n}");
  assert_range (script->a->a, JS_AST_EXPR_STMT, 1, 1, 1, 6);
  stmt = script->a->b->a;
  assert_range (stmt, JS_AST_FUNCTION_DECL, 1, 7, 3, 2);
  assert_range (stmt->a, JS_AST_IDENTIFIER, 1, 16, 1, 17);
  e = stmt->c->a;
  assert_range (e, JS_AST_RETURN, 2, 3, 2, 17);
  assert_range (e->a, JS_AST_CALL, 2, 10, 2, 16);
  assert_range (e->a->a, JS_AST_MEMBER, 2, 10, 2, 13);
  assert_range (e->a->a->b, JS_AST_STRING, 2, 12, 2, 13);

  /* templates and arrows */
  script = parse_ok (arena, "t = `a${b}\nc`; g = x => x * 2;");
  e = script->a->a->a->b;
  assert_range (e, JS_AST_TEMPLATE, 1, 5, 2, 3);
  assert_range (e->a->a, JS_AST_STRING, 1, 5, 1, 9);
  e = script->a->b->a->a->b;
  assert_range (e, JS_AST_FUNCTION, 2, 9, 2, 19);
  assert_range (e->c, JS_AST_MUL, 2, 14, 2, 19);

  /* a class, its members, an optional chain */
  script = parse_ok (arena, "class A { #x = 1; m() {} }\na?.b.c;");
  stmt = script->a->a;
  assert_range (stmt, JS_AST_CLASS_DECL, 1, 1, 1, 27);
  assert_range (stmt->c->a, JS_AST_CLASS_MEMBER, 1, 11, 1, 18);
  assert_range (stmt->c->b->a, JS_AST_CLASS_MEMBER, 1, 19, 1, 25);
  e = script->a->b->a->a;
  assert_range (e, JS_AST_OPTIONAL_CHAIN, 2, 1, 2, 7);
  assert_range (e->a, JS_AST_MEMBER, 2, 1, 2, 7);
  assert_range (e->a->a, JS_AST_MEMBER, 2, 1, 2, 5);
  js_ast_arena_free (arena);
}

/* ---------------------------------------------------------------------- */
/* Flags                                                                  */
/* ---------------------------------------------------------------------- */

static void
test_function_body_goal (void)
{
  char *got = parse_to_string ("return arguments[0] + new.target;", 33, JS_PARSE_FUNCTION_BODY);

  g_assert_cmpstr (got, ==, "(SCRIPT USES_ARGUMENTS (RETURN (ADD (INDEX (IDENTIFIER arguments) (NUMBER 0)) (NEW_TARGET))))");
  g_free (got);
  got = parse_to_string ("return 1;", 9, JS_PARSE_SCRIPT);
  g_assert_cmpstr (got, ==, "1:1: SyntaxError: Illegal return statement");
  g_free (got);
  /* Node's CommonJS wrapper parameters: the redeclaration that makes Node 20 retry as a module */
  got = parse_to_string ("var module; const require = 1;", 30, JS_PARSE_FUNCTION_BODY);
  g_assert_cmpstr (got, ==, "1:19: SyntaxError: Identifier 'require' has already been declared");
  g_free (got);
}

static void
test_syntax_error_format (void)
{
  JsSyntaxError error = { NULL, };
  char *s;

  error.message = g_strdup ("expected ')'");
  error.line = 3;
  error.column = 14;
  s = js_syntax_error_format (&error);
  g_assert_cmpstr (s, ==, "3:14: SyntaxError: expected ')'");
  g_free (s);
  error.open_line = 3;
  error.open_column = 5;
  error.open_token = "(";
  s = js_syntax_error_format (&error);
  g_assert_cmpstr (s, ==, "3:14: SyntaxError: expected ')' (unclosed '(' at 3:5)");
  g_free (s);
  js_syntax_error_clear (&error);
  g_assert_null (error.message);
  g_assert_cmpint (error.open_line, ==, 0);
}

static void
test_kind_names (void)
{
  g_assert_cmpstr (js_ast_kind_name (JS_AST_LIST), ==, "LIST");
  g_assert_cmpstr (js_ast_kind_name (JS_AST_OPTIONAL_CHAIN), ==, "OPTIONAL_CHAIN");
  g_assert_cmpstr (js_ast_kind_name (JS_AST_REST), ==, "REST");
  g_assert_cmpstr (js_ast_kind_name (JS_AST_N_KINDS), ==, "?");
}

/* ---------------------------------------------------------------------- */
/* Limits: deep nesting, huge inputs, garbage                             */
/* ---------------------------------------------------------------------- */

static char *
repeat (const char *prefix, const char *unit, guint n, const char *suffix)
{
  GString *s = g_string_new (prefix);
  guint i;

  for (i = 0; i < n; i++)
    g_string_append (s, unit);
  g_string_append (s, suffix);
  return g_string_free (s, FALSE);
}

static void
assert_too_deep (const char *prefix, const char *unit, guint n, const char *suffix)
{
  char *src = repeat (prefix, unit, n, suffix);
  gint64 t0 = g_get_monotonic_time ();
  char *got = parse_to_string (src, strlen (src), JS_PARSE_SCRIPT);

  g_test_message ("%u x '%s': %s (%.3f s)", n, unit, got, (g_get_monotonic_time () - t0) / 1e6);
  g_assert_nonnull (strstr (got, "SyntaxError: too much nesting"));
  g_assert_cmpfloat ((g_get_monotonic_time () - t0) / 1e6, <, 5.0);
  g_free (got);
  g_free (src);
}

static void
assert_parses (const char *prefix, const char *unit, guint n, const char *middle, const char *unit2)
{
  char *a = repeat (prefix, unit, n, middle);
  char *src = repeat (a, unit2, n, "");
  char *got = parse_to_string (src, strlen (src), JS_PARSE_SCRIPT);

  g_assert_cmpstr (got, !=, NULL);
  if (g_str_has_prefix (got, "1:"))
    g_error ("%u x '%s': %s", n, unit, got);
  g_free (got);
  g_free (src);
  g_free (a);
}

static void
test_depth_limit (void)
{
  assert_too_deep ("", "[", 100000, "");
  assert_too_deep ("", "(", 100000, "");
  assert_too_deep ("", "{", 100000, "");
  assert_too_deep ("x = ", "{a:", 100000, "");
  assert_too_deep ("", "a=", 100000, "a");
  assert_too_deep ("", "-(", 100000, "x");
  assert_too_deep ("", "!", 100000, "x");
  assert_too_deep ("", "new ", 100000, "X");
  assert_too_deep ("", "`${", 100000, "");
  assert_too_deep ("", "a => ", 100000, "a");
  assert_too_deep ("", "if (a) ", 100000, ";");
  assert_too_deep ("let ", "[", 100000, "");
  assert_too_deep ("x = ", "class extends ", 100000, "");
  assert_too_deep ("", "function f() {", 100000, "");
  assert_too_deep ("", "a ** ", 100000, "a");
  assert_too_deep ("x = a", " + a", 100000, "");
  assert_too_deep ("x = a", ".b", 100000, "");
  assert_too_deep ("x = a", "()", 100000, "");
  /* but reasonable nesting is fine */
  assert_parses ("x = ", "[", 300, "", "]");
  assert_parses ("x = ", "(", 300, "1", ")");
  assert_parses ("", "{", 300, "", "}");
  assert_parses ("x = ", "f(", 300, "1", ")");
  assert_parses ("x = 1", " + 1", 300, "", "");
}

static void
test_huge_string (void)
{
  gsize n = 50 * 1024 * 1024;
  char *src = g_malloc (n + 8);
  JsAstArena *arena = js_ast_arena_new ();
  JsSyntaxError error = { NULL, };
  gint64 t0 = g_get_monotonic_time ();
  JsAst *ast;

  memcpy (src, "x = '", 5);
  memset (src + 5, 'a', n);
  memcpy (src + 5 + n, "';", 2);
  ast = js_parse (arena, src, n + 7, JS_PARSE_SCRIPT, &error);
  g_assert_nonnull (ast);
  g_assert_cmpuint (ast->a->a->a->b->str_length, ==, n);
  g_test_message ("50 MB string literal: %.3f s", (g_get_monotonic_time () - t0) / 1e6);
  js_ast_arena_free (arena);

  /* unterminated: an error, not a crash */
  arena = js_ast_arena_new ();
  g_assert_null (js_parse (arena, src, n + 5, JS_PARSE_SCRIPT, &error));
  g_assert_cmpstr (error.message, ==, "Invalid or unexpected token");
  js_syntax_error_clear (&error);
  js_ast_arena_free (arena);
  g_free (src);
}

/* A generated script of about `size` bytes using most of the language. */
static char *
generate_script (gsize size)
{
  GString *s = g_string_new ("'use strict';\n");
  guint i = 0;

  while (s->len < size)
    {
      g_string_append_printf (s,
        "function f%u(a, b = %u, ...rest) {\n"
        "  const { x, y: [z = 1, ...w] } = a ?\? {};\n"
        "  let total = 0;\n"
        "  for (let i = 0; i < rest.length; i++) total += rest[i] * 2 ** i;\n"
        "  for (const [k, v] of Object.entries(b)) if (k !== 'skip') total -= v?.value ?\? 0;\n"
        "  const g = async (p) => { await p; return `total ${total} for ${x}`; };\n"
        "  class C%u extends Base { #n = %u; static s = [1, 2, 3]; get n() { return this.#n; } m() { return super.m() + this.#n; } }\n"
        "  try { total = /ab+c/gi.test(String(z)) ? total / 3 : total %% 7; } catch (e) { throw new Error(e.message); }\n"
        "  switch (typeof w) { case 'object': break; default: total++; }\n"
        "  return { total, g, C: C%u, ok: !!x && (y || z), list: [...w, ...rest] };\n"
        "}\n", i, i, i, i, i);
      i++;
    }
  return g_string_free (s, FALSE);
}

static void
test_generated_1mb (void)
{
  char *src = generate_script (1024 * 1024);
  gsize len = strlen (src);
  JsAstArena *arena;
  JsSyntaxError error = { NULL, };
  gint64 t0;
  double best = G_MAXDOUBLE;
  int run;

  for (run = 0; run < 3; run++)
    {
      arena = js_ast_arena_new ();
      t0 = g_get_monotonic_time ();
      g_assert_nonnull (js_parse (arena, src, len, JS_PARSE_SCRIPT, &error));
      best = MIN (best, (g_get_monotonic_time () - t0) / 1e6);
      js_ast_arena_free (arena);
    }
  g_test_message ("parse of a %" G_GSIZE_FORMAT "-byte generated script: %.1f ms (best of 3)", len, best * 1000);
  g_free (src);
}

static void
test_random_input (void)
{
  static const char *const pieces[] = {
    "a", "b", "1", "'s'", "`t${", "}", "`", "(", ")", "[", "]", "{", "}", ",", ";", "=", "=>", "+", "++",
    "?.", "?\?", "?", ":", ".", "...", "/", "/re/", "function", "class", "let", "const", "var", "if", "else",
    "for", "of", "in", "async", "await", "yield", "*", "new", "this", "super", "#p", "return", "\n", " ",
    "static", "get", "extends", "try", "catch", "'use strict';", "delete", "typeof", "!", "-", "**",
  };
  GRand *rand = g_rand_new_with_seed (42);
  guint i, j;

  for (i = 0; i < 20000; i++)
    {
      GString *s = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 1, 40);
      char *got;

      for (j = 0; j < n; j++)
        {
          if (i % 5 == 4)
            g_string_append_c (s, (char) g_rand_int_range (rand, 1, 256));
          else
            g_string_append (s, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
          g_string_append_c (s, ' ');
        }
      got = parse_to_string (s->str, s->len, i % 2 ? JS_PARSE_SCRIPT : JS_PARSE_FUNCTION_BODY);
      g_free (got);
      g_string_free (s, TRUE);
    }
  g_rand_free (rand);
}

static void
test_nul_bytes (void)
{
  static const char src[] = "x = 'a\0b';\0";
  char *got = parse_to_string (src, sizeof src - 1, JS_PARSE_SCRIPT);

  g_assert_cmpstr (got, ==, "1:11: SyntaxError: Invalid or unexpected token");
  g_free (got);
  got = parse_to_string (src, 10, JS_PARSE_SCRIPT);
  g_assert_cmpstr (got, ==, "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (STRING \"a\\u0000b\"))))");
  g_free (got);
  /* the source need not be NUL-terminated, and may be empty */
  got = parse_to_string ("x = 1;garbage", 6, JS_PARSE_SCRIPT);
  g_assert_cmpstr (got, ==, "(SCRIPT (EXPR_STMT (ASSIGN (IDENTIFIER x) (NUMBER 1))))");
  g_free (got);
  got = parse_to_string ("", 0, JS_PARSE_SCRIPT);
  g_assert_cmpstr (got, ==, "(SCRIPT)");
  g_free (got);
}

/* ---------------------------------------------------------------------- */
/* The corpus: every .js file parses                                      */
/* ---------------------------------------------------------------------- */

/* A script meant to be rejected says so on its first line, and Node
 * recorded no output and exit code 1 for it. */
static gboolean
corpus_expects_syntax_error (const char *path, const char *text)
{
  g_autofree char *stem = g_strndup (path, strlen (path) - 3);
  g_autofree char *out_path = g_strconcat (stem, ".out", NULL);
  g_autofree char *code_path = g_strconcat (stem, ".code", NULL);
  g_autofree char *out = NULL, *code = NULL, *first = NULL;
  const char *nl = strchr (text, '\n');

  first = g_ascii_strdown (text, nl ? nl - text : -1);
  if (!g_str_has_prefix (first, "//") || !strstr (first, "syntax error"))
    return FALSE;
  return g_file_get_contents (out_path, &out, NULL, NULL) && out[0] == '\0' &&
         g_file_get_contents (code_path, &code, NULL, NULL) && g_str_has_prefix (code, "1");
}

/* A script listed in its directory's known-failures.txt uses something the
 * engine does not support yet; the parser may reject it. */
static gboolean
corpus_lists_as_known_failure (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *list_path = g_build_filename (dir, "known-failures.txt", NULL);
  g_autofree char *list = NULL;
  g_auto (GStrv) lines = NULL;

  base[strlen (base) - 3] = '\0';
  if (!g_file_get_contents (list_path, &list, NULL, NULL))
    return FALSE;
  lines = g_strsplit (list, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto (GStrv) words = g_strsplit_set (g_strstrip (lines[i]), " \t", 2);
      if (words[0] && words[0][0] != '#' && g_strcmp0 (words[0], base) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
check_corpus_file (gconstpointer data)
{
  const char *path = data;
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  gsize len;
  char *got;

  g_assert_true (g_file_get_contents (path, &text, &len, &error));
  got = parse_to_string (text, len, JS_PARSE_SCRIPT);
  /* Node runs a script with top-level await as an ES module */
  if (!g_str_has_prefix (got, "(SCRIPT"))
    {
      char *as_module = parse_to_string (text, len, JS_PARSE_ASYNC_MODULE_BODY);
      if (g_str_has_prefix (as_module, "(SCRIPT"))
        {
          g_free (got);
          got = as_module;
        }
      else
        g_free (as_module);
    }
  if (corpus_expects_syntax_error (path, text))
    {
      g_test_message ("%s: %s", path, got);
      if (!strstr (got, "SyntaxError"))
        g_error ("%s should not parse", path);
    }
  else if (!g_str_has_prefix (got, "(SCRIPT"))
    {
      if (corpus_lists_as_known_failure (path))
        g_test_skip (got);
      else
        g_error ("%s: %s", path, got);
    }
  g_free (got);
}

static void
test_corpus_present (gconstpointer data)
{
  g_test_message ("%u corpus files", GPOINTER_TO_UINT (data));
}

static guint
add_corpus_dir (const char *dir)
{
  GDir *d = g_dir_open (dir, 0, NULL);
  GPtrArray *names;
  const char *name;
  guint i, n;

  if (d == NULL)
    return 0;
  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (d)))
    if (g_str_has_suffix (name, ".js"))
      g_ptr_array_add (names, g_strdup (name));
  g_dir_close (d);
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  n = names->len;
  for (i = 0; i < n; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      char *base = g_path_get_basename (dir);
      char *test = g_strdup_printf ("/engine/parser/corpus/%s/%s", base, file);

      /* the path lives as long as the program: the test runs later */
      g_test_add_data_func_full (test, g_build_filename (dir, file, NULL), check_corpus_file, g_free);
      g_free (test);
      g_free (base);
    }
  g_ptr_array_unref (names);
  return n;
}

int
main (int argc, char **argv)
{
  guint i, n_corpus;
  char *dir;

  g_test_init (&argc, &argv, NULL);
  for (i = 0; i < G_N_ELEMENTS (dump_cases); i++)
    {
      char *path = g_strdup_printf ("/engine/parser/ast/%03u", i);

      g_test_add_data_func (path, &dump_cases[i], check_case);
      g_free (path);
    }
  for (i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      char *path = g_strdup_printf ("/engine/parser/error/%03u", i);

      g_test_add_data_func (path, &error_cases[i], check_case);
      g_free (path);
    }
  g_test_add_func ("/engine/parser/ranges", test_ranges);
  g_test_add_func ("/engine/parser/function-body-goal", test_function_body_goal);
  g_test_add_func ("/engine/parser/error-format", test_syntax_error_format);
  g_test_add_func ("/engine/parser/kind-names", test_kind_names);
  g_test_add_func ("/engine/parser/depth-limit", test_depth_limit);
  g_test_add_func ("/engine/parser/huge-string", test_huge_string);
  g_test_add_func ("/engine/parser/generated-1mb", test_generated_1mb);
  g_test_add_func ("/engine/parser/random-input", test_random_input);
  g_test_add_func ("/engine/parser/nul-bytes", test_nul_bytes);

  /* tests/corpus and tests/corpus-browser, from the source tree (meson sets
   * G_TEST_SRCDIR to tests/, a direct run may use tests/engine/) */
  n_corpus = 0;
  for (i = 0; i < 2; i++)
    {
      const char *name = i == 0 ? "corpus" : "corpus-browser";

      dir = g_test_build_filename (G_TEST_DIST, name, NULL);
      if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
        {
          g_free (dir);
          dir = g_test_build_filename (G_TEST_DIST, "..", name, NULL);
        }
      n_corpus += add_corpus_dir (dir);
      g_free (dir);
    }
  g_test_add_data_func ("/engine/parser/corpus/count", GUINT_TO_POINTER (n_corpus), test_corpus_present);

  return g_test_run ();
}
