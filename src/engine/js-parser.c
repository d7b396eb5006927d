/* js-parser.c: tokens to the AST of js-parse.h, by recursive descent.
 *
 * Errors unwind with longjmp to js_parse: every allocation during a parse is
 * in one of two arenas (the AST's, and a scratch one freed at the end), so
 * nothing leaks on the way out.
 *
 * Arrow functions and destructuring assignment use cover grammars: a
 * parenthesized expression, an array or an object literal is parsed as an
 * expression, then reinterpreted as parameters or a pattern when `=>` or `=`
 * follows (to_target).  What is only valid in a pattern (`{ a = 1 }`) is noted
 * in a Cover and reported unless the reinterpretation happens.
 *
 * Nesting is bounded by JS_PARSE_MAX_DEPTH: enter() counts the recursive
 * productions (statements, assignment expressions, unary operators, binding
 * patterns, classes…) and also each link of a left-associative chain
 * (`a + b + …`, `a.b.c…`), so the depth of the tree, not only of the parse,
 * is bounded and the compiler can walk it recursively. */
#include "js-lexer.h"
#include "js-regexp.h"

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  int line, column;
  gsize offset;
} Pos;

/* ---------------------------------------------------------------------- */
/* Name sets: open addressing on interned name pointers (or node pointers) */
/* ---------------------------------------------------------------------- */

typedef struct {
  const void **keys;
  guint *values;
  guint size, count;            /* size is 0 or a power of two */
} NameSet;

/* Declarations, as bits in a scope's NameSet */
enum {
  DECL_LEXICAL  = 1 << 0,       /* let, const, class, function in a strict block */
  DECL_VAR      = 1 << 1,       /* var (here or in a nested block), top-level function */
  DECL_PARAM    = 1 << 2,
  DECL_FUNCTION = 1 << 3,       /* sloppy-mode function in a block: may be repeated */
  DECL_CATCH    = 1 << 4,       /* catch parameter */
};

typedef enum {
  SCOPE_FUNCTION,               /* function body with its parameters, script, static block */
  SCOPE_BLOCK,
} ScopeKind;

typedef struct Scope Scope;
struct Scope {
  Scope *parent;
  ScopeKind kind;
  gboolean simple_catch;        /* `catch (e)`: `var e` in the block is allowed */
  NameSet names;
};

typedef struct Label Label;
struct Label {
  const char *name;
  gboolean loop;
  Label *next;
};

typedef enum {
  FN_SCRIPT,
  FN_FUNCTION,
  FN_ARROW,
  FN_INITIALIZER,               /* class field initializer or static block */
} FuncKind;

typedef struct FuncCtx FuncCtx;
struct FuncCtx {
  FuncCtx *parent;
  FuncKind kind;
  JsAst *node;                  /* the FUNCTION, or NULL */
  gboolean strict;
  gboolean is_async, is_generator;
  gboolean await_reserved;      /* static blocks, initializers in async code */
  gboolean in_params;
  gboolean allow_return, allow_super_prop, allow_super_call, allow_new_target, allow_arguments;
  Label *labels;
  int loops, breakables;
  guint this_count, arguments_count;   /* mentions so far, for arrow parameter covers */
  Pos yield_await;              /* the last yield or await expression, offset + 1 (0: none) */
  gboolean yield_await_is_yield;
  Pos await_ident;              /* the last `await` used as an identifier, offset + 1 */
  Pos dup_param;                /* the first repeated parameter name, offset + 1 */
  Pos strict_param;             /* the first parameter invalid in strict code, offset + 1 */
  const char *strict_param_msg;
};

typedef struct PrivateRef PrivateRef;
struct PrivateRef {
  const char *name;
  int line, column;
  PrivateRef *next;
};

typedef struct ClassCtx ClassCtx;
struct ClassCtx {
  ClassCtx *parent;
  NameSet names;                /* private names declared: PRIV_* bits */
  PrivateRef *refs;             /* uses, resolved when the class body ends */
};

enum {
  PRIV_FIELD  = 1 << 0,
  PRIV_METHOD = 1 << 1,
  PRIV_GETTER = 1 << 2,
  PRIV_SETTER = 1 << 3,
  PRIV_STATIC = 1 << 4,
};

/* The first error that only a pattern reading could excuse. */
typedef struct {
  const char *message;
  int line, column;
} Cover;

typedef struct {
  JsAstArena *arena;
  JsAstArena *tmp;              /* scopes and sets, freed when the parse ends */
  JsLexer L;
  JsToken tok;                  /* the current token */
  JsToken ahead;                /* a peeked token */
  int prev_line, prev_column;   /* the end of the previous token */
  gsize prev_end;
  gboolean prev_await;          /* the previous token is the identifier `await` (unescaped) */
  jmp_buf jmp;
  JsSyntaxError *error;
  JsParseGoal goal;
  int depth;
  gboolean no_in;               /* in a for-statement head: `in` is not an operator */
  gsize potential_arrow;        /* offset where the current AssignmentExpression started */
  FuncCtx *fn;
  Scope *scope;
  ClassCtx *cls;
  JsAst *script;
  NameSet spread_comma;         /* SPREAD nodes followed by a comma: never a rest element */
  /* an ES module's import declarations, hoisted above its body (a LIST) */
  JsAst *imports, **imports_tail;
  /* interned names compared by pointer */
  const char *s_arguments, *s_eval, *s_let, *s_static, *s_yield, *s_await, *s_async,
             *s_of, *s_get, *s_set, *s_target;
} Parser;

typedef struct {
  JsAst *head;
  JsAst **tail;
} ListBuilder;

static JsAst *parse_statement (Parser *p, Label *label_set, gboolean allow_function);
static JsAst *parse_statement_list_item (Parser *p);
static JsAst *parse_expression (Parser *p);
static JsAst *parse_assignment (Parser *p, Cover *outer);
static JsAst *parse_unary (Parser *p, Cover *cover);
static JsAst *parse_lhs (Parser *p, Cover *cover);
static JsAst *parse_primary (Parser *p, Cover *cover);
static JsAst *parse_binding_target (Parser *p, guint decl);
static JsAst *parse_class (Parser *p, gboolean declaration);
static JsAst *parse_function_rest (Parser *p, JsAst *fn);
static JsAst *parse_template (Parser *p, gboolean tagged);

/* ---------------------------------------------------------------------- */
/* Errors                                                                 */
/* ---------------------------------------------------------------------- */

static void G_GNUC_NORETURN
fail (Parser *p)
{
  longjmp (p->jmp, 1);
}

static void G_GNUC_NORETURN G_GNUC_PRINTF (4, 5)
error_at (Parser *p, int line, int column, const char *fmt, ...)
{
  va_list args;

  va_start (args, fmt);
  p->error->message = g_strdup_vprintf (fmt, args);
  va_end (args);
  p->error->line = line;
  p->error->column = column;
  fail (p);
}

#define error_tok(p, ...) error_at ((p), (p)->tok.line, (p)->tok.column, __VA_ARGS__)
#define error_node(p, n, ...) error_at ((p), (n)->line, (n)->column, __VA_ARGS__)

/* The early error for a regular expression literal (13.2.7.2): the pattern
 * must parse with its flags (the lexer has checked the flags). */
static void
check_regexp_literal (Parser *p, const JsToken *t)
{
  uint16_t flags[16];
  guint32 n_flags = 0;
  const char *message = NULL;
  JsRegExpProgram *prog;
  char *pattern;

  for (const char *f = t->name != NULL ? t->name : ""; *f != '\0' && n_flags < G_N_ELEMENTS (flags); f++)
    flags[n_flags++] = (uint8_t) *f;
  prog = js_regexp_compile (t->str, t->str_length, js_regexp_parse_flags (flags, n_flags), &message);
  if (prog != NULL)
    {
      js_regexp_program_free (prog);
      return;
    }
  pattern = g_utf16_to_utf8 (t->str, t->str_length, NULL, NULL, NULL);
  p->error->message = g_strdup_printf ("Invalid regular expression: /%s/%s: %s", pattern != NULL ? pattern : "",
                                       t->name != NULL ? t->name : "", message);
  g_free (pattern);
  p->error->line = t->line;
  p->error->column = t->column;
  fail (p);
}

static gboolean
is_strict_reserved (Parser *p, const char *name)
{
  static const char *const words[] = {
    "implements", "interface", "let", "package", "private", "protected", "public", "static", "yield",
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (words); i++)
    if (strcmp (name, words[i]) == 0)
      return TRUE;
  return FALSE;
}

/* "Unexpected token ')'", V8's wording for each kind of token. */
static void G_GNUC_NORETURN
unexpected (Parser *p)
{
  const JsToken *t = &p->tok;

  switch (t->type)
    {
    case JS_TOK_EOF:
      error_tok (p, "Unexpected end of input");
    case JS_TOK_NAME:
      if (t->escaped && t->keyword != JS_TOK_NAME)
        error_tok (p, "Keyword must not contain escaped characters");
      if (p->fn->strict && is_strict_reserved (p, t->name))
        error_tok (p, "Unexpected strict mode reserved word");
      error_tok (p, "Unexpected identifier '%s'", t->name);
    case JS_TOK_PRIVATE_NAME:
      error_tok (p, "Unexpected identifier '#%s'", t->name);
    case JS_TOK_NUMBER:
    case JS_TOK_BIGINT:
      error_tok (p, "Unexpected number");
    case JS_TOK_STRING:
      error_tok (p, "Unexpected string");
    case JS_TOK_TEMPLATE:
    case JS_TOK_TEMPLATE_HEAD:
    case JS_TOK_TEMPLATE_MIDDLE:
    case JS_TOK_TEMPLATE_TAIL:
      error_tok (p, "Unexpected template string");
    case JS_TOK_REGEXP:
      error_tok (p, "Unexpected regular expression");
    case JS_TOK_ENUM:
      error_tok (p, "Unexpected reserved word");
    default:
      error_tok (p, "Unexpected token '%s'", js_token_text (t->type));
    }
}

/* A missing closing bracket.  The message is V8's ("Unexpected end of
 * input", "Unexpected token ','", or `message` when V8 has a special one,
 * like "missing ) after argument list"); where the bracket opened goes in
 * the error's open_* fields, for the editor, not into the message. */
static void G_GNUC_NORETURN
error_unclosed (Parser *p, const char *message, Pos open, const char *open_token)
{
  p->error->open_line = open.line;
  p->error->open_column = open.column;
  p->error->open_token = open_token;
  if (message == NULL)
    unexpected (p);
  error_tok (p, "%s", message);
}

/* ---------------------------------------------------------------------- */
/* Scratch sets                                                           */
/* ---------------------------------------------------------------------- */

static guint
set_hash (const void *key, guint mask)
{
  guint64 h = (guint64) (guintptr) key;

  h = (h >> 4) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  return (guint) (h >> 32) & mask;
}

static guint
set_get (const NameSet *set, const void *key)
{
  guint mask, i;

  if (set->size == 0)
    return 0;
  mask = set->size - 1;
  for (i = set_hash (key, mask); set->keys[i]; i = (i + 1) & mask)
    if (set->keys[i] == key)
      return set->values[i];
  return 0;
}

static void
set_put (Parser *p, NameSet *set, const void *key, guint value)
{
  guint mask, i;

  if ((set->count + 1) * 2 > set->size)
    {
      NameSet bigger = { NULL, NULL, MAX (8, set->size * 2), 0 };
      guint j;

      bigger.keys = js_ast_arena_alloc (p->tmp, bigger.size * sizeof (void *));
      bigger.values = js_ast_arena_alloc (p->tmp, bigger.size * sizeof (guint));
      for (j = 0; j < set->size; j++)
        if (set->keys[j])
          set_put (p, &bigger, set->keys[j], set->values[j]);
      *set = bigger;
    }
  mask = set->size - 1;
  for (i = set_hash (key, mask); set->keys[i]; i = (i + 1) & mask)
    if (set->keys[i] == key)
      {
        set->values[i] = value;
        return;
      }
  set->keys[i] = key;
  set->values[i] = value;
  set->count++;
}

/* ---------------------------------------------------------------------- */
/* Tokens                                                                 */
/* ---------------------------------------------------------------------- */

static void G_GNUC_NORETURN
lexer_error (Parser *p)
{
  p->error->message = g_steal_pointer (&p->L.error);
  p->error->line = p->L.error_line;
  p->error->column = p->L.error_column;
  p->error->open_line = p->L.error_open_line;
  p->error->open_column = p->L.error_open_column;
  p->error->open_token = p->L.error_open_token;
  fail (p);
}

static void
next (Parser *p)
{
  p->prev_line = p->tok.end_line;
  p->prev_column = p->tok.end_column;
  p->prev_end = p->tok.end;
  p->prev_await = p->tok.type == JS_TOK_NAME && !p->tok.escaped && p->tok.name == p->s_await;
  if (!js_lexer_next (&p->L, &p->tok))
    lexer_error (p);
}

/* The token after the current one (type ERROR if it would not scan). */
static const JsToken *
peek (Parser *p)
{
  js_lexer_peek (&p->L, &p->ahead);
  return &p->ahead;
}

static Pos
tok_pos (Parser *p)
{
  Pos pos = { p->tok.line, p->tok.column, p->tok.start };

  return pos;
}

static gboolean
accept (Parser *p, JsTokenType type)
{
  if (p->tok.type != type)
    return FALSE;
  next (p);
  return TRUE;
}

static void
expect (Parser *p, JsTokenType type)
{
  if (p->tok.type != type)
    unexpected (p);
  next (p);
}

static void
expect_closing (Parser *p, JsTokenType type, Pos open, const char *open_token)
{
  if (p->tok.type != type)
    error_unclosed (p, NULL, open, open_token);
  next (p);
}

/* A NAME token spelling `name` (interned) without escapes. */
static gboolean
is_name (Parser *p, const char *name)
{
  return p->tok.type == JS_TOK_NAME && !p->tok.escaped && p->tok.name == name;
}

static gboolean
tok_is_name (const JsToken *t, const char *name)
{
  return t->type == JS_TOK_NAME && !t->escaped && t->name == name;
}

/* ASI: a ';', or a '}', the end, or a line break before the next token. */
static void
consume_semicolon (Parser *p)
{
  if (p->tok.type == JS_TOK_SEMICOLON)
    {
      next (p);
      return;
    }
  if (p->tok.type == JS_TOK_RBRACE || p->tok.type == JS_TOK_EOF || p->tok.newline_before)
    return;
  /* `await x` outside async code: V8 names the likely mistake. */
  if (p->prev_await)
    error_tok (p, "await is only valid in async functions and the top level bodies of modules");
  unexpected (p);
}

static void
enter (Parser *p)
{
  if (++p->depth > JS_PARSE_MAX_DEPTH)
    error_tok (p, "too much nesting");
}

static void
leave (Parser *p)
{
  p->depth--;
}

/* ---------------------------------------------------------------------- */
/* Nodes                                                                  */
/* ---------------------------------------------------------------------- */

/* A node from `start` to the end of the previous token. */
static JsAst *
new_node (Parser *p, JsAstKind kind, Pos start)
{
  JsAst *n = js_ast_arena_alloc (p->arena, sizeof *n);

  n->kind = kind;
  n->line = start.line;
  n->column = start.column;
  n->end_line = p->prev_line;
  n->end_column = p->prev_column;
  return n;
}

static JsAst *
finish (Parser *p, JsAst *n)
{
  n->end_line = p->prev_line;
  n->end_column = p->prev_column;
  return n;
}

static Pos
node_pos (const JsAst *n)
{
  Pos pos = { n->line, n->column, 0 };

  return pos;
}

static JsAst *
new_unary (Parser *p, JsAstKind kind, Pos start, JsAst *a)
{
  JsAst *n = new_node (p, kind, start);

  n->a = a;
  return n;
}

static JsAst *
new_binary (Parser *p, JsAstKind kind, JsAst *a, JsAst *b)
{
  JsAst *n = new_node (p, kind, node_pos (a));

  n->a = a;
  n->b = b;
  return n;
}

static void
list_init (ListBuilder *lb)
{
  lb->head = NULL;
  lb->tail = &lb->head;
}

static void
list_push (Parser *p, ListBuilder *lb, JsAst *item)
{
  JsAst *l = js_ast_arena_alloc (p->arena, sizeof *l);

  l->kind = JS_AST_LIST;
  l->a = item;
  l->line = item->line;
  l->column = item->column;
  l->end_line = item->end_line;
  l->end_column = item->end_column;
  *lb->tail = l;
  lb->tail = &l->b;
}

static JsAst *
list_single (Parser *p, JsAst *item)
{
  ListBuilder lb;

  list_init (&lb);
  list_push (p, &lb, item);
  return lb.head;
}

/* A STRING node holding a UTF-8 name as UTF-16. */
static JsAst *
string_from_name (Parser *p, const char *name, Pos start)
{
  JsAst *n = new_node (p, JS_AST_STRING, start);
  gsize len = strlen (name), i = 0, k = 0;
  uint16_t *s = js_ast_arena_alloc (p->arena, (len + 1) * sizeof (uint16_t));

  while (i < len)
    {
      gunichar c = g_utf8_get_char (name + i);

      i = g_utf8_next_char (name + i) - name;
      if (c >= 0x10000)
        {
          c -= 0x10000;
          s[k++] = 0xD800 + (c >> 10);
          s[k++] = 0xDC00 + (c & 0x3FF);
        }
      else
        s[k++] = c;
    }
  n->str = s;
  n->str_length = k;
  return n;
}

static gboolean
string_equals (const JsAst *n, const char *ascii)
{
  gsize len = strlen (ascii), i;

  if (n->kind != JS_AST_STRING || n->str == NULL || n->str_length != len)
    return FALSE;
  for (i = 0; i < len; i++)
    if (n->str[i] != (unsigned char) ascii[i])
      return FALSE;
  return TRUE;
}

static gboolean
is_paren (const JsAst *n)
{
  return (n->flags & JS_AST_FLAG_PARENTHESIZED) != 0;
}

/* An arrow function not in parentheses ends its operand: nothing may follow. */
static gboolean
is_bare_arrow (const JsAst *n)
{
  return n->kind == JS_AST_FUNCTION && (n->flags & JS_AST_FLAG_ARROW) && !is_paren (n);
}

/* ---------------------------------------------------------------------- */
/* Functions, scopes and declarations                                     */
/* ---------------------------------------------------------------------- */

static void
push_scope (Parser *p, Scope *s, ScopeKind kind)
{
  memset (s, 0, sizeof *s);
  s->kind = kind;
  s->parent = p->scope;
  p->scope = s;
}

static void
pop_scope (Parser *p)
{
  p->scope = p->scope->parent;
}

