/* js-parse.h: the front end — source text to an abstract syntax tree.
 *
 * The parser does not need a JsState: the app uses it alone to underline
 * syntax errors, and the tests drive it without a runtime.  Every node carries
 * its source range; the compiler copies the ranges into the bytecode's side
 * table so the trace and the editor can point at the code.
 *
 * Positions: lines and columns are 1-based; a column counts UTF-16 code units
 * from the start of the line (what the editor and Node's messages use); the end
 * position is exclusive.
 */
#pragma once

#include <glib.h>
#include <stdint.h>

G_BEGIN_DECLS

/* Every AST node kind, with what its fields mean.  One list, so the enum and
 * the name table (js_ast_kind_name) cannot drift.
 *
 * Conventions: lists are chains of LIST nodes (a = item, b = next LIST or
 * NULL); an empty list is a NULL pointer.  "name" is the UTF-8 `name` field;
 * "str" is the UTF-16 `str`/`str_length` pair (string values may hold lone
 * surrogates, so they are never UTF-8).  `flags` holds JS_AST_FLAG_* bits. */
#define JS_AST_KINDS(X) \
  /* Structure */ \
  X(LIST)             /* a = item, b = next LIST */ \
  X(SCRIPT)           /* a = statements; flags: STRICT, and USES_ARGUMENTS (JS_PARSE_FUNCTION_BODY: the body mentions `arguments`) */ \
  /* Statements */ \
  X(VAR_DECL)         /* a = LIST of VAR_DECLARATOR; flags: VAR | LET | CONST */ \
  X(VAR_DECLARATOR)   /* a = target (IDENTIFIER or pattern), b = initializer or NULL */ \
  X(FUNCTION_DECL)    /* as FUNCTION (DECLARATION flag set); a = name */ \
  X(CLASS_DECL)       /* as CLASS; a = name */ \
  X(EMPTY)            /* ; */ \
  X(EXPR_STMT)        /* a = expression */ \
  X(BLOCK)            /* a = statements */ \
  X(IF)               /* a = test, b = consequent, c = alternate or NULL */ \
  X(FOR)              /* a = init (VAR_DECL, expression or NULL), b = test or NULL, c = update or NULL, d = body */ \
  X(FOR_IN)           /* a = left (VAR_DECL with one declarator and no initializer, or an assignment target), b = object, d = body */ \
  X(FOR_OF)           /* as FOR_IN, b = iterable; flags: AWAIT for `for await` */ \
  X(WHILE)            /* a = test, b = body */ \
  X(DO_WHILE)         /* a = body, b = test */ \
  X(CONTINUE)         /* name = label or NULL */ \
  X(BREAK)            /* name = label or NULL */ \
  X(RETURN)           /* a = argument or NULL */ \
  X(THROW)            /* a = argument */ \
  X(TRY)              /* a = block, b = catch parameter (pattern) or NULL, c = catch BLOCK or NULL, d = finally BLOCK or NULL */ \
  X(SWITCH)           /* a = discriminant, b = LIST of CASE */ \
  X(CASE)             /* a = test, or NULL for default; b = statements */ \
  X(LABELED)          /* name = label, a = statement */ \
  X(DEBUGGER)         \
  X(WITH)             /* a = object, b = body (sloppy code only) */ \
  /* Primary expressions */ \
  X(IDENTIFIER)       /* name */ \
  X(PRIVATE_NAME)     /* name without the '#': only as a CLASS_MEMBER key, PRIVATE_MEMBER, or left of PRIVATE_IN */ \
  X(NUMBER)           /* number */ \
  X(BIGINT)           /* name = the literal as js_bigint_from_literal reads it ("12", "0x1f") */ \
  X(STRING)           /* str (cooked); in templates also raw / raw_length, and str == NULL when the cooked value is invalid (tagged templates only) */ \
  X(TEMPLATE)         /* a = LIST of STRING quasis, b = LIST of expressions; quasis = expressions + 1 */ \
  X(TAGGED_TEMPLATE)  /* a = tag, b = TEMPLATE */ \
  X(REGEXP)           /* str = pattern, name = flags */ \
  X(NULL_LITERAL)     \
  X(TRUE)             \
  X(FALSE)            \
  X(THIS)             \
  X(ARRAY)            /* a = LIST of elements: expression, SPREAD or ELISION */ \
  X(ELISION)          /* a hole in an array literal or array pattern */ \
  X(OBJECT)           /* a = LIST of PROPERTY or SPREAD */ \
  X(PROPERTY)         /* a = key, b = value; flags: one of INIT SHORTHAND METHOD GETTER SETTER; COMPUTED. \
                         Keys: IDENTIFIER names and string literals become STRING, number literals stay NUMBER (BIGINT), \
                         computed keys are the expression with COMPUTED set.  In object patterns b is the target, \
                         possibly an ASSIGN_PATTERN (SHORTHAND `{ x = 1 }` gives b = ASSIGN_PATTERN(IDENTIFIER x, 1)). */ \
  X(FUNCTION)         /* a = name IDENTIFIER or NULL, b = LIST of parameters (target, ASSIGN_PATTERN or REST), \
                         c = body: LIST of statements, or the expression of a concise arrow (EXPRESSION_BODY); \
                         flags: ARROW ASYNC GENERATOR METHOD GETTER SETTER DECLARATION EXPRESSION_BODY STRICT \
                         CLASS_CONSTRUCTOR DERIVED SIMPLE_PARAMS USES_ARGUMENTS USES_THIS. \
                         METHOD is set on every method definition (accessors and class constructors too); \
                         a direct `eval(…)` counts as mentioning both `this` and `arguments`. */ \
  X(CLASS)            /* a = name IDENTIFIER or NULL, b = heritage expression or NULL, c = LIST of CLASS_MEMBER */ \
  X(CLASS_MEMBER)     /* a = key (as PROPERTY keys, or PRIVATE_NAME), b = FUNCTION for methods and accessors, \
                         the initializer (or NULL) for fields, a BLOCK for static blocks; \
                         flags: one of METHOD GETTER SETTER FIELD STATIC_BLOCK; STATIC (static blocks too); COMPUTED. \
                         The constructor is a METHOD whose FUNCTION has CLASS_CONSTRUCTOR set. */ \
  /* Member access and calls */ \
  X(MEMBER)           /* a = object, b = STRING property name; flags: OPTIONAL when written `a?.b` */ \
  X(INDEX)            /* a = object, b = expression; flags: OPTIONAL for `a?.[b]` */ \
  X(PRIVATE_MEMBER)   /* a = object, b = PRIVATE_NAME; flags: OPTIONAL */ \
  X(CALL)             /* a = callee, b = LIST of arguments (expression or SPREAD); flags: OPTIONAL for `f?.()` */ \
  X(OPTIONAL_CHAIN)   /* a = the whole chain; a `?.` inside short-circuits to the end of this node */ \
  X(NEW)              /* a = callee, b = LIST of arguments */ \
  X(NEW_TARGET)       \
  X(IMPORT_CALL)      /* import(a [, b]): a = the specifier, b = the options or NULL */ \
  X(SUPER_CALL)       /* b = LIST of arguments */ \
  X(SUPER_MEMBER)     /* b = STRING property name */ \
  X(SUPER_INDEX)      /* b = expression */ \
  X(SPREAD)           /* a = expression: `...a` in calls, arrays and objects */ \
  /* Operators: a = operand, or a = left and b = right */ \
  X(NEG) X(POS) X(NOT) X(BITNOT) X(TYPEOF) X(VOID) X(DELETE) \
  X(PRE_INC) X(PRE_DEC) X(POST_INC) X(POST_DEC) \
  X(ADD) X(SUB) X(MUL) X(DIV) X(MOD) X(EXP) \
  X(SHL) X(SHR) X(USHR) X(BITAND) X(BITOR) X(BITXOR) \
  X(LT) X(GT) X(LE) X(GE) X(EQ) X(NE) X(STRICT_EQ) X(STRICT_NE) \
  X(IN) X(INSTANCEOF) \
  X(PRIVATE_IN)       /* a = PRIVATE_NAME, b = object: `#x in obj` */ \
  X(LOGICAL_AND) X(LOGICAL_OR) X(NULLISH) \
  X(ASSIGN)           /* a = target (IDENTIFIER, MEMBER, INDEX, PRIVATE_MEMBER, SUPER_*, ARRAY_PATTERN, OBJECT_PATTERN), \
                         b = value; op = 0 for `=`, else the operator kind (ADD for `+=`, LOGICAL_AND for `&&=`, …) */ \
  X(CONDITIONAL)      /* a ? b : c */ \
  X(SEQUENCE)         /* a = LIST of expressions */ \
  X(YIELD)            /* a = argument or NULL; flags: DELEGATE for yield* */ \
  X(AWAIT)            /* a = argument */ \
  /* Patterns (binding and assignment targets) */ \
  X(ARRAY_PATTERN)    /* a = LIST of targets, ASSIGN_PATTERN, ELISION, or a final REST */ \
  X(OBJECT_PATTERN)   /* a = LIST of PROPERTY (b = target) and a final REST */ \
  X(ASSIGN_PATTERN)   /* a = target, b = default value */ \
  X(REST)             /* a = target */