/* A context for a function-like body, inheriting what passes into it. */
static void
push_fn (Parser *p, FuncCtx *ctx, FuncKind kind, JsAst *node)
{
  FuncCtx *outer = p->fn;

  memset (ctx, 0, sizeof *ctx);
  ctx->parent = outer;
  ctx->kind = kind;
  ctx->node = node;
  ctx->strict = outer ? outer->strict : FALSE;
  if (kind == FN_ARROW && outer)
    {
      ctx->allow_return = TRUE;
      ctx->allow_super_prop = outer->allow_super_prop;
      ctx->allow_super_call = outer->allow_super_call;
      ctx->allow_new_target = outer->allow_new_target;
      ctx->allow_arguments = outer->allow_arguments;
    }
  p->fn = ctx;
}

static void
pop_fn (Parser *p)
{
  p->fn = p->fn->parent;
}

static void G_GNUC_NORETURN
error_redeclared (Parser *p, const char *name, Pos pos)
{
  error_at (p, pos.line, pos.column, "Identifier '%s' has already been declared", name);
}

/* Declares `name` in the current scope (see the DECL_* kinds). */
static void
declare (Parser *p, const char *name, guint decl, Pos pos)
{
  Scope *s = p->scope;
  guint old = set_get (&s->names, name);

  switch (decl)
    {
    case DECL_VAR:
      /* var hoists to the function scope through every block on the way */
      for (;;)
        {
          old = set_get (&s->names, name);
          if (old & (DECL_LEXICAL | DECL_FUNCTION))
            error_redeclared (p, name, pos);
          if ((old & DECL_CATCH) && !s->simple_catch)
            error_redeclared (p, name, pos);
          set_put (p, &s->names, name, old | DECL_VAR);
          if (s->kind == SCOPE_FUNCTION || s->parent == NULL)
            break;
          s = s->parent;
        }
      return;
    case DECL_FUNCTION:
      if (old & ~DECL_FUNCTION)
        error_redeclared (p, name, pos);
      break;
    case DECL_LEXICAL:
    case DECL_CATCH:
      if (old)
        error_redeclared (p, name, pos);
      break;
    case DECL_PARAM:
      if ((old & DECL_PARAM) && p->fn->dup_param.offset == 0)
        {
          p->fn->dup_param = pos;
          p->fn->dup_param.offset++;
        }
      break;
    default:
      g_assert_not_reached ();
    }
  set_put (p, &s->names, name, old | decl);
}

/* Counts a mention of this/super/new.target: arrows up to the nearest
 * non-arrow function capture it. */
static void
mark_this (Parser *p)
{
  FuncCtx *c;

  for (c = p->fn; c; c = c->parent)
    {
      c->this_count++;
      if (c->kind != FN_ARROW)
        break;
      c->node->flags |= JS_AST_FLAG_USES_THIS;
    }
}

static void
mark_arguments (Parser *p)
{
  FuncCtx *c;

  for (c = p->fn; c; c = c->parent)
    {
      c->arguments_count++;
      if (c->node)
        c->node->flags |= JS_AST_FLAG_USES_ARGUMENTS;
      else if (c->kind == FN_SCRIPT && p->goal == JS_PARSE_FUNCTION_BODY)
        p->script->flags |= JS_AST_FLAG_USES_ARGUMENTS;
      if (c->kind != FN_ARROW)
        break;
    }
}

/* Checks a NAME token used as an identifier reference (`binding` FALSE) or
 * a binding identifier, in the current context. */
static void
check_identifier (Parser *p, const JsToken *t, gboolean binding)
{
  FuncCtx *fn = p->fn;
  const char *name = t->name;

  if (t->type != JS_TOK_NAME)
    {
      p->tok = *t;              /* to report it: the parse ends here */
      unexpected (p);
    }
  if (t->escaped && t->keyword != JS_TOK_NAME)
    error_at (p, t->line, t->column, "Keyword must not contain escaped characters");
  if (name == p->s_yield)
    {
      if (fn->strict)
        error_at (p, t->line, t->column, "Unexpected strict mode reserved word");
      if (fn->is_generator)
        error_at (p, t->line, t->column, "Unexpected identifier 'yield'");
      return;
    }
  if (name == p->s_await)
    {
      if (fn->is_async || fn->await_reserved)
        error_at (p, t->line, t->column, "Unexpected reserved word");
      fn->await_ident.line = t->line;
      fn->await_ident.column = t->column;
      fn->await_ident.offset = t->start + 1;
      return;
    }
  if (fn->strict && is_strict_reserved (p, name))
    error_at (p, t->line, t->column, "Unexpected strict mode reserved word");
  if (binding && fn->strict && (name == p->s_eval || name == p->s_arguments))
    error_at (p, t->line, t->column, "Unexpected eval or arguments in strict mode");
}

/* Remembers a parameter name that would be invalid if the body turns out
 * strict ("use strict" comes after the parameters). */
static void
note_strict_param (Parser *p, const JsToken *t)
{
  FuncCtx *fn = p->fn;
  const char *msg = NULL;

  if (fn->strict_param.offset)
    return;
  if (t->name == p->s_eval || t->name == p->s_arguments)
    msg = "Unexpected eval or arguments in strict mode";
  else if (is_strict_reserved (p, t->name))
    msg = "Unexpected strict mode reserved word";
  if (msg)
    {
      fn->strict_param.line = t->line;
      fn->strict_param.column = t->column;
      fn->strict_param.offset = t->start + 1;
      fn->strict_param_msg = msg;
    }
}

/* BindingIdentifier : Identifier | yield | await */
static JsAst *
parse_binding_identifier (Parser *p, guint decl)
{
  Pos start = tok_pos (p);
  JsToken t = p->tok;
  JsAst *n;

  if (t.type != JS_TOK_NAME)
    unexpected (p);
  check_identifier (p, &t, TRUE);
  if ((decl == DECL_LEXICAL) && t.name == p->s_let)
    error_tok (p, "let is disallowed as a lexically bound name");
  if (decl == DECL_PARAM)
    note_strict_param (p, &t);
  next (p);
  n = new_node (p, JS_AST_IDENTIFIER, start);
  n->name = t.name;
  if (decl)
    declare (p, t.name, decl, start);
  return n;
}

/* Declares every name bound by a (converted) pattern. */
static void
declare_pattern (Parser *p, JsAst *target, guint decl)
{
  JsAst *l;

  switch (target->kind)
    {
    case JS_AST_IDENTIFIER:
      declare (p, target->name, decl, node_pos (target));
      break;
    case JS_AST_ARRAY_PATTERN:
      for (l = target->a; l; l = l->b)
        if (l->a->kind != JS_AST_ELISION)
          declare_pattern (p, l->a, decl);
      break;
    case JS_AST_OBJECT_PATTERN:
      for (l = target->a; l; l = l->b)
        declare_pattern (p, l->a->kind == JS_AST_PROPERTY ? l->a->b : l->a, decl);
      break;
    case JS_AST_ASSIGN_PATTERN:
    case JS_AST_REST:
      declare_pattern (p, target->a, decl);
      break;
    default:
      break;
    }
}

/* ---------------------------------------------------------------------- */
/* Cover grammar: expressions reinterpreted as patterns                   */
/* ---------------------------------------------------------------------- */

static void
cover_note (Cover *c, const char *message, int line, int column)
{
  if (c->message == NULL)
    {
      c->message = message;
      c->line = line;
      c->column = column;
    }
}

static void
cover_raise (Parser *p, const Cover *c)
{
  if (c->message)
    error_at (p, c->line, c->column, "%s", c->message);
}

static void
check_assignable_name (Parser *p, const JsAst *n)
{
  if (p->fn->strict && (n->name == p->s_eval || n->name == p->s_arguments))
    error_node (p, n, "Unexpected eval or arguments in strict mode");
}

/* IDENTIFIER, member accesses: what `x = …`, `x += …` and `x++` accept. */
static gboolean
is_simple_target (Parser *p, const JsAst *n)
{
  switch (n->kind)
    {
    case JS_AST_IDENTIFIER:
      check_assignable_name (p, n);
      return TRUE;
    case JS_AST_MEMBER:
    case JS_AST_INDEX:
    case JS_AST_PRIVATE_MEMBER:
    case JS_AST_SUPER_MEMBER:
    case JS_AST_SUPER_INDEX:
      return TRUE;
    default:
      return FALSE;
    }
}

static JsAst *to_target (Parser *p, JsAst *e, gboolean binding);

/* An element of a pattern: a target, or `target = default`. */
static JsAst *
to_element (Parser *p, JsAst *e, gboolean binding)
{
  if ((e->kind == JS_AST_ASSIGN && e->op == 0 && !is_paren (e)) || e->kind == JS_AST_ASSIGN_PATTERN)
    {
      e->kind = JS_AST_ASSIGN_PATTERN;
      e->a = to_target (p, e->a, binding);
      return e;
    }
  return to_target (p, e, binding);
}

/* Reinterprets an expression as a destructuring target; `binding` allows
 * only identifiers at the leaves (arrow parameters). */
static JsAst *
to_target (Parser *p, JsAst *e, gboolean binding)
{
  JsAst *l;

  switch (e->kind)
    {
    case JS_AST_IDENTIFIER:
      if (binding && is_paren (e))
        break;
      check_assignable_name (p, e);
      return e;
    case JS_AST_MEMBER:
    case JS_AST_INDEX:
    case JS_AST_PRIVATE_MEMBER:
    case JS_AST_SUPER_MEMBER:
    case JS_AST_SUPER_INDEX:
      if (binding)
        break;
      return e;
    case JS_AST_ARRAY:
    case JS_AST_ARRAY_PATTERN:
      if (is_paren (e))
        break;
      e->kind = JS_AST_ARRAY_PATTERN;
      for (l = e->a; l; l = l->b)
        {
          JsAst *item = l->a;

          if (item->kind == JS_AST_SPREAD || item->kind == JS_AST_REST)
            {
              if (l->b || set_get (&p->spread_comma, item))
                error_node (p, item, "Rest element must be last element");
              if (item->a->kind == JS_AST_ASSIGN || item->a->kind == JS_AST_ASSIGN_PATTERN)
                error_node (p, item->a, "Invalid destructuring assignment target");
              item->kind = JS_AST_REST;
              item->a = to_target (p, item->a, binding);
            }
          else if (item->kind != JS_AST_ELISION)
            l->a = to_element (p, item, binding);
        }
      return e;
    case JS_AST_OBJECT:
    case JS_AST_OBJECT_PATTERN:
      if (is_paren (e))
        break;
      e->kind = JS_AST_OBJECT_PATTERN;
      for (l = e->a; l; l = l->b)
        {
          JsAst *item = l->a;

          if (item->kind == JS_AST_SPREAD || item->kind == JS_AST_REST)
            {
              if (l->b || set_get (&p->spread_comma, item))
                error_node (p, item, "Rest element must be last element");
              if (binding ? item->a->kind != JS_AST_IDENTIFIER || is_paren (item->a)
                          : !is_simple_target (p, item->a))
                error_node (p, item->a, "`...` must be followed by an assignable reference in assignment contexts");
              check_assignable_name (p, item->a);
              item->kind = JS_AST_REST;
            }
          else if (item->flags & (JS_AST_FLAG_METHOD | JS_AST_FLAG_GETTER | JS_AST_FLAG_SETTER))
            error_node (p, item, "Invalid destructuring assignment target");
          else
            item->b = to_element (p, item->b, binding);
        }
      return e;
    default:
      break;
    }
  error_node (p, e, "Invalid destructuring assignment target");
}

/* ---------------------------------------------------------------------- */
/* Binding patterns                                                       */
/* ---------------------------------------------------------------------- */

/* SingleNameBinding / BindingElement : BindingPattern Initializer? */
static JsAst *
parse_binding_element (Parser *p, guint decl)
{
  Pos start = tok_pos (p);
  JsAst *target = parse_binding_target (p, decl);

  if (accept (p, JS_TOK_ASSIGN))
    {
      JsAst *value = parse_assignment (p, NULL);
      JsAst *n = new_node (p, JS_AST_ASSIGN_PATTERN, start);

      n->a = target;
      n->b = value;
      return n;
    }
  return target;
}

/* PropertyName : LiteralPropertyName | ComputedPropertyName
 * LiteralPropertyName : IdentifierName | StringLiteral | NumericLiteral
 * ComputedPropertyName : [ AssignmentExpression ]
 * ClassElementName : PropertyName | PrivateIdentifier */
static JsAst *
parse_property_key (Parser *p, gboolean *computed, gboolean allow_private)
{
  Pos start = tok_pos (p);
  JsToken t = p->tok;
  JsAst *key;

  *computed = FALSE;
  switch (t.type)
    {
    case JS_TOK_STRING:
      if (t.legacy_octal && p->fn->strict)
        error_at (p, t.bad_line, t.bad_column, "Octal escape sequences are not allowed in strict mode.");
      next (p);
      key = new_node (p, JS_AST_STRING, start);
      key->str = t.str;
      key->str_length = t.str_length;
      return key;
    case JS_TOK_NUMBER:
      if (t.legacy_octal && p->fn->strict)
        error_tok (p, "Octal literals are not allowed in strict mode.");
      next (p);
      key = new_node (p, JS_AST_NUMBER, start);
      key->number = t.number;
      return key;
    case JS_TOK_BIGINT:
      next (p);
      key = new_node (p, JS_AST_BIGINT, start);
      key->name = t.name;
      return key;
    case JS_TOK_LBRACKET:
      {
        gboolean saved_no_in = p->no_in;

        next (p);
        p->no_in = FALSE;
        key = parse_assignment (p, NULL);
        p->no_in = saved_no_in;
        expect_closing (p, JS_TOK_RBRACKET, start, "[");
        *computed = TRUE;
        return key;
      }
    case JS_TOK_PRIVATE_NAME:
      if (!allow_private)
        unexpected (p);
      next (p);
      key = new_node (p, JS_AST_PRIVATE_NAME, start);
      key->name = t.name;
      return key;
    default:
      if (t.type == JS_TOK_NAME || JS_TOK_IS_KEYWORD (t.type))
        {
          next (p);
          return string_from_name (p, t.name, start);
        }
      unexpected (p);
    }
}

/* ArrayBindingPattern : [ Elision? BindingRestElement? ]
 *                     | [ BindingElementList , Elision? BindingRestElement? ] */
static JsAst *
parse_array_binding (Parser *p, guint decl)
{
  Pos start = tok_pos (p);
  ListBuilder items;
  JsAst *n;

  list_init (&items);
  next (p);
  while (p->tok.type != JS_TOK_RBRACKET)
    {
      Pos item_start = tok_pos (p);

      if (p->tok.type == JS_TOK_COMMA)
        {
          next (p);
          list_push (p, &items, new_node (p, JS_AST_ELISION, item_start));
          continue;
        }
      if (p->tok.type == JS_TOK_ELLIPSIS)
        {
          JsAst *target;

          next (p);
          target = parse_binding_target (p, decl);
          list_push (p, &items, new_unary (p, JS_AST_REST, item_start, target));
          if (p->tok.type != JS_TOK_RBRACKET)
            error_tok (p, "Rest element must be last element");
          break;
        }
      list_push (p, &items, parse_binding_element (p, decl));
      if (p->tok.type == JS_TOK_RBRACKET)
        break;
      if (p->tok.type != JS_TOK_COMMA)
        error_unclosed (p, NULL, start, "[");
      next (p);
    }
  expect_closing (p, JS_TOK_RBRACKET, start, "[");
  n = new_node (p, JS_AST_ARRAY_PATTERN, start);
  n->a = items.head;
  return n;
}

/* ObjectBindingPattern : { } | { BindingRestProperty }
 *                      | { BindingPropertyList , BindingRestProperty? }
 * BindingProperty : SingleNameBinding | PropertyName : BindingElement */
static JsAst *
parse_object_binding (Parser *p, guint decl)
{
  Pos start = tok_pos (p);
  ListBuilder props;
  JsAst *n;

  list_init (&props);
  next (p);
  while (p->tok.type != JS_TOK_RBRACE)
    {
      Pos prop_start = tok_pos (p);
      JsToken keytok = p->tok;
      gboolean computed;
      JsAst *prop, *key;

      if (p->tok.type == JS_TOK_ELLIPSIS)
        {
          JsAst *target;

          next (p);
          target = parse_binding_identifier (p, decl);
          list_push (p, &props, new_unary (p, JS_AST_REST, prop_start, target));
          if (p->tok.type != JS_TOK_RBRACE)
            error_tok (p, "Rest element must be last element");
          break;
        }
      key = parse_property_key (p, &computed, FALSE);
      if (accept (p, JS_TOK_COLON))
        {
          JsAst *value = parse_binding_element (p, decl);

          prop = new_node (p, JS_AST_PROPERTY, prop_start);
          prop->flags = JS_AST_FLAG_INIT | (computed ? JS_AST_FLAG_COMPUTED : 0);
          prop->a = key;
          prop->b = value;
        }
      else
        {
          JsAst *id;

          if (computed)
            unexpected (p);
          check_identifier (p, &keytok, TRUE);
          if (decl == DECL_LEXICAL && keytok.name == p->s_let)
            error_at (p, keytok.line, keytok.column, "let is disallowed as a lexically bound name");
          if (decl == DECL_PARAM)
            note_strict_param (p, &keytok);
          id = new_node (p, JS_AST_IDENTIFIER, prop_start);
          id->name = keytok.name;
          if (decl)
            declare (p, keytok.name, decl, prop_start);
          if (accept (p, JS_TOK_ASSIGN))
            {
              JsAst *value = parse_assignment (p, NULL);
              JsAst *def = new_node (p, JS_AST_ASSIGN_PATTERN, prop_start);

              def->a = id;
              def->b = value;
              id = def;
            }
          prop = new_node (p, JS_AST_PROPERTY, prop_start);
          prop->flags = JS_AST_FLAG_SHORTHAND;
          prop->a = key;
          prop->b = id;
        }
      list_push (p, &props, prop);
      if (p->tok.type == JS_TOK_RBRACE)
        break;
      if (p->tok.type != JS_TOK_COMMA)
        error_unclosed (p, NULL, start, "{");
      next (p);
    }
  expect_closing (p, JS_TOK_RBRACE, start, "{");
  n = new_node (p, JS_AST_OBJECT_PATTERN, start);
  n->a = props.head;
  return n;
}

/* BindingIdentifier | BindingPattern; `decl` says how names are declared
 * (0: not at all, the caller does it). */
static JsAst *
parse_binding_target (Parser *p, guint decl)
{
  JsAst *n;

  enter (p);
  if (p->tok.type == JS_TOK_LBRACKET)
    n = parse_array_binding (p, decl);
  else if (p->tok.type == JS_TOK_LBRACE)
    n = parse_object_binding (p, decl);
  else
    n = parse_binding_identifier (p, decl);
  leave (p);
  return n;
}

/* ---------------------------------------------------------------------- */
/* Functions                                                              */
/* ---------------------------------------------------------------------- */

/* FormalParameters : [empty] | FunctionRestParameter | FormalParameterList ,?
 *                  | FormalParameterList , FunctionRestParameter
 * FormalParameter : BindingElement */
static JsAst *
parse_formal_parameters (Parser *p, gboolean *simple)
{
  Pos open = tok_pos (p);
  ListBuilder params;

  list_init (&params);
  *simple = TRUE;
  expect (p, JS_TOK_LPAREN);
  while (p->tok.type != JS_TOK_RPAREN)
    {
      Pos start = tok_pos (p);
      JsAst *param;

      if (p->tok.type == JS_TOK_ELLIPSIS)
        {
          next (p);
          param = new_unary (p, JS_AST_REST, start, parse_binding_target (p, DECL_PARAM));
          finish (p, param);
          list_push (p, &params, param);
          *simple = FALSE;
          if (p->tok.type == JS_TOK_ASSIGN)
            error_tok (p, "Rest parameter may not have a default initializer");
          if (p->tok.type != JS_TOK_RPAREN)
            error_tok (p, "Rest parameter must be last formal parameter");
          break;
        }
      param = parse_binding_element (p, DECL_PARAM);
      if (param->kind != JS_AST_IDENTIFIER)
        *simple = FALSE;
      list_push (p, &params, param);
      if (p->tok.type == JS_TOK_RPAREN)
        break;
      if (p->tok.type != JS_TOK_COMMA)
        error_unclosed (p, NULL, open, "(");
      next (p);
    }
  expect_closing (p, JS_TOK_RPAREN, open, "(");
  return params.head;
}

/* Is this statement the directive "use strict" (exactly, no escapes)? */
static gboolean
is_use_strict (Parser *p, const JsToken *t)
{
  return t->end - t->start == 12 && memcmp (p->L.src + t->start + 1, "use strict", 10) == 0;
}

/* FunctionStatementList, with its directive prologue, up to `end`. */
static JsAst *
parse_body (Parser *p, JsTokenType end, gboolean directives)
{
  ListBuilder stmts;
  gboolean octal = FALSE;
  int octal_line = 0, octal_column = 0;

  list_init (&stmts);
  while (p->tok.type != end)
    {
      if (directives)
        {
          JsToken t = p->tok;
          JsAst *stmt;

          if (t.type != JS_TOK_STRING)
            directives = FALSE;
          stmt = parse_statement_list_item (p);
          list_push (p, &stmts, stmt);
          if (directives && stmt->kind == JS_AST_EXPR_STMT && stmt->a->kind == JS_AST_STRING &&
              !is_paren (stmt->a) && stmt->a->line == t.line && stmt->a->column == t.column &&
              stmt->a->end_line == t.end_line && stmt->a->end_column == t.end_column)
            {
              if (t.legacy_octal && !octal)
                {
                  octal = TRUE;
                  octal_line = t.bad_line;
                  octal_column = t.bad_column;
                }
              if (is_use_strict (p, &t))
                {
                  if (p->fn->node && !(p->fn->node->flags & JS_AST_FLAG_SIMPLE_PARAMS))
                    error_at (p, t.line, t.column,
                              "Illegal 'use strict' directive in function with non-simple parameter list");
                  p->fn->strict = TRUE;
                }
              if (p->fn->strict && octal)
                error_at (p, octal_line, octal_column, "Octal escape sequences are not allowed in strict mode.");
            }
          else
            directives = FALSE;
          continue;
        }
      list_push (p, &stmts, parse_statement_list_item (p));
    }
  return stmts.head;
}

/* After a body that turned strict, what strict mode forbids in the name
 * and the parameters of the function. */
static void
check_function_strictness (Parser *p, FuncCtx *ctx, gboolean was_strict)
{
  JsAst *fn = ctx->node;
  gboolean simple = (fn->flags & JS_AST_FLAG_SIMPLE_PARAMS) != 0;

  if (ctx->strict && !was_strict)
    {
      if (fn->a && (fn->a->name == p->s_eval || fn->a->name == p->s_arguments))
        error_node (p, fn->a, "Unexpected eval or arguments in strict mode");
      if (fn->a && is_strict_reserved (p, fn->a->name))
        error_node (p, fn->a, "Unexpected strict mode reserved word");
      if (ctx->strict_param.offset)
        error_at (p, ctx->strict_param.line, ctx->strict_param.column, "%s", ctx->strict_param_msg);
    }
  if (ctx->dup_param.offset &&
      (ctx->strict || !simple || (fn->flags & (JS_AST_FLAG_ARROW | JS_AST_FLAG_METHOD))))
    error_at (p, ctx->dup_param.line, ctx->dup_param.column, "Duplicate parameter name not allowed in this context");
}

/* The parameters and body of a function whose flags (ASYNC, GENERATOR,
 * METHOD, GETTER, SETTER, CLASS_CONSTRUCTOR, DERIVED) and name are set.
 * FunctionBody : FunctionStatementList */
static JsAst *
parse_function_rest (Parser *p, JsAst *fn)
{
  FuncCtx ctx;
  Scope scope;
  gboolean simple, was_strict = p->fn->strict, saved_no_in = p->no_in;
  Pos open;
  int n_params = 0;
  JsAst *l;

  push_fn (p, &ctx, FN_FUNCTION, fn);
  ctx.is_async = (fn->flags & JS_AST_FLAG_ASYNC) != 0;
  ctx.is_generator = (fn->flags & JS_AST_FLAG_GENERATOR) != 0;
  ctx.allow_return = TRUE;
  ctx.allow_new_target = TRUE;
  ctx.allow_arguments = TRUE;
  ctx.allow_super_prop = (fn->flags & JS_AST_FLAG_METHOD) != 0;
  ctx.allow_super_call = (fn->flags & JS_AST_FLAG_DERIVED) != 0;
  push_scope (p, &scope, SCOPE_FUNCTION);
  p->no_in = FALSE;

  open = tok_pos (p);
  ctx.in_params = TRUE;
  fn->b = parse_formal_parameters (p, &simple);
  ctx.in_params = FALSE;
  if (simple)
    fn->flags |= JS_AST_FLAG_SIMPLE_PARAMS;
  for (l = fn->b; l; l = l->b)
    n_params++;
  if ((fn->flags & JS_AST_FLAG_GETTER) && n_params != 0)
    error_at (p, open.line, open.column, "Getter must not have any formal parameters.");
  if ((fn->flags & JS_AST_FLAG_SETTER) && (n_params != 1 || fn->b->a->kind == JS_AST_REST))
    error_at (p, open.line, open.column, "Setter must have exactly one formal parameter.");

  open = tok_pos (p);
  expect (p, JS_TOK_LBRACE);
  fn->c = parse_body (p, JS_TOK_RBRACE, TRUE);
  expect_closing (p, JS_TOK_RBRACE, open, "{");
  if (ctx.strict)
    fn->flags |= JS_AST_FLAG_STRICT;
  check_function_strictness (p, &ctx, was_strict);

  p->no_in = saved_no_in;
  pop_scope (p);
  pop_fn (p);
  return finish (p, fn);
}

/* FunctionDeclaration : function BindingIdentifier ( FormalParameters ) { FunctionBody }
 * FunctionExpression : function BindingIdentifier? ( FormalParameters ) { FunctionBody }
 * GeneratorDeclaration : function * BindingIdentifier ( … ) { … }
 * AsyncFunctionDeclaration : async [no LineTerminator here] function BindingIdentifier ( … ) { … }
 * (and the generator and async-generator forms).  `start` is at `async` or
 * `function`, the current token is `function`. */
static JsAst *
parse_function (Parser *p, Pos start, gboolean declaration, gboolean is_async)
{
  JsAst *fn = new_node (p, declaration ? JS_AST_FUNCTION_DECL : JS_AST_FUNCTION, start);
  JsAst *result;

  enter (p);
  expect (p, JS_TOK_FUNCTION);
  if (is_async)
    fn->flags |= JS_AST_FLAG_ASYNC;
  if (accept (p, JS_TOK_STAR))
    fn->flags |= JS_AST_FLAG_GENERATOR;
  if (declaration)
    {
      guint decl;

      fn->flags |= JS_AST_FLAG_DECLARATION;
      /* Top-level functions are var-scoped; in blocks they are lexical, but
       * sloppy code may repeat a plain one (Annex B). */
      if (p->scope->kind == SCOPE_FUNCTION)
        decl = DECL_VAR;
      else if (!p->fn->strict && !(fn->flags & (JS_AST_FLAG_ASYNC | JS_AST_FLAG_GENERATOR)))
        decl = DECL_FUNCTION;
      else
        decl = DECL_LEXICAL;
      if (p->tok.type == JS_TOK_LPAREN)
        error_tok (p, "Function statements require a function name");
      if (p->tok.type != JS_TOK_NAME)
        unexpected (p);
      if (decl == DECL_VAR)
        {
          /* declared without walking blocks: it is already at the top */
          Pos pos = tok_pos (p);
          guint old;

          fn->a = parse_binding_identifier (p, 0);
          old = set_get (&p->scope->names, fn->a->name);
          if (old & DECL_LEXICAL)
            error_redeclared (p, fn->a->name, pos);
          set_put (p, &p->scope->names, fn->a->name, old | DECL_VAR);
        }
      else
        fn->a = parse_binding_identifier (p, decl);
    }
  else if (p->tok.type == JS_TOK_NAME)
    {
      /* The name of a function expression follows the function's own rules */
      FuncCtx probe;

      push_fn (p, &probe, FN_FUNCTION, NULL);
      probe.is_async = is_async;
      probe.is_generator = (fn->flags & JS_AST_FLAG_GENERATOR) != 0;
      fn->a = parse_binding_identifier (p, 0);
      pop_fn (p);
    }
  if (p->tok.type != JS_TOK_LPAREN)
    unexpected (p);
  result = parse_function_rest (p, fn);
  leave (p);
  return result;
}

/* A method's FUNCTION (object literal or class); the current token is '('. */
static JsAst *
parse_method (Parser *p, Pos start, guint32 flags)
{
  JsAst *fn = new_node (p, JS_AST_FUNCTION, start);

  fn->flags = flags | JS_AST_FLAG_METHOD;
  if (p->tok.type != JS_TOK_LPAREN)
    unexpected (p);
  return parse_function_rest (p, fn);
}

/* ArrowFunction : ArrowParameters [no LineTerminator here] => ConciseBody
 * AsyncArrowFunction : async [no LineTerminator here] AsyncArrowBindingIdentifier => AsyncConciseBody
 *                    | CoverCallExpressionAndAsyncArrowHead => AsyncConciseBody
 * ConciseBody : [lookahead ≠ {] ExpressionBody | { FunctionBody }
 * `params` are already binding targets; `cover` is where they started, and
 * the mention counts of the enclosing function before them. */
static JsAst *
parse_arrow (Parser *p, Pos start, JsAst *params, gboolean is_async,
             gsize cover, guint this_count, guint arguments_count)
{
  FuncCtx *outer = p->fn, ctx;
  Scope scope;
  JsAst *fn = new_node (p, JS_AST_FUNCTION, start), *l;
  gboolean simple = TRUE, was_strict = outer->strict;

  if (p->tok.type != JS_TOK_ARROW || p->tok.newline_before)
    unexpected (p);
  if (outer->yield_await.offset > cover)
    error_at (p, outer->yield_await.line, outer->yield_await.column,
              outer->yield_await_is_yield ? "Yield expression not allowed in formal parameter"
                                          : "Illegal await-expression in formal parameters of async function");
  if (is_async && outer->await_ident.offset > cover)
    error_at (p, outer->await_ident.line, outer->await_ident.column, "Unexpected reserved word");
  enter (p);
  fn->flags = JS_AST_FLAG_ARROW | (is_async ? JS_AST_FLAG_ASYNC : 0);
  if (outer->this_count != this_count)
    fn->flags |= JS_AST_FLAG_USES_THIS;
  if (outer->arguments_count != arguments_count)
    fn->flags |= JS_AST_FLAG_USES_ARGUMENTS;

  push_fn (p, &ctx, FN_ARROW, fn);
  ctx.is_async = is_async;
  push_scope (p, &scope, SCOPE_FUNCTION);
  for (l = params; l; l = l->b)
    {
      JsAst *param = l->a;

      if (param->kind != JS_AST_IDENTIFIER)
        simple = FALSE;
      else
        {
          JsToken t = { .type = JS_TOK_NAME, .name = param->name, .keyword = JS_TOK_NAME,
                        .line = param->line, .column = param->column, .start = 1 };

          note_strict_param (p, &t);
        }
      declare_pattern (p, param, DECL_PARAM);
    }
  fn->b = params;
  if (simple)
    fn->flags |= JS_AST_FLAG_SIMPLE_PARAMS;

  next (p);                     /* => */
  if (p->tok.type == JS_TOK_LBRACE)
    {
      Pos open = tok_pos (p);
      gboolean saved_no_in = p->no_in;

      next (p);
      p->no_in = FALSE;
      fn->c = parse_body (p, JS_TOK_RBRACE, TRUE);
      p->no_in = saved_no_in;
      expect_closing (p, JS_TOK_RBRACE, open, "{");
    }
  else
    {
      fn->flags |= JS_AST_FLAG_EXPRESSION_BODY;
      fn->c = parse_assignment (p, NULL);
    }
  if (ctx.strict)
    fn->flags |= JS_AST_FLAG_STRICT;
  check_function_strictness (p, &ctx, was_strict);
  pop_scope (p);
  pop_fn (p);
  leave (p);
  return finish (p, fn);
}

/* Reinterprets the items of a parenthesized list (or async call arguments)
 * as arrow parameters. */
static JsAst *
to_params (Parser *p, JsAst *items)
{
  JsAst *l;

  for (l = items; l; l = l->b)
    {
      JsAst *item = l->a;

      if (item->kind == JS_AST_SPREAD || item->kind == JS_AST_REST)
        {
          if (l->b)
            error_node (p, item, "Rest parameter must be last formal parameter");
          if (item->a->kind == JS_AST_ASSIGN || item->a->kind == JS_AST_ASSIGN_PATTERN)
            error_node (p, item->a, "Rest parameter may not have a default initializer");
          item->kind = JS_AST_REST;
          item->a = to_target (p, item->a, TRUE);
          continue;
        }
      switch (item->kind)
        {
        case JS_AST_IDENTIFIER:
        case JS_AST_ASSIGN:
        case JS_AST_ASSIGN_PATTERN:
        case JS_AST_ARRAY:
        case JS_AST_ARRAY_PATTERN:
        case JS_AST_OBJECT:
        case JS_AST_OBJECT_PATTERN:
          if (is_paren (item) || (item->kind == JS_AST_ASSIGN && item->op != 0))
            error_node (p, item, "Invalid destructuring assignment target");
          l->a = to_element (p, item, TRUE);
          break;
        default:
          error_node (p, item, "Malformed arrow function parameter list");
        }
    }
  return items;
}

/* ---------------------------------------------------------------------- */
/* Classes                                                                */
/* ---------------------------------------------------------------------- */

static void
declare_private (Parser *p, JsAst *key, guint kind)
{
  ClassCtx *c = p->cls;
  guint old = set_get (&c->names, key->name);

  if (strcmp (key->name, "constructor") == 0)
    error_node (p, key, "Classes may not have a private field named '#constructor'");
  if (old)
    {
      guint accessors = PRIV_GETTER | PRIV_SETTER;

      /* a getter and a setter may share a name (both static or neither) */
      if (!((old & accessors) && (kind & accessors) && !(old & kind & accessors) &&
            (old & PRIV_STATIC) == (kind & PRIV_STATIC) && !(old & (PRIV_FIELD | PRIV_METHOD))))
        error_node (p, key, "Identifier '#%s' has already been declared", key->name);
    }
  set_put (p, &c->names, key->name, old | kind);
}

static gboolean
is_eval_goal (const Parser *p)
{
  return p->goal == JS_PARSE_EVAL_IN_FUNCTION || p->goal == JS_PARSE_EVAL_IN_SCRIPT;
}

/* A use of a private name: resolved when the class body ends. */
static void
use_private (Parser *p, const JsAst *name)
{
  PrivateRef *ref;

  /* Direct eval code may use the caller's private names: the compiler
   * resolves them in the caller's scopes and reports the missing ones. */
  if (p->cls == NULL && is_eval_goal (p))
    return;
  if (p->cls == NULL)
    error_node (p, name, "Private field '#%s' must be declared in an enclosing class", name->name);
  ref = js_ast_arena_alloc (p->tmp, sizeof *ref);
  ref->name = name->name;
  ref->line = name->line;
  ref->column = name->column;
  ref->next = p->cls->refs;
  p->cls->refs = ref;
}

static void
resolve_privates (Parser *p, ClassCtx *c)
{
  PrivateRef *ref, *next_ref;

  for (ref = c->refs; ref; ref = next_ref)
    {
      next_ref = ref->next;
      if (set_get (&c->names, ref->name))
        continue;
      if (c->parent == NULL && is_eval_goal (p))
        continue;
      if (c->parent == NULL)
        error_at (p, ref->line, ref->column, "Private field '#%s' must be declared in an enclosing class", ref->name);
      ref->next = c->parent->refs;
      c->parent->refs = ref;
    }
}

/* A class field initializer or static block runs as a method of its own. */
static void
push_initializer (Parser *p, FuncCtx *ctx)
{
  gboolean await_reserved = p->fn->is_async || p->fn->await_reserved;

  push_fn (p, ctx, FN_INITIALIZER, NULL);
  ctx->allow_super_prop = TRUE;
  ctx->allow_new_target = TRUE;
  ctx->await_reserved = await_reserved;
}

/* Is the (non-computed) key the name `s`? */
static gboolean
key_is (const JsAst *key, gboolean computed, const char *s)
{
  return !computed && string_equals (key, s);
}

/* ClassElement : MethodDefinition | static MethodDefinition | FieldDefinition ;
 *              | static FieldDefinition ; | ClassStaticBlock | ;
 * FieldDefinition : ClassElementName Initializer?
 * ClassStaticBlock : static { ClassStaticBlockStatementList } */