typedef enum {
#define JS_AST_ENUM(name) JS_AST_##name,
  JS_AST_KINDS (JS_AST_ENUM)
#undef JS_AST_ENUM
  JS_AST_N_KINDS
} JsAstKind;

typedef enum {
  JS_AST_FLAG_STRICT            = 1u << 0,
  /* VAR_DECL */
  JS_AST_FLAG_VAR               = 1u << 1,
  JS_AST_FLAG_LET               = 1u << 2,
  JS_AST_FLAG_CONST             = 1u << 3,
  /* FOR_OF */
  JS_AST_FLAG_AWAIT             = 1u << 4,
  /* PROPERTY, CLASS_MEMBER */
  JS_AST_FLAG_INIT              = 1u << 5,
  JS_AST_FLAG_SHORTHAND         = 1u << 6,
  JS_AST_FLAG_METHOD            = 1u << 7,
  JS_AST_FLAG_GETTER            = 1u << 8,
  JS_AST_FLAG_SETTER            = 1u << 9,
  JS_AST_FLAG_COMPUTED          = 1u << 10,
  JS_AST_FLAG_FIELD             = 1u << 11,
  JS_AST_FLAG_STATIC            = 1u << 12,
  JS_AST_FLAG_STATIC_BLOCK      = 1u << 13,
  /* FUNCTION */
  JS_AST_FLAG_ARROW             = 1u << 14,
  JS_AST_FLAG_ASYNC             = 1u << 15,
  JS_AST_FLAG_GENERATOR         = 1u << 16,
  JS_AST_FLAG_DECLARATION       = 1u << 17,
  JS_AST_FLAG_EXPRESSION_BODY   = 1u << 18,
  JS_AST_FLAG_CLASS_CONSTRUCTOR = 1u << 19,
  JS_AST_FLAG_DERIVED           = 1u << 20,  /* constructor of a class with `extends` */
  JS_AST_FLAG_SIMPLE_PARAMS     = 1u << 21,  /* no defaults, rest or patterns */
  JS_AST_FLAG_USES_ARGUMENTS    = 1u << 22,  /* body (not nested non-arrow functions) mentions `arguments` */
  JS_AST_FLAG_USES_THIS         = 1u << 23,  /* an arrow inside mentions this/super/new.target (so the compiler captures them) */
  /* MEMBER, INDEX, PRIVATE_MEMBER, CALL */
  JS_AST_FLAG_OPTIONAL          = 1u << 24,
  /* YIELD */
  JS_AST_FLAG_DELEGATE          = 1u << 25,
  /* Any expression written in parentheses: `(a) = 1` is fine, `({a}) = 1` is not */
  JS_AST_FLAG_PARENTHESIZED     = 1u << 26,
} JsAstFlags;