static JsAst *
parse_class_member (Parser *p, gboolean derived, gboolean *has_constructor)
{
  Pos start = tok_pos (p);
  guint32 flags = 0, fflags = 0;
  gboolean computed;
  JsAst *m, *key;
  const JsToken *ahead;

#define IS_KEY_END(t) ((t)->type == JS_TOK_LPAREN || (t)->type == JS_TOK_ASSIGN || \
                       (t)->type == JS_TOK_SEMICOLON || (t)->type == JS_TOK_RBRACE || (t)->type == JS_TOK_EOF)
  if (is_name (p, p->s_static) && !IS_KEY_END (peek (p)))
    {
      flags |= JS_AST_FLAG_STATIC;
      next (p);
      if (p->tok.type == JS_TOK_LBRACE)
        {
          FuncCtx ctx;
          Scope scope;
          Pos open = tok_pos (p);
          JsAst *block;

          next (p);
          push_initializer (p, &ctx);
          ctx.await_reserved = TRUE;
          push_scope (p, &scope, SCOPE_FUNCTION);
          block = new_node (p, JS_AST_BLOCK, open);
          block->a = parse_body (p, JS_TOK_RBRACE, FALSE);
          expect_closing (p, JS_TOK_RBRACE, open, "{");
          finish (p, block);
          pop_scope (p);
          pop_fn (p);
          m = new_node (p, JS_AST_CLASS_MEMBER, start);
          m->flags = JS_AST_FLAG_STATIC_BLOCK | JS_AST_FLAG_STATIC;
          m->b = block;
          return m;
        }
    }
  if (is_name (p, p->s_async) && (ahead = peek (p), !IS_KEY_END (ahead) && !ahead->newline_before))
    {
      fflags |= JS_AST_FLAG_ASYNC;
      next (p);
    }
  if (accept (p, JS_TOK_STAR))
    fflags |= JS_AST_FLAG_GENERATOR;
  if (!fflags && (is_name (p, p->s_get) || is_name (p, p->s_set)) && !IS_KEY_END (peek (p)))
    {
      fflags |= p->tok.name == p->s_get ? JS_AST_FLAG_GETTER : JS_AST_FLAG_SETTER;
      next (p);
    }
#undef IS_KEY_END

  key = parse_property_key (p, &computed, TRUE);
  if (computed)
    flags |= JS_AST_FLAG_COMPUTED;
  if ((flags & JS_AST_FLAG_STATIC) && key_is (key, computed, "prototype"))
    error_node (p, key, "Classes may not have a static property named 'prototype'");

  if (fflags || p->tok.type == JS_TOK_LPAREN)
    {
      JsAst *fn;

      if (!(flags & JS_AST_FLAG_STATIC) && key_is (key, computed, "constructor"))
        {
          if (fflags & (JS_AST_FLAG_GETTER | JS_AST_FLAG_SETTER))
            error_node (p, key, "Class constructor may not be an accessor");
          if (fflags & JS_AST_FLAG_GENERATOR)
            error_node (p, key, "Class constructor may not be a generator");
          if (fflags & JS_AST_FLAG_ASYNC)
            error_node (p, key, "Class constructor may not be an async method");
          if (*has_constructor)
            error_node (p, key, "A class may only have one constructor");
          *has_constructor = TRUE;
          fflags |= JS_AST_FLAG_CLASS_CONSTRUCTOR | (derived ? JS_AST_FLAG_DERIVED : 0);
        }
      if (key->kind == JS_AST_PRIVATE_NAME)
        declare_private (p, key, ((flags & JS_AST_FLAG_STATIC) ? PRIV_STATIC : 0) |
                         ((fflags & JS_AST_FLAG_GETTER) ? PRIV_GETTER :
                          (fflags & JS_AST_FLAG_SETTER) ? PRIV_SETTER : PRIV_METHOD));
      fn = parse_method (p, start, fflags);
      m = new_node (p, JS_AST_CLASS_MEMBER, start);
      m->flags = flags | (fflags & (JS_AST_FLAG_GETTER | JS_AST_FLAG_SETTER) ? fflags & (JS_AST_FLAG_GETTER | JS_AST_FLAG_SETTER)
                                                                             : JS_AST_FLAG_METHOD);
      m->a = key;
      m->b = fn;
      return m;
    }

  if (key_is (key, computed, "constructor"))
    error_node (p, key, "Classes may not have a field named 'constructor'");
  if (key->kind == JS_AST_PRIVATE_NAME)
    declare_private (p, key, PRIV_FIELD | ((flags & JS_AST_FLAG_STATIC) ? PRIV_STATIC : 0));
  m = new_node (p, JS_AST_CLASS_MEMBER, start);
  m->flags = flags | JS_AST_FLAG_FIELD;
  m->a = key;
  if (accept (p, JS_TOK_ASSIGN))
    {
      FuncCtx ctx;
      Scope scope;

      push_initializer (p, &ctx);
      push_scope (p, &scope, SCOPE_FUNCTION);
      m->b = parse_assignment (p, NULL);
      pop_scope (p);
      pop_fn (p);
    }
  consume_semicolon (p);
  return finish (p, m);
}

/* ClassDeclaration : class BindingIdentifier ClassTail
 * ClassExpression : class BindingIdentifier? ClassTail
 * ClassTail : ClassHeritage? { ClassBody? }
 * ClassHeritage : extends LeftHandSideExpression */
static JsAst *
parse_class (Parser *p, gboolean declaration)
{
  Pos start = tok_pos (p), open;
  FuncCtx *fn = p->fn;
  gboolean saved_strict = fn->strict, saved_no_in = p->no_in, has_constructor = FALSE;
  JsAst *cls = new_node (p, declaration ? JS_AST_CLASS_DECL : JS_AST_CLASS, start);
  ListBuilder members;
  ClassCtx cctx = { p->cls, };

  enter (p);
  next (p);
  fn->strict = TRUE;            /* all parts of a class are strict code */
  p->no_in = FALSE;
  if (p->tok.type == JS_TOK_NAME)
    cls->a = parse_binding_identifier (p, declaration ? DECL_LEXICAL : 0);
  else if (declaration)
    unexpected (p);
  if (accept (p, JS_TOK_EXTENDS))
    cls->b = parse_lhs (p, NULL);

  open = tok_pos (p);
  expect (p, JS_TOK_LBRACE);
  p->cls = &cctx;
  list_init (&members);
  while (p->tok.type != JS_TOK_RBRACE)
    {
      if (accept (p, JS_TOK_SEMICOLON))
        continue;
      if (p->tok.type == JS_TOK_EOF)
        break;
      list_push (p, &members, parse_class_member (p, cls->b != NULL, &has_constructor));
    }
  expect_closing (p, JS_TOK_RBRACE, open, "{");
  p->cls = cctx.parent;
  resolve_privates (p, &cctx);
  cls->c = members.head;
  fn->strict = saved_strict;
  p->no_in = saved_no_in;
  leave (p);
  return finish (p, cls);
}

/* ---------------------------------------------------------------------- */
/* Primary expressions                                                    */
/* ---------------------------------------------------------------------- */

/* TemplateLiteral : NoSubstitutionTemplate | TemplateHead Expression TemplateSpans
 * TemplateSpans : TemplateTail | TemplateMiddleList TemplateTail */
static JsAst *
parse_template (Parser *p, gboolean tagged)
{
  Pos start = tok_pos (p);
  ListBuilder quasis, exprs;
  gboolean saved_no_in = p->no_in;
  JsAst *n;

  list_init (&quasis);
  list_init (&exprs);
  p->no_in = FALSE;
  for (;;)
    {
      JsToken t = p->tok;
      JsAst *q;

      if (t.str == NULL && !tagged)
        error_at (p, t.bad_line, t.bad_column, "%s", t.bad_escape);
      next (p);
      q = new_node (p, JS_AST_STRING, (Pos) { t.line, t.column, t.start });
      q->str = t.str;
      q->str_length = t.str_length;
      q->raw = t.raw;
      q->raw_length = t.raw_length;
      list_push (p, &quasis, q);
      if (t.type == JS_TOK_TEMPLATE || t.type == JS_TOK_TEMPLATE_TAIL)
        break;
      list_push (p, &exprs, parse_expression (p));
      if (p->tok.type != JS_TOK_TEMPLATE_MIDDLE && p->tok.type != JS_TOK_TEMPLATE_TAIL)
        {
          Pos open = { t.end_line, t.end_column - 2, 0 };

          error_unclosed (p, "Missing } in template expression", open, "${");
        }
    }
  p->no_in = saved_no_in;
  n = new_node (p, JS_AST_TEMPLATE, start);
  n->a = quasis.head;
  n->b = exprs.head;
  return n;
}

/* ArrayLiteral : [ Elision? ] | [ ElementList ] | [ ElementList , Elision? ]
 * ElementList : Elision? AssignmentExpression | Elision? SpreadElement | … */
static JsAst *
parse_array_literal (Parser *p, Cover *cover)
{
  Pos start = tok_pos (p);
  ListBuilder items;
  gboolean saved_no_in = p->no_in;
  JsAst *n;

  list_init (&items);
  p->no_in = FALSE;
  next (p);
  while (p->tok.type != JS_TOK_RBRACKET)
    {
      Pos item_start = tok_pos (p);
      JsAst *item;

      if (p->tok.type == JS_TOK_COMMA)
        {
          next (p);
          list_push (p, &items, new_node (p, JS_AST_ELISION, item_start));
          continue;
        }
      if (accept (p, JS_TOK_ELLIPSIS))
        item = new_unary (p, JS_AST_SPREAD, item_start, parse_assignment (p, cover));
      else
        item = parse_assignment (p, cover);
      /* A parenthesized function keeps its own range: its source text. */
      if (!(is_paren (item) && (item->kind == JS_AST_FUNCTION || item->kind == JS_AST_CLASS)))
        finish (p, item);
      list_push (p, &items, item);
      if (p->tok.type == JS_TOK_RBRACKET)
        break;
      if (p->tok.type != JS_TOK_COMMA)
        error_unclosed (p, NULL, start, "[");
      if (item->kind == JS_AST_SPREAD)
        set_put (p, &p->spread_comma, item, 1);
      next (p);
    }
  expect_closing (p, JS_TOK_RBRACKET, start, "[");
  p->no_in = saved_no_in;
  n = new_node (p, JS_AST_ARRAY, start);
  n->a = items.head;
  return n;
}

/* PropertyDefinition : IdentifierReference | CoverInitializedName
 *                    | PropertyName : AssignmentExpression | MethodDefinition
 *                    | ... AssignmentExpression
 * MethodDefinition : ClassElementName ( UniqueFormalParameters ) { FunctionBody }
 *                  | GeneratorMethod | AsyncMethod | AsyncGeneratorMethod
 *                  | get ClassElementName ( ) { FunctionBody }
 *                  | set ClassElementName ( PropertySetParameterList ) { FunctionBody } */
static JsAst *
parse_property_definition (Parser *p, Cover *cover, int *proto_count)
{
  Pos start = tok_pos (p);
  guint32 fflags = 0;
  gboolean computed;
  JsToken keytok;
  JsAst *prop, *key;
  const JsToken *ahead;

  if (accept (p, JS_TOK_ELLIPSIS))
    {
      prop = new_unary (p, JS_AST_SPREAD, start, parse_assignment (p, NULL));
      return finish (p, prop);
    }

#define IS_KEY_END(t) ((t)->type == JS_TOK_COMMA || (t)->type == JS_TOK_RBRACE || (t)->type == JS_TOK_COLON || \
                       (t)->type == JS_TOK_LPAREN || (t)->type == JS_TOK_ASSIGN || (t)->type == JS_TOK_EOF)
  if (is_name (p, p->s_async) && (ahead = peek (p), !IS_KEY_END (ahead) && !ahead->newline_before))
    {
      fflags |= JS_AST_FLAG_ASYNC;
      next (p);
    }
  if (accept (p, JS_TOK_STAR))
    fflags |= JS_AST_FLAG_GENERATOR;
  if (!fflags && (is_name (p, p->s_get) || is_name (p, p->s_set)) && !IS_KEY_END (peek (p)))
    {
      fflags |= p->tok.name == p->s_get ? JS_AST_FLAG_GETTER : JS_AST_FLAG_SETTER;
      next (p);
    }
#undef IS_KEY_END

  keytok = p->tok;
  key = parse_property_key (p, &computed, FALSE);
  prop = new_node (p, JS_AST_PROPERTY, start);
  prop->a = key;
  if (computed)
    prop->flags |= JS_AST_FLAG_COMPUTED;

  if (fflags || p->tok.type == JS_TOK_LPAREN)
    {
      prop->b = parse_method (p, start, fflags);
      prop->flags |= (fflags & JS_AST_FLAG_GETTER) ? JS_AST_FLAG_GETTER :
                     (fflags & JS_AST_FLAG_SETTER) ? JS_AST_FLAG_SETTER : JS_AST_FLAG_METHOD;
      return finish (p, prop);
    }
  if (accept (p, JS_TOK_COLON))
    {
      if (key_is (key, computed, "__proto__") && ++*proto_count == 2)
        {
          if (cover == NULL)
            error_node (p, key, "Duplicate __proto__ fields are not allowed in object literals");
          cover_note (cover, "Duplicate __proto__ fields are not allowed in object literals", key->line, key->column);
        }
      prop->b = parse_assignment (p, cover);
      prop->flags |= JS_AST_FLAG_INIT;
      return finish (p, prop);
    }

  /* Shorthand: an identifier reference, or `a = 1` in a pattern */
  if (keytok.type != JS_TOK_NAME || computed)
    unexpected (p);
  check_identifier (p, &keytok, FALSE);
  prop->flags |= JS_AST_FLAG_SHORTHAND;
  prop->b = new_node (p, JS_AST_IDENTIFIER, start);
  prop->b->name = keytok.name;
  if (keytok.name == p->s_arguments)
    {
      if (!p->fn->allow_arguments)
        error_at (p, keytok.line, keytok.column,
                  "'arguments' is not allowed in class field initializer or static initialization block");
      mark_arguments (p);
    }
  if (p->tok.type == JS_TOK_ASSIGN)
    {
      JsAst *def;

      if (cover == NULL)
        error_tok (p, "Invalid shorthand property initializer");
      cover_note (cover, "Invalid shorthand property initializer", p->tok.line, p->tok.column);
      next (p);
      def = new_node (p, JS_AST_ASSIGN_PATTERN, start);
      def->a = prop->b;
      def->b = parse_assignment (p, NULL);
      prop->b = finish (p, def);
    }
  return finish (p, prop);
}

/* ObjectLiteral : { } | { PropertyDefinitionList } | { PropertyDefinitionList , } */
static JsAst *
parse_object_literal (Parser *p, Cover *cover)
{
  Pos start = tok_pos (p);
  ListBuilder props;
  gboolean saved_no_in = p->no_in;
  int proto_count = 0;
  JsAst *n;

  list_init (&props);
  p->no_in = FALSE;
  next (p);
  while (p->tok.type != JS_TOK_RBRACE)
    {
      JsAst *prop = parse_property_definition (p, cover, &proto_count);

      list_push (p, &props, prop);
      if (p->tok.type == JS_TOK_RBRACE)
        break;
      if (p->tok.type != JS_TOK_COMMA)
        error_unclosed (p, NULL, start, "{");
      if (prop->kind == JS_AST_SPREAD)
        set_put (p, &p->spread_comma, prop, 1);
      next (p);
    }
  expect_closing (p, JS_TOK_RBRACE, start, "{");
  p->no_in = saved_no_in;
  n = new_node (p, JS_AST_OBJECT, start);
  n->a = props.head;
  return n;
}

/* CoverParenthesizedExpressionAndArrowParameterList :
 *     ( Expression ) | ( Expression , ) | ( ) | ( ... BindingIdentifier ) | ( ... BindingPattern )
 *   | ( Expression , ... BindingIdentifier ) | ( Expression , ... BindingPattern )
 * ArrowParameters : BindingIdentifier | CoverParenthesizedExpressionAndArrowParameterList */
static JsAst *
parse_paren (Parser *p)
{
  Pos start = tok_pos (p), bad = { 0, };
  gboolean can_arrow = p->tok.start == p->potential_arrow, saved_no_in = p->no_in;
  guint this_count = p->fn->this_count, arguments_count = p->fn->arguments_count;
  gsize cover_start = p->tok.start;
  ListBuilder items;
  Cover cover = { NULL, };
  JsAst *e, *rest = NULL;
  int n_items = 0;

  list_init (&items);
  next (p);
  p->no_in = FALSE;
  while (p->tok.type != JS_TOK_RPAREN)
    {
      Pos item_start = tok_pos (p);

      if (p->tok.type == JS_TOK_ELLIPSIS)
        {
          JsAst *target;

          next (p);
          target = parse_binding_target (p, 0);
          rest = new_unary (p, JS_AST_REST, item_start, target);
          list_push (p, &items, rest);
          n_items++;
          if (p->tok.type != JS_TOK_RPAREN)
            error_tok (p, "Rest parameter must be last formal parameter");
          break;
        }
      list_push (p, &items, parse_assignment (p, &cover));
      n_items++;
      if (p->tok.type == JS_TOK_RPAREN)
        break;
      if (p->tok.type != JS_TOK_COMMA)
        error_unclosed (p, NULL, start, "(");
      next (p);
      if (p->tok.type == JS_TOK_RPAREN && bad.offset == 0)
        bad = tok_pos (p), bad.offset++;     /* (a,) is only a parameter list */
    }
  if (n_items == 0 && bad.offset == 0)
    bad = tok_pos (p), bad.offset++;         /* () likewise */
  expect_closing (p, JS_TOK_RPAREN, start, "(");
  p->no_in = saved_no_in;

  if (can_arrow && p->tok.type == JS_TOK_ARROW && !p->tok.newline_before)
    return parse_arrow (p, start, to_params (p, items.head), FALSE, cover_start, this_count, arguments_count);
  if (rest)
    error_node (p, rest, "Unexpected token '...'");
  if (bad.offset)
    error_at (p, bad.line, bad.column, "Unexpected token ')'");
  cover_raise (p, &cover);
  if (n_items == 1)
    e = items.head->a;
  else
    {
      e = new_node (p, JS_AST_SEQUENCE, start);
      e->a = items.head;
    }
  e->flags |= JS_AST_FLAG_PARENTHESIZED;
  /* A function or class keeps its own range: it is its source text
   * (Function.prototype.toString).  Other parenthesized expressions'
   * ranges include the parentheses. */
  if (e->kind == JS_AST_FUNCTION || e->kind == JS_AST_CLASS)
    return e;
  e->line = start.line;
  e->column = start.column;
  return finish (p, e);
}

/* `async of`: an arrow only if `=>` follows (`for (async of => 0;;)`),
 * else the head of a for-of loop.  Two tokens of lookahead, just here. */
static gboolean
second_token_is_arrow (Parser *p)
{
  JsLexerPos saved = p->L.at;
  JsToken t;
  gboolean arrow;

  arrow = js_lexer_next (&p->L, &t) && js_lexer_next (&p->L, &t) && t.type == JS_TOK_ARROW;
  g_clear_pointer (&p->L.error, g_free);
  p->L.at = saved;
  return arrow;
}

/* An IdentifierReference token, already checked, as a node. */
static JsAst *
identifier_reference (Parser *p, const JsToken *t, Pos start)
{
  JsAst *n = new_node (p, JS_AST_IDENTIFIER, start);

  n->name = t->name;
  if (t->name == p->s_arguments)
    {
      if (!p->fn->allow_arguments)
        error_at (p, t->line, t->column,
                  "'arguments' is not allowed in class field initializer or static initialization block");
      mark_arguments (p);
    }
  return n;
}

/* PrimaryExpression : this | IdentifierReference | Literal | ArrayLiteral
 *   | ObjectLiteral | FunctionExpression | ClassExpression | GeneratorExpression
 *   | AsyncFunctionExpression | AsyncGeneratorExpression
 *   | RegularExpressionLiteral | TemplateLiteral
 *   | CoverParenthesizedExpressionAndArrowParameterList
 * (and the arrow functions that start with an identifier) */
static JsAst *
parse_primary (Parser *p, Cover *cover)
{
  Pos start = tok_pos (p);
  JsToken t = p->tok;
  JsAst *n;

  switch (t.type)
    {
    case JS_TOK_THIS:
      next (p);
      mark_this (p);
      return new_node (p, JS_AST_THIS, start);
    case JS_TOK_NULL:
      next (p);
      return new_node (p, JS_AST_NULL_LITERAL, start);
    case JS_TOK_TRUE:
      next (p);
      return new_node (p, JS_AST_TRUE, start);
    case JS_TOK_FALSE:
      next (p);
      return new_node (p, JS_AST_FALSE, start);
    case JS_TOK_NUMBER:
      if (t.legacy_octal && p->fn->strict)
        {
          gboolean decimal = memchr (p->L.src + t.start, '8', t.end - t.start) ||
                             memchr (p->L.src + t.start, '9', t.end - t.start);

          error_tok (p, decimal ? "Decimals with leading zeros are not allowed in strict mode."
                                : "Octal literals are not allowed in strict mode.");
        }
      next (p);
      n = new_node (p, JS_AST_NUMBER, start);
      n->number = t.number;
      return n;
    case JS_TOK_BIGINT:
      next (p);
      n = new_node (p, JS_AST_BIGINT, start);
      n->name = t.name;
      return n;
    case JS_TOK_STRING:
      if (t.legacy_octal && p->fn->strict)
        error_at (p, t.bad_line, t.bad_column, "Octal escape sequences are not allowed in strict mode.");
      next (p);
      n = new_node (p, JS_AST_STRING, start);
      n->str = t.str;
      n->str_length = t.str_length;
      return n;
    case JS_TOK_TEMPLATE:
    case JS_TOK_TEMPLATE_HEAD:
      return parse_template (p, FALSE);
    case JS_TOK_SLASH:
    case JS_TOK_SLASH_ASSIGN:
      if (!js_lexer_rescan_regexp (&p->L, &p->tok))
        lexer_error (p);
      t = p->tok;
      next (p);
      n = new_node (p, JS_AST_REGEXP, start);
      n->str = t.str;
      n->str_length = t.str_length;
      n->name = t.name;
      check_regexp_literal (p, &t);
      return n;
    case JS_TOK_LBRACKET:
      return parse_array_literal (p, cover);
    case JS_TOK_LBRACE:
      return parse_object_literal (p, cover);
    case JS_TOK_LPAREN:
      return parse_paren (p);
    case JS_TOK_FUNCTION:
      return parse_function (p, start, FALSE, FALSE);
    case JS_TOK_CLASS:
      return parse_class (p, FALSE);
    case JS_TOK_NAME:
      break;
    default:
      unexpected (p);
    }

  /* async function, async x => …, x => … or a plain identifier */
  if (tok_is_name (&t, p->s_async))
    {
      const JsToken *ahead = peek (p);

      if (ahead->type == JS_TOK_FUNCTION && !ahead->newline_before)
        {
          next (p);
          return parse_function (p, start, FALSE, TRUE);
        }
      if (ahead->type == JS_TOK_NAME && !ahead->newline_before && t.start == p->potential_arrow &&
          (!tok_is_name (ahead, p->s_of) || second_token_is_arrow (p)))
        {
          guint this_count = p->fn->this_count, arguments_count = p->fn->arguments_count;
          gsize cover_start;
          JsAst *param;

          next (p);
          cover_start = p->tok.start;
          param = parse_binding_identifier (p, 0);
          if (param->name == p->s_await)
            error_node (p, param, "Unexpected reserved word");
          if (p->tok.type != JS_TOK_ARROW || p->tok.newline_before)
            unexpected (p);
          return parse_arrow (p, start, list_single (p, param), TRUE, cover_start, this_count, arguments_count);
        }
    }
  check_identifier (p, &t, FALSE);
  next (p);
  if (p->tok.type == JS_TOK_ARROW && t.start == p->potential_arrow && !p->tok.newline_before)
    {
      n = new_node (p, JS_AST_IDENTIFIER, start);
      n->name = t.name;
      check_identifier (p, &t, TRUE);
      return parse_arrow (p, start, list_single (p, n), FALSE, t.start, p->fn->this_count, p->fn->arguments_count);
    }
  return identifier_reference (p, &t, start);
}

/* ---------------------------------------------------------------------- */
/* Left-hand-side expressions                                             */
/* ---------------------------------------------------------------------- */

/* Arguments : ( ) | ( ArgumentList ,? )
 * ArgumentList : ...? AssignmentExpression | ArgumentList , ...? AssignmentExpression */
static JsAst *
parse_arguments (Parser *p, Cover *cover)
{
  Pos open = tok_pos (p);
  ListBuilder args;
  gboolean saved_no_in = p->no_in;

  list_init (&args);
  next (p);
  p->no_in = FALSE;
  while (p->tok.type != JS_TOK_RPAREN)
    {
      Pos start = tok_pos (p);
      JsAst *arg;

      if (accept (p, JS_TOK_ELLIPSIS))
        arg = finish (p, new_unary (p, JS_AST_SPREAD, start, parse_assignment (p, cover)));
      else
        arg = parse_assignment (p, cover);
      list_push (p, &args, arg);
      if (p->tok.type == JS_TOK_RPAREN)
        break;
      if (p->tok.type != JS_TOK_COMMA)
        error_unclosed (p, "missing ) after argument list", open, "(");
      next (p);
    }
  if (p->tok.type != JS_TOK_RPAREN)
    error_unclosed (p, "missing ) after argument list", open, "(");
  next (p);
  p->no_in = saved_no_in;
  return args.head;
}

/* The property after `.` or `?.`: an IdentifierName (keywords too) or a
 * PrivateIdentifier. */
static JsAst *
parse_member_name (Parser *p, JsAst *object, guint32 flags)
{
  Pos start = tok_pos (p);
  JsToken t = p->tok;
  JsAst *n;

  if (t.type == JS_TOK_PRIVATE_NAME)
    {
      JsAst *name;

      next (p);
      name = new_node (p, JS_AST_PRIVATE_NAME, start);
      name->name = t.name;
      use_private (p, name);
      n = new_binary (p, JS_AST_PRIVATE_MEMBER, object, name);
    }
  else if (t.type == JS_TOK_NAME || JS_TOK_IS_KEYWORD (t.type))
    {
      next (p);
      n = new_binary (p, JS_AST_MEMBER, object, string_from_name (p, t.name, start));
    }
  else
    unexpected (p);
  n->flags |= flags;
  return n;
}

/* The links after a MemberExpression: `.x`, `[x]`, `?.`, arguments and
 * tagged templates.  `calls` is FALSE for the callee of `new`.
 * OptionalExpression : MemberExpression OptionalChain | CallExpression OptionalChain | …
 * OptionalChain : ?. Arguments | ?. [ Expression ] | ?. IdentifierName | ?. PrivateIdentifier | … */
static JsAst *
parse_call_tail (Parser *p, JsAst *e, Pos start, gboolean calls)
{
  gboolean optional = FALSE;
  int links = 0;

  for (;;)
    {
      if (is_bare_arrow (e))
        break;
      switch (p->tok.type)
        {
        case JS_TOK_DOT:
          next (p);
          e = parse_member_name (p, e, 0);
          break;
        case JS_TOK_OPTIONAL:
          if (!calls)
            error_tok (p, "Invalid optional chain from new expression");
          next (p);
          optional = TRUE;
          if (p->tok.type == JS_TOK_LPAREN)
            {
              JsAst *args = parse_arguments (p, NULL);

              e = new_binary (p, JS_AST_CALL, e, args);
              e->flags |= JS_AST_FLAG_OPTIONAL;
            }
          else if (p->tok.type == JS_TOK_LBRACKET)
            {
              Pos open = tok_pos (p);
              gboolean saved_no_in = p->no_in;
              JsAst *index;

              next (p);
              p->no_in = FALSE;
              index = parse_expression (p);
              p->no_in = saved_no_in;
              expect_closing (p, JS_TOK_RBRACKET, open, "[");
              e = new_binary (p, JS_AST_INDEX, e, index);
              e->flags |= JS_AST_FLAG_OPTIONAL;
            }
          else if (p->tok.type == JS_TOK_TEMPLATE || p->tok.type == JS_TOK_TEMPLATE_HEAD)
            error_tok (p, "Invalid tagged template on optional chain");
          else
            e = parse_member_name (p, e, JS_AST_FLAG_OPTIONAL);
          break;
        case JS_TOK_LBRACKET:
          {
            Pos open = tok_pos (p);
            gboolean saved_no_in = p->no_in;
            JsAst *index;

            next (p);
            p->no_in = FALSE;
            index = parse_expression (p);
            p->no_in = saved_no_in;
            expect_closing (p, JS_TOK_RBRACKET, open, "[");
            e = new_binary (p, JS_AST_INDEX, e, index);
            break;
          }
        case JS_TOK_LPAREN:
          if (!calls)
            goto done;
          if (links == 0 && e->kind == JS_AST_IDENTIFIER && e->name == p->s_async && !is_paren (e) &&
              start.offset == p->potential_arrow && p->prev_end - start.offset == 5 &&
              !p->tok.newline_before)
            {
              /* async ( …: the arguments may turn out to be arrow parameters */
              guint this_count = p->fn->this_count, arguments_count = p->fn->arguments_count;
              gsize cover_start = p->tok.start;
              Cover cover = { NULL, };
              JsAst *args = parse_arguments (p, &cover);

              if (p->tok.type == JS_TOK_ARROW && !p->tok.newline_before)
                return parse_arrow (p, start, to_params (p, args), TRUE, cover_start, this_count, arguments_count);
              cover_raise (p, &cover);
              e = new_binary (p, JS_AST_CALL, e, args);
            }
          else
            e = new_binary (p, JS_AST_CALL, e, parse_arguments (p, NULL));
          /* a direct eval may read this and arguments */
          if (e->a->kind == JS_AST_IDENTIFIER && e->a->name == p->s_eval && !is_paren (e->a))
            {
              mark_this (p);
              if (p->fn->allow_arguments)
                mark_arguments (p);
            }
          break;
        case JS_TOK_TEMPLATE:
        case JS_TOK_TEMPLATE_HEAD:
          if (optional)
            error_tok (p, "Invalid tagged template on optional chain");
          e = new_binary (p, JS_AST_TAGGED_TEMPLATE, e, parse_template (p, TRUE));
          break;
        default:
          goto done;
        }
      e->line = start.line;
      e->column = start.column;
      links++;
      enter (p);
    }
done:
  p->depth -= links;
  if (optional)
    {
      JsAst *chain = new_unary (p, JS_AST_OPTIONAL_CHAIN, start, e);

      return chain;
    }
  return e;
}

/* SuperCall : super Arguments
 * SuperProperty : super [ Expression ] | super . IdentifierName */
static JsAst *
parse_super (Parser *p, gboolean calls)
{
  Pos start = tok_pos (p);
  JsAst *n;

  next (p);
  if (p->tok.type == JS_TOK_LPAREN && calls)
    {
      if (!p->fn->allow_super_call)
        error_at (p, start.line, start.column, "'super' keyword unexpected here");
      n = new_node (p, JS_AST_SUPER_CALL, start);
      n->b = parse_arguments (p, NULL);
      mark_this (p);
      return finish (p, n);
    }
  if (!p->fn->allow_super_prop || (p->tok.type != JS_TOK_DOT && p->tok.type != JS_TOK_LBRACKET))
    error_at (p, start.line, start.column, "'super' keyword unexpected here");
  mark_this (p);
  if (accept (p, JS_TOK_DOT))
    {
      Pos name_start = tok_pos (p);
      JsToken t = p->tok;

      if (t.type == JS_TOK_PRIVATE_NAME)
        error_tok (p, "Unexpected private field");
      if (t.type != JS_TOK_NAME && !JS_TOK_IS_KEYWORD (t.type))
        unexpected (p);
      next (p);
      n = new_node (p, JS_AST_SUPER_MEMBER, start);
      n->b = string_from_name (p, t.name, name_start);
      return n;
    }
  else
    {
      Pos open = tok_pos (p);
      gboolean saved_no_in = p->no_in;
      JsAst *index;

      next (p);
      p->no_in = FALSE;
      index = parse_expression (p);
      p->no_in = saved_no_in;
      expect_closing (p, JS_TOK_RBRACKET, open, "[");
      n = new_node (p, JS_AST_SUPER_INDEX, start);
      n->b = index;
      return n;
    }
}

/* NewExpression : MemberExpression | new NewExpression
 * MemberExpression : … | new MemberExpression Arguments | MetaProperty
 * NewTarget : new . target */
static JsAst *
parse_new (Parser *p)
{
  Pos start = tok_pos (p), callee_start;
  JsAst *callee, *n;

  next (p);
  if (accept (p, JS_TOK_DOT))
    {
      if (!is_name (p, p->s_target))
        unexpected (p);
      next (p);
      if (!p->fn->allow_new_target)
        error_at (p, start.line, start.column, "new.target expression is not allowed here");
      mark_this (p);
      return new_node (p, JS_AST_NEW_TARGET, start);
    }
  enter (p);
  callee_start = tok_pos (p);
  if (p->tok.type == JS_TOK_NEW)
    callee = parse_new (p);
  else if (p->tok.type == JS_TOK_SUPER)
    callee = parse_super (p, FALSE);
  else if (p->tok.type == JS_TOK_IMPORT)
    error_tok (p, "Cannot use new with import");
  else
    callee = parse_primary (p, NULL);
  if (is_bare_arrow (callee))
    error_node (p, callee, "Malformed arrow function parameter list");
  callee = parse_call_tail (p, callee, callee_start, FALSE);
  n = new_node (p, JS_AST_NEW, start);
  n->a = callee;
  if (p->tok.type == JS_TOK_LPAREN)
    n->b = parse_arguments (p, NULL);
  leave (p);
  return finish (p, n);
}

/* ImportCall : import ( AssignmentExpression [, AssignmentExpression] [,] )
 * ImportMeta : import . meta — module code only; it reads the module
 * function's hidden `%meta` parameter (js-module.c makes the object). */
static JsAst *
parse_import_expression (Parser *p)
{
  Pos start = tok_pos (p);
  JsAst *n;

  next (p);                     /* import */
  if (accept (p, JS_TOK_DOT))
    {
      if (!(p->tok.type == JS_TOK_NAME && !p->tok.escaped && strcmp (p->tok.name, "meta") == 0))
        unexpected (p);
      if (p->goal != JS_PARSE_ASYNC_MODULE_BODY)
        error_at (p, start.line, start.column, "Cannot use 'import.meta' outside a module");
      next (p);
      n = new_node (p, JS_AST_IDENTIFIER, start);
      n->name = js_lexer_intern (&p->L, "%meta");
      return finish (p, n);
    }
  if (p->tok.type != JS_TOK_LPAREN)
    unexpected (p);
  n = new_node (p, JS_AST_IMPORT_CALL, start);
  next (p);
  if (p->tok.type == JS_TOK_RPAREN)
    error_at (p, start.line, start.column, "import() requires a specifier");
  n->a = parse_assignment (p, NULL);
  if (accept (p, JS_TOK_COMMA) && p->tok.type != JS_TOK_RPAREN)
    {
      n->b = parse_assignment (p, NULL);
      accept (p, JS_TOK_COMMA);
    }
  expect (p, JS_TOK_RPAREN);
  return finish (p, n);
}

/* LeftHandSideExpression : NewExpression | CallExpression | OptionalExpression
 * CallExpression : CoverCallExpressionAndAsyncArrowHead | SuperCall
 *   | CallExpression Arguments | CallExpression [ Expression ]
 *   | CallExpression . IdentifierName | CallExpression TemplateLiteral | … */
static JsAst *
parse_lhs (Parser *p, Cover *cover)
{
  Pos start = tok_pos (p);
  JsAst *e;

  if (p->tok.type == JS_TOK_NEW)
    e = parse_new (p);
  else if (p->tok.type == JS_TOK_SUPER)
    e = parse_super (p, TRUE);
  else if (p->tok.type == JS_TOK_IMPORT)
    e = parse_import_expression (p);
  else
    e = parse_primary (p, cover);
  return parse_call_tail (p, e, start, TRUE);
}

/* ---------------------------------------------------------------------- */
/* Operators                                                              */
/* ---------------------------------------------------------------------- */

static const char *
target_error (gboolean prefix, gboolean postfix)
{
  return prefix ? "Invalid left-hand side expression in prefix operation"
       : postfix ? "Invalid left-hand side expression in postfix operation"
       : "Invalid left-hand side in assignment";
}

/* UpdateExpression : LeftHandSideExpression
 *   | LeftHandSideExpression [no LineTerminator here] ++ | … --
 *   | ++ UnaryExpression | -- UnaryExpression */
static JsAst *
parse_postfix (Parser *p, Cover *cover)
{
  JsAst *e = parse_lhs (p, cover);

  if (is_bare_arrow (e))
    return e;
  if ((p->tok.type == JS_TOK_INC || p->tok.type == JS_TOK_DEC) && !p->tok.newline_before)
    {
      JsAstKind kind = p->tok.type == JS_TOK_INC ? JS_AST_POST_INC : JS_AST_POST_DEC;

      if (!is_simple_target (p, e))
        error_node (p, e, "%s", target_error (FALSE, TRUE));
      next (p);
      return new_unary (p, kind, node_pos (e), e);
    }
  return e;
}

/* UnaryExpression : UpdateExpression | delete UnaryExpression | void UnaryExpression
 *   | typeof UnaryExpression | + UnaryExpression | - UnaryExpression
 *   | ~ UnaryExpression | ! UnaryExpression | [+Await] AwaitExpression
 * AwaitExpression : await UnaryExpression */