typedef struct JsAst JsAst;

struct JsAst {
  JsAstKind kind;
  guint32 flags;
  JsAstKind op;                /* ASSIGN: the compound operator, or 0 (= JS_AST_LIST, never an operator) */
  int line, column;            /* start, 1-based */
  int end_line, end_column;    /* exclusive end */
  JsAst *a, *b, *c, *d;
  double number;
  const char *name;            /* UTF-8, NUL-terminated, owned by the arena */
  const uint16_t *str;         /* UTF-16, owned by the arena */
  guint32 str_length;
  const uint16_t *raw;         /* template quasis: the raw text */
  guint32 raw_length;
};

typedef struct {
  char *message;               /* V8's: "Unexpected end of input" — without position or "SyntaxError: " */
  int line, column;            /* where the error is */
  int open_line, open_column;  /* for an unclosed bracket: where it opened; else 0 */
  const char *open_token;      /* … and what opened it: "(", "[", "{", "${" (a static string), or NULL */
} JsSyntaxError;

/* All nodes and strings of one parse live in one arena, freed at once. */
typedef struct JsAstArena JsAstArena;

JsAstArena *js_ast_arena_new (void);
void        js_ast_arena_free (JsAstArena *arena);

typedef enum {
  JS_PARSE_SCRIPT   = 0,       /* a classic script (the browser profile) */
  JS_PARSE_FUNCTION_BODY = 1,  /* top level is a function body: `return` allowed (Node's CommonJS wrapper) */
  /* Direct eval code (19.2.1.1 PerformEval): a script run in the caller's
   * scope — inside a function, `new.target` is allowed. */
  JS_PARSE_EVAL_IN_FUNCTION = 2,
  JS_PARSE_EVAL_IN_SCRIPT = 3,
  /* The body of a strict async function: a Node ES module (top-level
   * await), evaluated as one async function. */
  JS_PARSE_ASYNC_MODULE_BODY = 4,
  /* or'ed into the goal: the code starts strict (direct eval in strict code) */
  JS_PARSE_STRICT = 1 << 4,
} JsParseGoal;