static JsAst *
parse_unary (Parser *p, Cover *cover)
{
  Pos start = tok_pos (p);
  JsAstKind kind;
  JsAst *operand, *n;

  switch (p->tok.type)
    {
    case JS_TOK_DELETE: kind = JS_AST_DELETE; break;
    case JS_TOK_VOID: kind = JS_AST_VOID; break;
    case JS_TOK_TYPEOF: kind = JS_AST_TYPEOF; break;
    case JS_TOK_PLUS: kind = JS_AST_POS; break;
    case JS_TOK_MINUS: kind = JS_AST_NEG; break;
    case JS_TOK_TILDE: kind = JS_AST_BITNOT; break;
    case JS_TOK_BANG: kind = JS_AST_NOT; break;
    case JS_TOK_INC: kind = JS_AST_PRE_INC; break;
    case JS_TOK_DEC: kind = JS_AST_PRE_DEC; break;
    case JS_TOK_NAME:
      if (is_name (p, p->s_await) && p->fn->is_async)
        {
          kind = JS_AST_AWAIT;
          if (p->fn->in_params)
            error_tok (p, "Illegal await-expression in formal parameters of async function");
          p->fn->yield_await = start;
          p->fn->yield_await.offset++;
          p->fn->yield_await_is_yield = FALSE;
          break;
        }
      return parse_postfix (p, cover);
    default:
      return parse_postfix (p, cover);
    }
  next (p);
  enter (p);
  operand = parse_unary (p, NULL);
  leave (p);
  if (is_bare_arrow (operand))
    error_node (p, operand, "Malformed arrow function parameter list");
  if ((kind == JS_AST_PRE_INC || kind == JS_AST_PRE_DEC) && !is_simple_target (p, operand))
    error_node (p, operand, "%s", target_error (TRUE, FALSE));
  if (kind == JS_AST_DELETE)
    {
      JsAst *target = operand;

      if (target->kind == JS_AST_IDENTIFIER && p->fn->strict)
        error_at (p, start.line, start.column, "Delete of an unqualified identifier in strict mode.");
      if (target->kind == JS_AST_OPTIONAL_CHAIN)
        target = target->a;
      if (target->kind == JS_AST_PRIVATE_MEMBER)
        error_node (p, target->b, "Private fields can not be deleted");
    }
  n = new_unary (p, kind, start, operand);
  return n;
}

/* Binary operators by token: precedence (higher binds tighter) and kind.
 * ?? has the lowest level, and its operands are BitwiseORExpressions. */
static const struct {
  guint8 precedence;
  JsAstKind kind;
} binary_ops[JS_TOK_N] = {
  [JS_TOK_NULLISH] = { 1, JS_AST_NULLISH },
  [JS_TOK_OR] = { 2, JS_AST_LOGICAL_OR },
  [JS_TOK_AND] = { 3, JS_AST_LOGICAL_AND },
  [JS_TOK_PIPE] = { 4, JS_AST_BITOR },
  [JS_TOK_CARET] = { 5, JS_AST_BITXOR },
  [JS_TOK_AMP] = { 6, JS_AST_BITAND },
  [JS_TOK_EQ] = { 7, JS_AST_EQ },
  [JS_TOK_NE] = { 7, JS_AST_NE },
  [JS_TOK_STRICT_EQ] = { 7, JS_AST_STRICT_EQ },
  [JS_TOK_STRICT_NE] = { 7, JS_AST_STRICT_NE },
  [JS_TOK_LT] = { 8, JS_AST_LT },
  [JS_TOK_GT] = { 8, JS_AST_GT },
  [JS_TOK_LE] = { 8, JS_AST_LE },
  [JS_TOK_GE] = { 8, JS_AST_GE },
  [JS_TOK_INSTANCEOF] = { 8, JS_AST_INSTANCEOF },
  [JS_TOK_IN] = { 8, JS_AST_IN },
  [JS_TOK_SHL] = { 9, JS_AST_SHL },
  [JS_TOK_SHR] = { 9, JS_AST_SHR },
  [JS_TOK_USHR] = { 9, JS_AST_USHR },
  [JS_TOK_PLUS] = { 10, JS_AST_ADD },
  [JS_TOK_MINUS] = { 10, JS_AST_SUB },
  [JS_TOK_STAR] = { 11, JS_AST_MUL },
  [JS_TOK_SLASH] = { 11, JS_AST_DIV },
  [JS_TOK_PERCENT] = { 11, JS_AST_MOD },
  [JS_TOK_STARSTAR] = { 12, JS_AST_EXP },
};

#define PREC_RELATIONAL 8
#define PREC_BITOR 4
#define PREC_EXP 12

static gboolean
is_unparenthesized (const JsAst *n, JsAstKind kind)
{
  return n->kind == kind && !is_paren (n);
}

/* ShortCircuitExpression : LogicalORExpression | CoalesceExpression
 * CoalesceExpression : CoalesceExpressionHead ?? BitwiseORExpression
 * LogicalORExpression : LogicalANDExpression | LogicalORExpression || LogicalANDExpression
 * … down to
 * ExponentiationExpression : UnaryExpression | UpdateExpression ** ExponentiationExpression
 * RelationalExpression : … | PrivateIdentifier in ShiftExpression
 * by precedence climbing over binary_ops. */
static JsAst *
parse_binary (Parser *p, int min_precedence, Cover *cover)
{
  JsAst *left;
  int links = 0;

  if (p->tok.type == JS_TOK_PRIVATE_NAME && min_precedence <= PREC_RELATIONAL)
    {
      /* #x in obj */
      Pos start = tok_pos (p);
      JsToken t = p->tok;
      JsAst *name;

      next (p);
      if (p->tok.type != JS_TOK_IN || p->no_in)
        {
          p->tok = t;
          unexpected (p);
        }
      name = new_node (p, JS_AST_PRIVATE_NAME, start);
      name->name = t.name;
      use_private (p, name);
      next (p);
      left = new_binary (p, JS_AST_PRIVATE_IN, name, parse_binary (p, PREC_RELATIONAL + 1, NULL));
    }
  else
    left = parse_unary (p, cover);

  for (;;)
    {
      JsTokenType op = p->tok.type;
      int precedence = binary_ops[op].precedence;
      JsAst *right;

      if (is_bare_arrow (left))
        break;
      if (precedence == 0 || precedence < min_precedence || (op == JS_TOK_IN && p->no_in))
        break;
      if (op == JS_TOK_NULLISH && (is_unparenthesized (left, JS_AST_LOGICAL_OR) ||
                                   is_unparenthesized (left, JS_AST_LOGICAL_AND)))
        unexpected (p);
      if ((op == JS_TOK_OR || op == JS_TOK_AND) && is_unparenthesized (left, JS_AST_NULLISH))
        unexpected (p);
      if (op == JS_TOK_STARSTAR && !is_paren (left))
        switch (left->kind)
          {
          case JS_AST_NEG: case JS_AST_POS: case JS_AST_NOT: case JS_AST_BITNOT:
          case JS_AST_TYPEOF: case JS_AST_VOID: case JS_AST_DELETE: case JS_AST_AWAIT:
            error_node (p, left, "Unary operator used immediately before exponentiation expression. "
                        "Parenthesis must be used to disambiguate operator precedence");
          default:
            break;
          }
      next (p);
      if (op == JS_TOK_STARSTAR)
        {
          /* right-associative */
          enter (p);
          right = parse_binary (p, PREC_EXP, NULL);
          leave (p);
        }
      else if (op == JS_TOK_NULLISH)
        right = parse_binary (p, PREC_BITOR, NULL);
      else
        right = parse_binary (p, precedence + 1, NULL);
      if (is_bare_arrow (right))
        error_node (p, right, "Malformed arrow function parameter list");
      left = new_binary (p, binary_ops[op].kind, left, right);
      links++;
      enter (p);
    }
  p->depth -= links;
  return left;
}

/* ConditionalExpression : ShortCircuitExpression
 *   | ShortCircuitExpression ? AssignmentExpression : AssignmentExpression */
static JsAst *
parse_conditional (Parser *p, Cover *cover)
{
  JsAst *test = parse_binary (p, 1, cover), *n;
  gboolean saved_no_in = p->no_in;

  if (is_bare_arrow (test) || p->tok.type != JS_TOK_QUESTION)
    return test;
  next (p);
  n = new_node (p, JS_AST_CONDITIONAL, node_pos (test));
  n->a = test;
  p->no_in = FALSE;
  n->b = parse_assignment (p, NULL);
  p->no_in = saved_no_in;
  if (p->tok.type != JS_TOK_COLON)
    unexpected (p);
  next (p);
  n->c = parse_assignment (p, NULL);
  return finish (p, n);
}

/* YieldExpression : yield | yield [no LineTerminator here] AssignmentExpression
 *                 | yield [no LineTerminator here] * AssignmentExpression */
static JsAst *
parse_yield (Parser *p)
{
  Pos start = tok_pos (p);
  JsAst *n;

  if (p->fn->in_params)
    error_tok (p, "Yield expression not allowed in formal parameter");
  p->fn->yield_await = start;
  p->fn->yield_await.offset++;
  p->fn->yield_await_is_yield = TRUE;
  next (p);
  n = new_node (p, JS_AST_YIELD, start);
  if (p->tok.newline_before)
    return n;
  if (accept (p, JS_TOK_STAR))
    {
      n->flags |= JS_AST_FLAG_DELEGATE;
      n->a = parse_assignment (p, NULL);
      return finish (p, n);
    }
  switch (p->tok.type)
    {
    case JS_TOK_RPAREN: case JS_TOK_RBRACKET: case JS_TOK_RBRACE: case JS_TOK_COMMA:
    case JS_TOK_SEMICOLON: case JS_TOK_COLON: case JS_TOK_EOF: case JS_TOK_IN:
    case JS_TOK_QUESTION: case JS_TOK_TEMPLATE_MIDDLE: case JS_TOK_TEMPLATE_TAIL:
    case JS_TOK_ARROW:
      return n;
    default:
      if (binary_ops[p->tok.type].precedence && p->tok.type != JS_TOK_SLASH && p->tok.type != JS_TOK_PLUS &&
          p->tok.type != JS_TOK_MINUS)
        return n;
      if (p->tok.type >= JS_TOK_ASSIGN && p->tok.type <= JS_TOK_NULLISH_ASSIGN && p->tok.type != JS_TOK_SLASH_ASSIGN)
        return n;
      n->a = parse_assignment (p, NULL);
      return finish (p, n);
    }
}

static JsAstKind
assignment_operator (JsTokenType type)
{
  switch (type)
    {
    case JS_TOK_ASSIGN: return JS_AST_LIST;
    case JS_TOK_PLUS_ASSIGN: return JS_AST_ADD;
    case JS_TOK_MINUS_ASSIGN: return JS_AST_SUB;
    case JS_TOK_STAR_ASSIGN: return JS_AST_MUL;
    case JS_TOK_SLASH_ASSIGN: return JS_AST_DIV;
    case JS_TOK_PERCENT_ASSIGN: return JS_AST_MOD;
    case JS_TOK_STARSTAR_ASSIGN: return JS_AST_EXP;
    case JS_TOK_SHL_ASSIGN: return JS_AST_SHL;
    case JS_TOK_SHR_ASSIGN: return JS_AST_SHR;
    case JS_TOK_USHR_ASSIGN: return JS_AST_USHR;
    case JS_TOK_AMP_ASSIGN: return JS_AST_BITAND;
    case JS_TOK_PIPE_ASSIGN: return JS_AST_BITOR;
    case JS_TOK_CARET_ASSIGN: return JS_AST_BITXOR;
    case JS_TOK_AND_ASSIGN: return JS_AST_LOGICAL_AND;
    case JS_TOK_OR_ASSIGN: return JS_AST_LOGICAL_OR;
    case JS_TOK_NULLISH_ASSIGN: return JS_AST_NULLISH;
    default: return JS_AST_N_KINDS;
    }
}

/* AssignmentExpression : ConditionalExpression | [+Yield] YieldExpression
 *   | ArrowFunction | AsyncArrowFunction
 *   | LeftHandSideExpression = AssignmentExpression
 *   | LeftHandSideExpression AssignmentOperator AssignmentExpression
 *   | LeftHandSideExpression LogicalAssignmentOperator AssignmentExpression
 * `outer`: the caller may still read this expression as a pattern (an array
 * element, a property value, a parenthesized item), so pattern-only errors
 * inside a literal go there instead of being reported. */
static JsAst *
parse_assignment (Parser *p, Cover *outer)
{
  Cover cover = { NULL, };
  JsAst *left, *n;
  JsAstKind op;

  enter (p);
  if (is_name (p, p->s_yield) && p->fn->is_generator)
    {
      n = parse_yield (p);
      leave (p);
      return n;
    }
  p->potential_arrow = p->tok.start;
  left = parse_conditional (p, &cover);
  if (is_bare_arrow (left))
    {
      leave (p);
      return left;
    }
  op = assignment_operator (p->tok.type);
  if (op == JS_AST_N_KINDS)
    {
      if (cover.message)
        {
          if (outer && !is_paren (left) && (left->kind == JS_AST_ARRAY || left->kind == JS_AST_OBJECT))
            cover_note (outer, cover.message, cover.line, cover.column);
          else
            cover_raise (p, &cover);
        }
      leave (p);
      return left;
    }
  if (op == JS_AST_LIST && !is_paren (left) && (left->kind == JS_AST_ARRAY || left->kind == JS_AST_OBJECT))
    left = to_target (p, left, FALSE);
  else
    {
      cover_raise (p, &cover);
      if (!is_simple_target (p, left))
        error_node (p, left, "Invalid left-hand side in assignment");
    }
  next (p);
  n = new_node (p, JS_AST_ASSIGN, node_pos (left));
  n->op = op;
  n->a = left;
  n->b = parse_assignment (p, NULL);
  leave (p);
  return finish (p, n);
}

/* Expression : AssignmentExpression | Expression , AssignmentExpression */
static JsAst *
parse_expression (Parser *p)
{
  Pos start = tok_pos (p);
  JsAst *first = parse_assignment (p, NULL), *n;
  ListBuilder items;

  if (p->tok.type != JS_TOK_COMMA)
    return first;
  list_init (&items);
  list_push (p, &items, first);
  while (accept (p, JS_TOK_COMMA))
    list_push (p, &items, parse_assignment (p, NULL));
  n = new_node (p, JS_AST_SEQUENCE, start);
  n->a = items.head;
  return n;
}

/* ---------------------------------------------------------------------- */
/* Statements                                                             */
/* ---------------------------------------------------------------------- */

/* Block : { StatementList? }  (with a scope of its own) */
static JsAst *
parse_block (Parser *p)
{
  Pos start = tok_pos (p);
  Scope scope;
  JsAst *n;

  expect (p, JS_TOK_LBRACE);
  push_scope (p, &scope, SCOPE_BLOCK);
  n = new_node (p, JS_AST_BLOCK, start);
  n->a = parse_body (p, JS_TOK_RBRACE, FALSE);
  if (p->tok.type != JS_TOK_RBRACE)
    error_unclosed (p, NULL, start, "{");
  next (p);
  pop_scope (p);
  return finish (p, n);
}

/* VariableDeclarationList : VariableDeclaration | VariableDeclarationList , VariableDeclaration
 * VariableDeclaration : BindingIdentifier Initializer? | BindingPattern Initializer
 * LexicalDeclaration : LetOrConst BindingList ;
 * In a for-statement head (`in_for`) initializers are checked by the caller. */
static JsAst *
parse_declarations (Parser *p, guint32 kind_flag, gboolean in_for)
{
  Pos start = tok_pos (p);
  guint decl = kind_flag == JS_AST_FLAG_VAR ? DECL_VAR : DECL_LEXICAL;
  ListBuilder list;
  JsAst *n;

  list_init (&list);
  next (p);                     /* var, let or const */
  do
    {
      Pos dstart = tok_pos (p);
      JsAst *d, *target = parse_binding_target (p, decl);

      d = new_node (p, JS_AST_VAR_DECLARATOR, dstart);
      d->a = target;
      if (accept (p, JS_TOK_ASSIGN))
        d->b = parse_assignment (p, NULL);
      else if (!in_for)
        {
          if (target->kind != JS_AST_IDENTIFIER)
            error_node (p, target, "Missing initializer in destructuring declaration");
          if (kind_flag == JS_AST_FLAG_CONST)
            error_node (p, target, "Missing initializer in const declaration");
        }
      list_push (p, &list, finish (p, d));
    }
  while (accept (p, JS_TOK_COMMA));
  n = new_node (p, JS_AST_VAR_DECL, start);
  n->flags = kind_flag;
  n->a = list.head;
  return n;
}

/* Does `let` start a LexicalDeclaration here (let [, let {, let x)? */
static gboolean
let_declaration_follows (Parser *p)
{
  const JsToken *ahead;

  if (!is_name (p, p->s_let))
    return FALSE;
  ahead = peek (p);
  return ahead->type == JS_TOK_LBRACKET || ahead->type == JS_TOK_LBRACE || ahead->type == JS_TOK_NAME ||
         (p->fn->strict && JS_TOK_IS_KEYWORD (ahead->type));
}

/* Marks the labels of the current label set as labelling a loop. */
static void
mark_loop_labels (Parser *p, Label *label_set)
{
  Label *l;

  if (label_set == NULL)
    return;
  for (l = p->fn->labels; l; l = l->next)
    {
      l->loop = TRUE;
      if (l == label_set)
        break;
    }
}

/* The body of a loop. */
static JsAst *
parse_loop_body (Parser *p)
{
  JsAst *body;

  p->fn->loops++;
  p->fn->breakables++;
  body = parse_statement (p, NULL, FALSE);
  p->fn->loops--;
  p->fn->breakables--;
  return body;
}

/* ForStatement, ForInOfStatement:
 *   for ( [lookahead ≠ let [] Expression? ; Expression? ; Expression? ) Statement
 *   for ( var VariableDeclarationList ; Expression? ; Expression? ) Statement
 *   for ( LexicalDeclaration Expression? ; Expression? ) Statement
 *   for ( [lookahead ∉ { let, async of }] LeftHandSideExpression of AssignmentExpression ) Statement
 *   for ( var ForBinding of AssignmentExpression ) Statement
 *   for ( ForDeclaration of AssignmentExpression ) Statement
 *   for await ( … of … ) Statement
 *   and the same with `in` Expression */