/* Parses `source` (UTF-8, `length` bytes, need not be NUL-terminated).
 * Returns the SCRIPT node, or NULL with `error` filled in (free it with
 * js_syntax_error_clear).  Never crashes on any input: nesting deeper than
 * JS_PARSE_MAX_DEPTH is a SyntaxError, not a stack overflow. */
#define JS_PARSE_MAX_DEPTH 1000
JsAst *js_parse (JsAstArena    *arena,
                 const char    *source,
                 gsize          length,
                 JsParseGoal    goal,
                 JsSyntaxError *error);

void js_syntax_error_clear (JsSyntaxError *error);

/* "3:14: SyntaxError: Unexpected end of input (unclosed '(' at 3:5)" — newly allocated. */
char *js_syntax_error_format (const JsSyntaxError *error);

const char *js_ast_kind_name (JsAstKind kind);

/* An S-expression of the tree, for tests: (SCRIPT (EXPR_STMT (CALL (IDENTIFIER f) …))).
 * A node is (KIND FLAGS… op=KIND name "str" raw="…" children…): a, b, c, d in order,
 * trailing NULL fields left out, other NULL fields as `_`; the list in the last
 * field is spread into the node, other lists print as [item …]; REGEXP prints
 * "pattern" flags=…. */
char *js_ast_dump (const JsAst *node);

G_END_DECLS