static JsAst *
parse_for (Parser *p, Label *label_set)
{
  Pos start = tok_pos (p), open;
  Scope scope;
  gboolean is_await = FALSE, saved_no_in = p->no_in;
  JsAst *init = NULL, *n;
  Cover cover = { NULL, };
  JsToken init_tok;

  mark_loop_labels (p, label_set);
  next (p);
  if (is_name (p, p->s_await) && p->fn->is_async)
    {
      is_await = TRUE;
      next (p);
    }
  open = tok_pos (p);
  expect (p, JS_TOK_LPAREN);
  push_scope (p, &scope, SCOPE_BLOCK);
  init_tok = p->tok;
  p->no_in = TRUE;
  if (p->tok.type == JS_TOK_VAR)
    init = parse_declarations (p, JS_AST_FLAG_VAR, TRUE);
  else if (p->tok.type == JS_TOK_CONST)
    init = parse_declarations (p, JS_AST_FLAG_CONST, TRUE);
  else if (let_declaration_follows (p))
    init = parse_declarations (p, JS_AST_FLAG_LET, TRUE);
  else if (p->tok.type != JS_TOK_SEMICOLON)
    {
      p->potential_arrow = p->tok.start;
      init = parse_assignment (p, &cover);
      if (p->tok.type == JS_TOK_COMMA)
        {
          ListBuilder items;
          JsAst *seq = new_node (p, JS_AST_SEQUENCE, node_pos (init));

          cover_raise (p, &cover);
          list_init (&items);
          list_push (p, &items, init);
          while (accept (p, JS_TOK_COMMA))
            list_push (p, &items, parse_assignment (p, NULL));
          seq->a = items.head;
          init = finish (p, seq);
        }
    }
  p->no_in = saved_no_in;

  if (init && (p->tok.type == JS_TOK_IN || is_name (p, p->s_of)))
    {
      gboolean of = p->tok.type != JS_TOK_IN;
      const char *what = of ? "for-of" : "for-in";

      if (is_await && !of)
        unexpected (p);
      if (init->kind == JS_AST_VAR_DECL)
        {
          JsAst *d = init->a->a;

          if (init->a->b)
            error_node (p, init, "Invalid left-hand side in %s loop: Must have a single binding.", what);
          if (d->b)
            error_node (p, init, "%s loop variable declaration may not have an initializer.", what);
        }
      else
        {
          if (of && !is_await && tok_is_name (&init_tok, p->s_async) && init->kind == JS_AST_IDENTIFIER &&
              !is_paren (init))
            error_node (p, init, "The left-hand side of a for-of loop may not be 'async'.");
          if (of && tok_is_name (&init_tok, p->s_let))
            error_node (p, init, "The left-hand side of a for-of loop may not be 'let'.");
          if (!is_paren (init) && (init->kind == JS_AST_ARRAY || init->kind == JS_AST_OBJECT))
            init = to_target (p, init, FALSE);
          else if (!is_simple_target (p, init))
            error_node (p, init, "Invalid left-hand side in %s loop", what);
        }
      next (p);
      n = new_node (p, of ? JS_AST_FOR_OF : JS_AST_FOR_IN, start);
      n->a = init;
      n->b = of ? parse_assignment (p, NULL) : parse_expression (p);
      if (is_await)
        n->flags |= JS_AST_FLAG_AWAIT;
      expect_closing (p, JS_TOK_RPAREN, open, "(");
      n->d = parse_loop_body (p);
      pop_scope (p);
      return finish (p, n);
    }

  if (is_await)
    unexpected (p);
  cover_raise (p, &cover);
  if (init && init->kind == JS_AST_VAR_DECL)
    {
      JsAst *l;

      for (l = init->a; l; l = l->b)
        if (l->a->b == NULL)
          {
            if (l->a->a->kind != JS_AST_IDENTIFIER)
              error_node (p, l->a->a, "Missing initializer in destructuring declaration");
            if (init->flags & JS_AST_FLAG_CONST)
              error_node (p, l->a->a, "Missing initializer in const declaration");
          }
    }
  n = new_node (p, JS_AST_FOR, start);
  n->a = init;
  if (p->tok.type != JS_TOK_SEMICOLON)
    unexpected (p);
  next (p);
  if (p->tok.type != JS_TOK_SEMICOLON)
    n->b = parse_expression (p);
  if (p->tok.type != JS_TOK_SEMICOLON)
    unexpected (p);
  next (p);
  if (p->tok.type != JS_TOK_RPAREN)
    n->c = parse_expression (p);
  expect_closing (p, JS_TOK_RPAREN, open, "(");
  n->d = parse_loop_body (p);
  pop_scope (p);
  return finish (p, n);
}

/* ( Expression ) after if, while, switch… */
static JsAst *
parse_paren_condition (Parser *p)
{
  Pos open = tok_pos (p);
  gboolean saved_no_in = p->no_in;
  JsAst *e;

  expect (p, JS_TOK_LPAREN);
  p->no_in = FALSE;
  e = parse_expression (p);
  p->no_in = saved_no_in;
  expect_closing (p, JS_TOK_RPAREN, open, "(");
  return e;
}

/* The body of an if: a statement, or (Annex B, sloppy code) a function
 * declaration, as if in a block of its own. */
static JsAst *
parse_if_body (Parser *p)
{
  if (p->tok.type == JS_TOK_FUNCTION && !p->fn->strict)
    {
      Scope scope;
      JsAst *fn;

      push_scope (p, &scope, SCOPE_BLOCK);
      fn = parse_statement (p, NULL, TRUE);
      pop_scope (p);
      return fn;
    }
  return parse_statement (p, NULL, FALSE);
}

/* SwitchStatement : switch ( Expression ) CaseBlock
 * CaseBlock : { CaseClauses? DefaultClause? CaseClauses? }
 * CaseClause : case Expression : StatementList?
 * DefaultClause : default : StatementList? */
static JsAst *
parse_switch (Parser *p)
{
  Pos start = tok_pos (p), open;
  ListBuilder cases;
  Scope scope;
  gboolean has_default = FALSE;
  JsAst *n;

  next (p);
  n = new_node (p, JS_AST_SWITCH, start);
  n->a = parse_paren_condition (p);
  open = tok_pos (p);
  expect (p, JS_TOK_LBRACE);
  push_scope (p, &scope, SCOPE_BLOCK);
  p->fn->breakables++;
  list_init (&cases);
  while (p->tok.type != JS_TOK_RBRACE)
    {
      Pos case_start = tok_pos (p);
      ListBuilder stmts;
      JsAst *c = new_node (p, JS_AST_CASE, case_start);

      if (accept (p, JS_TOK_CASE))
        c->a = parse_expression (p);
      else if (p->tok.type == JS_TOK_DEFAULT)
        {
          if (has_default)
            error_tok (p, "More than one default clause in switch statement");
          has_default = TRUE;
          next (p);
        }
      else if (p->tok.type == JS_TOK_EOF)
        error_unclosed (p, NULL, open, "{");
      else
        unexpected (p);
      expect (p, JS_TOK_COLON);
      list_init (&stmts);
      while (p->tok.type != JS_TOK_CASE && p->tok.type != JS_TOK_DEFAULT && p->tok.type != JS_TOK_RBRACE &&
             p->tok.type != JS_TOK_EOF)
        list_push (p, &stmts, parse_statement_list_item (p));
      c->b = stmts.head;
      list_push (p, &cases, finish (p, c));
    }
  next (p);
  p->fn->breakables--;
  pop_scope (p);
  n->b = cases.head;
  return finish (p, n);
}

/* TryStatement : try Block Catch | try Block Finally | try Block Catch Finally
 * Catch : catch ( CatchParameter ) Block | catch Block
 * Finally : finally Block */
static JsAst *
parse_try (Parser *p)
{
  Pos start = tok_pos (p);
  JsAst *n;

  next (p);
  n = new_node (p, JS_AST_TRY, start);
  if (p->tok.type != JS_TOK_LBRACE)
    unexpected (p);
  n->a = parse_block (p);
  if (p->tok.type == JS_TOK_CATCH)
    {
      next (p);
      if (p->tok.type == JS_TOK_LPAREN)
        {
          Pos open = tok_pos (p), block_start;
          Scope scope;
          JsAst *block;

          next (p);
          /* the parameter and the block's declarations share one scope */
          push_scope (p, &scope, SCOPE_BLOCK);
          n->b = parse_binding_target (p, DECL_CATCH);
          scope.simple_catch = n->b->kind == JS_AST_IDENTIFIER;
          expect_closing (p, JS_TOK_RPAREN, open, "(");
          block_start = tok_pos (p);
          expect (p, JS_TOK_LBRACE);
          block = new_node (p, JS_AST_BLOCK, block_start);
          block->a = parse_body (p, JS_TOK_RBRACE, FALSE);
          expect_closing (p, JS_TOK_RBRACE, block_start, "{");
          n->c = finish (p, block);
          pop_scope (p);
        }
      else
        {
          if (p->tok.type != JS_TOK_LBRACE)
            unexpected (p);
          n->c = parse_block (p);
        }
    }
  if (accept (p, JS_TOK_FINALLY))
    {
      if (p->tok.type != JS_TOK_LBRACE)
        unexpected (p);
      n->d = parse_block (p);
    }
  if (n->c == NULL && n->d == NULL)
    error_tok (p, "Missing catch or finally after try");
  return finish (p, n);
}

/* ContinueStatement : continue ; | continue [no LineTerminator here] LabelIdentifier ;
 * BreakStatement : break ; | break [no LineTerminator here] LabelIdentifier ; */
static JsAst *
parse_break_continue (Parser *p)
{
  Pos start = tok_pos (p);
  gboolean is_break = p->tok.type == JS_TOK_BREAK;
  JsAst *n;

  next (p);
  n = new_node (p, is_break ? JS_AST_BREAK : JS_AST_CONTINUE, start);
  if (p->tok.type == JS_TOK_NAME && !p->tok.newline_before)
    {
      Label *l;

      for (l = p->fn->labels; l; l = l->next)
        if (l->name == p->tok.name)
          break;
      if (l == NULL)
        error_tok (p, "Undefined label '%s'", p->tok.name);
      if (!is_break && !l->loop)
        error_tok (p, "Illegal continue statement: '%s' does not denote an iteration statement", p->tok.name);
      n->name = p->tok.name;
      next (p);
    }
  else if (is_break && p->fn->breakables == 0)
    error_at (p, start.line, start.column, "Illegal break statement");
  else if (!is_break && p->fn->loops == 0)
    error_at (p, start.line, start.column, "Illegal continue statement: no surrounding iteration statement");
  consume_semicolon (p);
  return finish (p, n);
}

/* LabelledStatement : LabelIdentifier : LabelledItem
 * LabelledItem : Statement | FunctionDeclaration (sloppy code only) */
static JsAst *
parse_labeled (Parser *p, Label *label_set)
{
  Pos start = tok_pos (p);
  JsToken t = p->tok;
  Label *l, label;
  JsAst *n;

  check_identifier (p, &t, FALSE);
  for (l = p->fn->labels; l; l = l->next)
    if (l->name == t.name)
      error_tok (p, "Label '%s' has already been declared", t.name);
  next (p);
  expect (p, JS_TOK_COLON);
  label.name = t.name;
  label.loop = FALSE;
  label.next = p->fn->labels;
  p->fn->labels = &label;
  n = new_node (p, JS_AST_LABELED, start);
  n->name = t.name;
  if (p->tok.type == JS_TOK_FUNCTION)
    {
      if (p->fn->strict)
        error_tok (p, "In strict mode code, functions can only be declared at top level or inside a block.");
      n->a = parse_statement (p, NULL, TRUE);
    }
  else
    n->a = parse_statement (p, label_set ? label_set : &label, FALSE);
  p->fn->labels = label.next;
  return finish (p, n);
}

/* Statement : BlockStatement | VariableStatement | EmptyStatement
 *   | ExpressionStatement | IfStatement | BreakableStatement
 *   | ContinueStatement | BreakStatement | ReturnStatement | WithStatement
 *   | LabelledStatement | ThrowStatement | TryStatement | DebuggerStatement
 * `label_set`: the innermost of the labels right before this statement;
 * `allow_function`: a function declaration may stand here (Annex B). */
static JsAst *
parse_statement (Parser *p, Label *label_set, gboolean allow_function)
{
  Pos start = tok_pos (p);
  JsAst *n;

  enter (p);
  switch (p->tok.type)
    {
    case JS_TOK_LBRACE:
      n = parse_block (p);
      break;
    case JS_TOK_VAR:
      n = parse_declarations (p, JS_AST_FLAG_VAR, FALSE);
      consume_semicolon (p);
      finish (p, n);
      break;
    case JS_TOK_SEMICOLON:
      next (p);
      n = new_node (p, JS_AST_EMPTY, start);
      break;
    case JS_TOK_IF:
      next (p);
      n = new_node (p, JS_AST_IF, start);
      n->a = parse_paren_condition (p);
      n->b = parse_if_body (p);
      if (accept (p, JS_TOK_ELSE))
        n->c = parse_if_body (p);
      finish (p, n);
      break;
    case JS_TOK_FOR:
      n = parse_for (p, label_set);
      break;
    case JS_TOK_WHILE:
      mark_loop_labels (p, label_set);
      next (p);
      n = new_node (p, JS_AST_WHILE, start);
      n->a = parse_paren_condition (p);
      n->b = parse_loop_body (p);
      finish (p, n);
      break;
    case JS_TOK_DO:
      mark_loop_labels (p, label_set);
      next (p);
      n = new_node (p, JS_AST_DO_WHILE, start);
      n->a = parse_loop_body (p);
      expect (p, JS_TOK_WHILE);
      n->b = parse_paren_condition (p);
      accept (p, JS_TOK_SEMICOLON);   /* optional even on the same line */
      finish (p, n);
      break;
    case JS_TOK_CONTINUE:
    case JS_TOK_BREAK:
      n = parse_break_continue (p);
      break;
    case JS_TOK_RETURN:
      if (!p->fn->allow_return)
        error_tok (p, "Illegal return statement");
      next (p);
      n = new_node (p, JS_AST_RETURN, start);
      if (p->tok.type != JS_TOK_SEMICOLON && p->tok.type != JS_TOK_RBRACE && p->tok.type != JS_TOK_EOF &&
          !p->tok.newline_before)
        n->a = parse_expression (p);
      consume_semicolon (p);
      finish (p, n);
      break;
    case JS_TOK_THROW:
      next (p);
      if (p->tok.newline_before)
        error_at (p, start.line, start.column, "Illegal newline after throw");
      n = new_node (p, JS_AST_THROW, start);
      n->a = parse_expression (p);
      consume_semicolon (p);
      finish (p, n);
      break;
    case JS_TOK_TRY:
      n = parse_try (p);
      break;
    case JS_TOK_SWITCH:
      n = parse_switch (p);
      break;
    case JS_TOK_DEBUGGER:
      next (p);
      consume_semicolon (p);
      n = new_node (p, JS_AST_DEBUGGER, start);
      break;
    case JS_TOK_WITH:
      if (p->fn->strict)
        error_tok (p, "Strict mode code may not include a with statement");
      next (p);
      n = new_node (p, JS_AST_WITH, start);
      n->a = parse_paren_condition (p);
      n->b = parse_statement (p, NULL, FALSE);
      finish (p, n);
      break;
    case JS_TOK_FUNCTION:
      if (!allow_function)
        error_tok (p, p->fn->strict
                   ? "In strict mode code, functions can only be declared at top level or inside a block."
                   : "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.");
      n = parse_function (p, start, TRUE, FALSE);
      if (n->flags & JS_AST_FLAG_ASYNC)
        error_node (p, n, "Async functions can only be declared at the top level or inside a block.");
      if (n->flags & JS_AST_FLAG_GENERATOR)
        error_node (p, n, "Generators can only be declared at the top level or inside a block.");
      break;
    case JS_TOK_CLASS:
      unexpected (p);
    case JS_TOK_CONST:
      error_tok (p, "Lexical declaration cannot appear in a single-statement context");
    case JS_TOK_IMPORT:
      if (peek (p)->type != JS_TOK_LPAREN && peek (p)->type != JS_TOK_DOT)
        error_tok (p, "Cannot use import statement outside a module");
      n = new_node (p, JS_AST_EXPR_STMT, start);
      n->a = parse_expression (p);
      consume_semicolon (p);
      finish (p, n);
      break;
    case JS_TOK_NAME:
      {
        const JsToken *ahead = peek (p);

        if (is_name (p, p->s_let) && ahead->type == JS_TOK_LBRACKET)
          error_tok (p, "Lexical declaration cannot appear in a single-statement context");
        /* ExpressionStatement's lookahead excludes `async function`. */
        if (is_name (p, p->s_async) && ahead->type == JS_TOK_FUNCTION && !ahead->newline_before)
          error_tok (p, "Async functions can only be declared at the top level or inside a block.");
        if (ahead->type == JS_TOK_COLON && !(is_name (p, p->s_yield) && p->fn->is_generator) &&
            !(is_name (p, p->s_await) && p->fn->is_async))
          {
            n = parse_labeled (p, label_set);
            break;
          }
      }
      /* fall through */
    default:
      n = new_node (p, JS_AST_EXPR_STMT, start);
      n->a = parse_expression (p);
      consume_semicolon (p);
      finish (p, n);
      break;
    }
  leave (p);
  return n;
}

/* StatementListItem : Statement | Declaration
 * Declaration : HoistableDeclaration | ClassDeclaration | LexicalDeclaration */
/* At the top level of an ES module (JS_PARSE_ASYNC_MODULE_BODY)? */
static gboolean
at_module_top_level (Parser *p)
{
  return p->goal == JS_PARSE_ASYNC_MODULE_BODY && p->fn->parent == NULL && p->scope->parent == NULL;
}

/* `from` ModuleSpecifier: the STRING node. */
static JsAst *
parse_from_clause (Parser *p)
{
  Pos start = tok_pos (p);
  JsAst *n;

  if (!(p->tok.type == JS_TOK_NAME && !p->tok.escaped && strcmp (p->tok.name, "from") == 0))
    unexpected (p);
  next (p);
  if (p->tok.type != JS_TOK_STRING)
    unexpected (p);
  n = new_node (p, JS_AST_STRING, start);
  n->str = p->tok.str;
  n->str_length = p->tok.str_length;
  next (p);
  return n;
}

/* WithClause (`with { type: 'json' }`, or the older `assert { … }`): parsed
 * and dropped — builtin modules take no attributes. */
static void
skip_import_attributes (Parser *p)
{
  if (p->tok.type == JS_TOK_WITH ||
      (p->tok.type == JS_TOK_NAME && !p->tok.escaped && !p->tok.newline_before && strcmp (p->tok.name, "assert") == 0))
    {
      next (p);
      if (p->tok.type != JS_TOK_LBRACE)
        unexpected (p);
      parse_primary (p, NULL);
    }
}

/* One `const local = %import(specifier[, imported])` declarator: the
 * module function's hidden loader (js-module.c) returns the namespace, or
 * the export `imported` — a SyntaxError when the module has none. */
static JsAst *
import_declarator (Parser *p, JsAst *specifier, const char *imported, JsAst *local)
{
  JsAst *d = new_node (p, JS_AST_VAR_DECLARATOR, node_pos (local));
  JsAst *call = new_node (p, JS_AST_CALL, node_pos (specifier));
  JsAst *callee = new_node (p, JS_AST_IDENTIFIER, node_pos (specifier));
  ListBuilder args;

  callee->name = js_lexer_intern (&p->L, "%import");
  call->a = callee;
  list_init (&args);
  list_push (p, &args, specifier);
  if (imported != NULL)
    list_push (p, &args, string_from_name (p, imported, node_pos (local)));
  call->b = args.head;
  d->a = local;
  d->b = call;
  return d;
}

/* Import declarations are instantiated before any statement of the module
 * runs (16.2.1.6.4 InitializeEnvironment): the declaration moves to the
 * head of the body, in source order, and leaves an empty statement. */
static JsAst *
hoist_import (Parser *p, JsAst *declaration)
{
  ListBuilder lb = { NULL, p->imports_tail != NULL ? p->imports_tail : &p->imports };

  list_push (p, &lb, declaration);
  p->imports_tail = lb.tail;
  return finish (p, new_node (p, JS_AST_EMPTY, node_pos (declaration)));
}

/* ImportDeclaration (16.2.2), for Node's builtin modules, as a const
 * declaration: a namespace import is the module's namespace object, a
 * default or named import the export of that name.  Builtin modules' named
 * exports never change after loading, so a constant is as live as a binding.
 *   import ImportClause from ModuleSpecifier ;  |  import ModuleSpecifier ; */
static JsAst *
parse_import_declaration (Parser *p)
{
  Pos start = tok_pos (p);
  JsAst *n = new_node (p, JS_AST_VAR_DECL, start), *specifier, *local;
  const char *locals[64], *imported[64];
  Pos positions[64];
  int count = 0;
  ListBuilder list;

  next (p);                     /* import */
  n->flags = JS_AST_FLAG_CONST;
  if (p->tok.type == JS_TOK_STRING)
    {
      specifier = parse_primary (p, NULL);
      skip_import_attributes (p);
      consume_semicolon (p);
      n->kind = JS_AST_EXPR_STMT;
      n->a = import_declarator (p, specifier, NULL, new_node (p, JS_AST_ELISION, start))->b;
      return hoist_import (p, finish (p, n));
    }
  if (p->tok.type == JS_TOK_NAME)
    {
      positions[count] = tok_pos (p);
      imported[count] = "default";
      locals[count++] = p->tok.name;
      next (p);
      if (!accept (p, JS_TOK_COMMA))
        goto from;
    }
  if (p->tok.type == JS_TOK_STAR)
    {
      next (p);
      if (!(p->tok.type == JS_TOK_NAME && strcmp (p->tok.name, "as") == 0))
        unexpected (p);
      next (p);
      if (p->tok.type != JS_TOK_NAME)
        unexpected (p);
      positions[count] = tok_pos (p);
      imported[count] = NULL;
      locals[count++] = p->tok.name;
      next (p);
    }
  else
    {
      expect (p, JS_TOK_LBRACE);
      while (p->tok.type != JS_TOK_RBRACE)
        {
          if (count == G_N_ELEMENTS (locals) || !(p->tok.type == JS_TOK_NAME || JS_TOK_IS_KEYWORD (p->tok.type)))
            unexpected (p);
          positions[count] = tok_pos (p);
          imported[count] = p->tok.type == JS_TOK_NAME ? p->tok.name : js_lexer_intern (&p->L, js_token_text (p->tok.type));
          locals[count] = imported[count];
          next (p);
          if (p->tok.type == JS_TOK_NAME && strcmp (p->tok.name, "as") == 0)
            {
              next (p);
              if (p->tok.type != JS_TOK_NAME)
                unexpected (p);
              positions[count] = tok_pos (p);
              locals[count] = p->tok.name;
              next (p);
            }
          count++;
          if (!accept (p, JS_TOK_COMMA))
            break;
        }
      expect (p, JS_TOK_RBRACE);
    }
from:
  specifier = parse_from_clause (p);
  skip_import_attributes (p);
  consume_semicolon (p);
  list_init (&list);
  for (int i = 0; i < count; i++)
    {
      JsToken t = { .type = JS_TOK_NAME, .name = locals[i], .keyword = JS_TOK_NAME,
                    .line = positions[i].line, .column = positions[i].column, .start = 1 };
      check_identifier (p, &t, TRUE);
      local = new_node (p, JS_AST_IDENTIFIER, positions[i]);
      local->name = locals[i];
      declare (p, locals[i], DECL_LEXICAL, positions[i]);
      list_push (p, &list, import_declarator (p, specifier, imported[i], local));
    }
  n->a = list.head;
  return hoist_import (p, finish (p, n));
}

/* ExportDeclaration (16.2.3): nothing imports from the main module, so
 * `export` only leaves its declaration (or default expression) behind. */
static JsAst *
parse_export_declaration (Parser *p)
{
  Pos start = tok_pos (p);
  JsAst *n;

  next (p);                     /* export */
  if (p->tok.type == JS_TOK_DEFAULT)
    {
      next (p);
      if (p->tok.type == JS_TOK_FUNCTION || p->tok.type == JS_TOK_CLASS ||
          (is_name (p, p->s_async) && peek (p)->type == JS_TOK_FUNCTION))
        return parse_statement_list_item (p);
      n = new_node (p, JS_AST_EXPR_STMT, start);
      n->a = parse_assignment (p, NULL);
      consume_semicolon (p);
      return finish (p, n);
    }
  if (p->tok.type == JS_TOK_STAR || p->tok.type == JS_TOK_LBRACE)
    {
      /* export * from 'm';  export { a, b as c } [from 'm']; */
      while (p->tok.type != JS_TOK_SEMICOLON && p->tok.type != JS_TOK_EOF && !p->tok.newline_before)
        next (p);
      consume_semicolon (p);
      return finish (p, new_node (p, JS_AST_EMPTY, start));
    }
  return parse_statement_list_item (p);
}

static JsAst *
parse_statement_list_item (Parser *p)
{
  Pos start = tok_pos (p);
  JsAst *n;

  switch (p->tok.type)
    {
    case JS_TOK_IMPORT:
      if (at_module_top_level (p) && peek (p)->type != JS_TOK_LPAREN && peek (p)->type != JS_TOK_DOT)
        return parse_import_declaration (p);
      return parse_statement (p, NULL, FALSE);
    case JS_TOK_EXPORT:
      if (at_module_top_level (p))
        return parse_export_declaration (p);
      return parse_statement (p, NULL, FALSE);
    case JS_TOK_FUNCTION:
      return parse_function (p, start, TRUE, FALSE);
    case JS_TOK_CLASS:
      return parse_class (p, TRUE);
    case JS_TOK_CONST:
      n = parse_declarations (p, JS_AST_FLAG_CONST, FALSE);
      consume_semicolon (p);
      return finish (p, n);
    case JS_TOK_NAME:
      if (let_declaration_follows (p))
        {
          n = parse_declarations (p, JS_AST_FLAG_LET, FALSE);
          consume_semicolon (p);
          return finish (p, n);
        }
      if (is_name (p, p->s_async))
        {
          const JsToken *ahead = peek (p);

          if (ahead->type == JS_TOK_FUNCTION && !ahead->newline_before)
            {
              next (p);
              return parse_function (p, start, TRUE, TRUE);
            }
        }
      return parse_statement (p, NULL, FALSE);
    default:
      return parse_statement (p, NULL, FALSE);
    }
}

/* The parameters of Node's CommonJS wrapper: a top-level `const module` is
 * a redeclaration, the SyntaxError that makes Node 20 run the file as an
 * ES module instead. */
static void
declare_module_wrapper_params (Parser *p)
{
  static const char *const names[] = { "exports", "require", "module", "__filename", "__dirname" };
  Pos start = { 1, 1, 0 };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    declare (p, js_lexer_intern (&p->L, names[i]), DECL_PARAM, start);
}

/* Script : ScriptBody?  (or a FunctionBody for JS_PARSE_FUNCTION_BODY) */
static JsAst *
parse_script (Parser *p)
{
  Pos start = { 1, 1, 0 };
  JsAst *script = new_node (p, JS_AST_SCRIPT, start);

  p->script = script;
  script->a = parse_body (p, JS_TOK_EOF, TRUE);
  if (p->imports != NULL)
    {
      *p->imports_tail = script->a;
      script->a = p->imports;
    }
  if (p->fn->strict)
    script->flags |= JS_AST_FLAG_STRICT;
  script->end_line = p->tok.line;
  script->end_column = p->tok.column;
  return script;
}

/* ---------------------------------------------------------------------- */
/* Entry points                                                           */
/* ---------------------------------------------------------------------- */

JsAst *
js_parse (JsAstArena    *arena,
          const char    *source,
          gsize          length,
          JsParseGoal    goal,
          JsSyntaxError *error)
{
  Parser *p = g_new0 (Parser, 1);
  FuncCtx top;
  Scope scope;
  JsAst *result = NULL;

  g_return_val_if_fail (arena != NULL, NULL);
  g_return_val_if_fail (source != NULL || length == 0, NULL);
  g_return_val_if_fail (error != NULL, NULL);

  memset (error, 0, sizeof *error);
  p->arena = arena;
  p->tmp = js_ast_arena_new ();
  p->error = error;
  p->goal = goal & ~JS_PARSE_STRICT;
  p->prev_line = 1;
  p->prev_column = 1;
  js_lexer_init (&p->L, arena, source ? source : "", length);
  p->s_arguments = js_lexer_intern (&p->L, "arguments");
  p->s_eval = js_lexer_intern (&p->L, "eval");
  p->s_let = js_lexer_intern (&p->L, "let");
  p->s_static = js_lexer_intern (&p->L, "static");
  p->s_yield = js_lexer_intern (&p->L, "yield");
  p->s_await = js_lexer_intern (&p->L, "await");
  p->s_async = js_lexer_intern (&p->L, "async");
  p->s_of = js_lexer_intern (&p->L, "of");
  p->s_get = js_lexer_intern (&p->L, "get");
  p->s_set = js_lexer_intern (&p->L, "set");
  p->s_target = js_lexer_intern (&p->L, "target");

  if (setjmp (p->jmp) == 0)
    {
      p->fn = NULL;
      push_fn (p, &top, FN_SCRIPT, NULL);
      if (p->goal == JS_PARSE_FUNCTION_BODY)
        {
          top.allow_return = TRUE;
          top.allow_new_target = TRUE;
        }
      if (p->goal == JS_PARSE_EVAL_IN_FUNCTION)
        top.allow_new_target = TRUE;
      if (p->goal == JS_PARSE_ASYNC_MODULE_BODY)
        {
          top.is_async = TRUE;
          top.strict = TRUE;
        }
      if (goal & JS_PARSE_STRICT)
        top.strict = TRUE;
      top.allow_arguments = TRUE;
      push_scope (p, &scope, SCOPE_FUNCTION);
      if (p->goal == JS_PARSE_FUNCTION_BODY)
        declare_module_wrapper_params (p);
      next (p);
      result = parse_script (p);
    }
  else
    result = NULL;

  js_lexer_clear (&p->L);
  js_ast_arena_free (p->tmp);
  g_free (p);
  return result;
}

void
js_syntax_error_clear (JsSyntaxError *error)
{
  if (error == NULL)
    return;
  g_clear_pointer (&error->message, g_free);
  memset (error, 0, sizeof *error);
}

char *
js_syntax_error_format (const JsSyntaxError *error)
{
  GString *s = g_string_new (NULL);

  g_string_append_printf (s, "%d:%d: SyntaxError: %s", error->line, error->column,
                          error->message ? error->message : "");
  if (error->open_line > 0)
    g_string_append_printf (s, " (unclosed '%s' at %d:%d)", error->open_token ? error->open_token : "",
                            error->open_line, error->open_column);
  return g_string_free (s, FALSE);
}

/* ---------------------------------------------------------------------- */
/* Names and dumps                                                        */
/* ---------------------------------------------------------------------- */

static const char *const kind_names[] = {
#define JS_AST_NAME(name) #name,
  JS_AST_KINDS (JS_AST_NAME)
#undef JS_AST_NAME
};

const char *
js_ast_kind_name (JsAstKind kind)
{
  if ((unsigned) kind >= JS_AST_N_KINDS)
    return "?";
  return kind_names[kind];
}

static const char *const flag_names[] = {
  "STRICT", "VAR", "LET", "CONST", "AWAIT", "INIT", "SHORTHAND", "METHOD", "GETTER", "SETTER",
  "COMPUTED", "FIELD", "STATIC", "STATIC_BLOCK", "ARROW", "ASYNC", "GENERATOR", "DECLARATION",
  "EXPRESSION_BODY", "CLASS_CONSTRUCTOR", "DERIVED", "SIMPLE_PARAMS", "USES_ARGUMENTS", "USES_THIS",
  "OPTIONAL", "DELEGATE", "PARENTHESIZED",
};

G_STATIC_ASSERT (G_N_ELEMENTS (flag_names) == 27);
G_STATIC_ASSERT (JS_AST_FLAG_PARENTHESIZED == 1u << 26);

static void
dump_utf16 (GString *out, const uint16_t *s, guint32 n)
{
  guint32 i;

  g_string_append_c (out, '"');
  for (i = 0; i < n; i++)
    {
      gunichar c = s[i];

      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF)
        {
          c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
          i++;
        }
      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if (c < 0x20 || c == 0x7F || (c >= 0xD800 && c <= 0xDFFF))
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_unichar (out, c);
        }
    }
  g_string_append_c (out, '"');
}

/* As JavaScript prints numbers (Number::toString): the shortest digits that
 * read back as the same double, without an exponent from 1e-6 to 1e21. */
static void
dump_number (GString *out, double d)
{
  char buf[64], digits[32];
  int precision, exponent, n_digits, i;
  char *e;

  if (isnan (d))
    {
      g_string_append (out, "NaN");
      return;
    }
  if (isinf (d))
    {
      g_string_append (out, d > 0 ? "Infinity" : "-Infinity");
      return;
    }
  if (d == 0)
    {
      g_string_append (out, "0");
      return;
    }
  if (d < 0)
    {
      g_string_append_c (out, '-');
      d = -d;
    }
  for (precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%de", precision - 1);
      g_ascii_formatd (buf, sizeof buf, format, d);
      if (g_ascii_strtod (buf, NULL) == d)
        break;
    }
  /* buf is "D.DDDDe±XX": collect the digits and the exponent */
  e = strchr (buf, 'e');
  exponent = atoi (e + 1);
  n_digits = 0;
  for (i = 0; buf + i < e; i++)
    if (g_ascii_isdigit (buf[i]))
      digits[n_digits++] = buf[i];
  while (n_digits > 1 && digits[n_digits - 1] == '0')
    n_digits--;
  digits[n_digits] = '\0';

  if (exponent >= n_digits - 1 && exponent < 21)
    {
      g_string_append (out, digits);
      for (i = n_digits - 1; i < exponent; i++)
        g_string_append_c (out, '0');
    }
  else if (exponent >= 0 && exponent < 21)
    {
      g_string_append_len (out, digits, exponent + 1);
      g_string_append_c (out, '.');
      g_string_append (out, digits + exponent + 1);
    }
  else if (exponent < 0 && exponent >= -6)
    {
      g_string_append (out, "0.");
      for (i = -1; i > exponent; i--)
        g_string_append_c (out, '0');
      g_string_append (out, digits);
    }
  else
    {
      g_string_append_c (out, digits[0]);
      if (n_digits > 1)
        {
          g_string_append_c (out, '.');
          g_string_append (out, digits + 1);
        }
      g_string_append_printf (out, "e%c%d", exponent < 0 ? '-' : '+', ABS (exponent));
    }
}

static void
dump_node (GString *out, const JsAst *n)
{
  JsAst *const children[4] = { n->a, n->b, n->c, n->d };
  int last = 3, i, bit;

  if (n->kind == JS_AST_LIST)
    {
      /* a list that is not the last field: [item item …] */
      const JsAst *l;

      g_string_append_c (out, '[');
      for (l = n; l; l = l->b)
        {
          if (l != n)
            g_string_append_c (out, ' ');
          dump_node (out, l->a);
        }
      g_string_append_c (out, ']');
      return;
    }

  g_string_append_c (out, '(');
  g_string_append (out, js_ast_kind_name (n->kind));
  for (bit = 0; bit < 27; bit++)
    if (n->flags & (1u << bit))
      {
        g_string_append_c (out, ' ');
        g_string_append (out, flag_names[bit]);
      }
  if (n->kind == JS_AST_ASSIGN && n->op != 0)
    {
      g_string_append (out, " op=");
      g_string_append (out, js_ast_kind_name (n->op));
    }
  if (n->kind == JS_AST_REGEXP)
    {
      g_string_append_c (out, ' ');
      dump_utf16 (out, n->str, n->str_length);
      g_string_append_printf (out, " flags=%s", n->name ? n->name : "");
    }
  else
    {
      if (n->name)
        {
          g_string_append_c (out, ' ');
          if (n->kind == JS_AST_PRIVATE_NAME)
            g_string_append_c (out, '#');
          g_string_append (out, n->name);
        }
      if (n->kind == JS_AST_NUMBER)
        {
          g_string_append_c (out, ' ');
          dump_number (out, n->number);
        }
      if (n->kind == JS_AST_STRING)
        {
          g_string_append_c (out, ' ');
          if (n->str)
            dump_utf16 (out, n->str, n->str_length);
          else
            g_string_append (out, "_");
        }
      if (n->raw)
        {
          g_string_append (out, " raw=");
          dump_utf16 (out, n->raw, n->raw_length);
        }
    }

  while (last >= 0 && children[last] == NULL)
    last--;
  for (i = 0; i <= last; i++)
    {
      const JsAst *c = children[i];

      g_string_append_c (out, ' ');
      if (c == NULL)
        g_string_append_c (out, '_');
      else if (c->kind == JS_AST_LIST && i == last)
        {
          /* the last field's list is spread into the node */
          const JsAst *l;

          for (l = c; l; l = l->b)
            {
              if (l != c)
                g_string_append_c (out, ' ');
              dump_node (out, l->a);
            }
        }
      else
        dump_node (out, c);
    }
  g_string_append_c (out, ')');
}

char *
js_ast_dump (const JsAst *node)
{
  GString *out = g_string_new (NULL);

  if (node == NULL)
    g_string_append (out, "_");
  else
    dump_node (out, node);
  return g_string_free (out, FALSE);
}
