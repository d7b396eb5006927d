/* js-compiler.c: AST (js-parse.h) to bytecode (js-compile.h).
 *
 * Two passes over each script:
 *
 *  1. Scope analysis builds the scope tree — function, block, loop, catch,
 *     switch and class scopes with their bindings — resolves every
 *     identifier, and marks a binding "captured" when a nested function
 *     refers to it and "needs_check" when a reference may run before the
 *     binding is initialised (the TDZ: from a closure, from a textually
 *     earlier position, from another switch case).
 *  2. Emission walks the tree again with the same scopes.  A binding lives in
 *     a frame register unless it is captured; then it is a slot of a JsScope
 *     record that the scope pushes when it is entered (only scopes that have
 *     captured bindings exist at run time).  Unresolved names are globals.
 *
 * Control flow that leaves a construct (break, continue, return, and the
 * return a generator's resumption may force at a yield) runs the exit
 * actions of every construct it leaves, innermost first: pop scope records,
 * pop exception handlers, close iterators, and run finally blocks — which
 * record the jump in their completion registers and continue it from a stub
 * after the finally code.
 */
#include "js-compile.h"
#include "js-parse.h"

#include <math.h>

typedef struct Scope Scope;
typedef struct FuncInfo FuncInfo;
typedef struct Binding Binding;
typedef struct ClassInfo ClassInfo;
typedef struct Emitter Emitter;
typedef struct Ctx Ctx;

typedef enum {
  B_VAR, B_FUNCTION, B_PARAM, B_LET, B_CONST, B_CLASS, B_CATCH,
  B_CALLEE,        /* a named function expression's own name (read-only) */
  B_CLASS_INNER,   /* a class's own name inside the class (const) */
  B_THIS, B_NEW_TARGET, B_FUNC, B_ARGUMENTS,
  B_HIDDEN,        /* compiler-made: private names, computed field keys, private methods */
} BindingKind;

struct Binding {
  const char *name;
  BindingKind kind;
  Scope *scope;
  int decl_line, decl_column;   /* end of the declaration: TDZ before it */
  gboolean captured;
  gboolean needs_check;         /* reads and writes check the TDZ */
  gboolean lexical;             /* has a TDZ at all */
  gboolean referenced;
  int index;                    /* scope slot when captured, else register (-1: none yet) */
  int param_index;              /* simple parameter lists: which argument */
  Binding *shadowed_param;      /* a body `var` with a parameter's name starts with its value */
};

typedef enum {
  SCOPE_FUNCTION,   /* parameters and, for simple lists, the body */
  SCOPE_BODY,       /* the body of a function with a non-simple parameter list */
  SCOPE_BLOCK, SCOPE_CATCH, SCOPE_LOOP, SCOPE_SWITCH, SCOPE_CLASS, SCOPE_CALLEE,
  /* a `with` statement's object environment: one hidden binding, the
   * object; names looked up across it are checked on the object first */
  SCOPE_WITH,
} ScopeKind;

struct Scope {
  Scope *parent;
  FuncInfo *func;
  ScopeKind kind;
  GPtrArray *bindings;
  GHashTable *names;            /* name -> Binding */
  int n_slots;                  /* captured bindings: the JsScope's size */
  /* An object whose properties are bindings of this scope too, checked at
   * run time after the static ones: a `with` object (SCOPE_WITH), or a
   * function's eval variable object (js-eval.c) */
  Binding *dynamic;
  gboolean dynamic_is_with;     /* `with`: Symbol.unscopables applies, calls get it as `this` */
  gboolean described;           /* a caller's scope rebuilt for direct eval code: slots are fixed */
};

typedef enum {
  FN_NORMAL, FN_ARROW, FN_METHOD, FN_CLASS_CTOR,
  FN_FIELD_INIT,     /* a class's instance field initialiser */
  FN_STATIC_INIT,    /* a class's static fields and blocks */
  FN_DEFAULT_CTOR,
  FN_MODULE,         /* a Node module: a function of (exports, require, module, __filename, __dirname) */
  FN_SCRIPT,         /* a classic script's top level */
} FuncKind;

struct FuncInfo {
  FuncInfo *parent;
  JsAst *node;
  FuncKind kind;
  gboolean strict, arrow, generator, async, derived;
  Scope *callee_scope;
  Scope *param_scope;
  Scope *body_scope;
  Binding *this_b, *new_target_b, *func_b, *arguments_b;
  Binding *eval_vars_b;         /* sloppy functions with a direct eval: their eval variable object */
  gboolean mapped_arguments;
  ClassInfo *cls;               /* FN_FIELD_INIT / FN_STATIC_INIT / FN_DEFAULT_CTOR, constructors */
};

/* What a class needs beyond its AST: hidden bindings per member. */
struct ClassInfo {
  JsAst *node;
  Scope *scope;
  FuncInfo *field_init;         /* NULL when no instance elements */
  FuncInfo *static_init;        /* NULL when no static fields or blocks */
  FuncInfo *default_ctor;       /* when there is no constructor method */
  Binding *inner;               /* the class's own name, or NULL */
  GHashTable *member_binding;   /* CLASS_MEMBER -> hidden Binding (computed field key, private method) */
  gboolean has_private_methods;
};

/* ------------------------------------------------------------------------
 * Emission state
 * ------------------------------------------------------------------------ */

typedef enum {
  CTX_LOOP,         /* breaks, continues; for-of loops close their iterator on break */
  CTX_SWITCH,
  CTX_LABEL,        /* a labelled statement that is not a loop */
  CTX_SCOPE,        /* a pushed scope record: pop it */
  CTX_TRY,          /* a catch handler: pop it */
  CTX_FINALLY,      /* inside try/catch of a try-finally: go through the finally */
  CTX_ITER,         /* a destructuring iterator to close */
} CtxKind;

typedef struct {
  Ctx *target;      /* NULL: return */
  gboolean is_continue;
} FinallyExit;

struct Ctx {
  Ctx *prev;
  CtxKind kind;
  GPtrArray *labels;            /* const char *, for LOOP / SWITCH / LABEL */
  GArray *breaks;               /* operand positions to patch */
  GArray *continues;
  guint32 continue_target;      /* when known (G_MAXUINT32 otherwise) */
  int iter_reg;                 /* LOOP (for-of) and ITER: iterator record registers, or -1 */
  gboolean iter_async;
  int kind_reg, value_reg;      /* FINALLY */
  GArray *finally_jumps;        /* FINALLY: operand positions of jumps to the finally code */
  GArray *exits;                /* FINALLY: FinallyExit */
};

struct Emitter {
  Emitter *parent;
  FuncInfo *fi;
  GArray *code;
  GArray *consts;
  GHashTable *atom_index;       /* JsString * -> index + 1 */
  GHashTable *number_index;     /* gint64 bits -> index + 1 */
  GPtrArray *children;
  GArray *ranges;
  guint32 n_templates;
  int stack, max_stack;
  int handlers, max_handlers;
  int regs, max_regs;
  guint32 n_params;             /* leading registers the frame fills from the arguments */
  int pattern_depth;            /* > 0: destructuring a pattern nested in another */
  const char *pattern_origin;   /* how V8 names a pattern's null source that is no expression */
  int completion_reg;           /* eval code: the register with the completion value, or -1 */
  Scope *scope;
  Ctx *ctx;
  const JsAst *node;            /* whose range new instructions get */
  int chain_base;               /* optional chain: stack height at its start */
  GArray *chain_jumps;          /* optional chain: operand positions of short-circuit jumps */
};

typedef struct {
  JsState *J;
  const char *source;
  gsize length;
  JsSource *src;
  GArray *line_starts;          /* byte offset of each line */
  GHashTable *scopes;           /* JsAst * -> Scope * */
  GHashTable *funcs;            /* JsAst * -> FuncInfo * */
  GHashTable *classes;          /* CLASS node -> ClassInfo * */
  GHashTable *annexb;           /* block FUNCTION_DECL -> the var Binding (or GINT_TO_POINTER(1) for globals) */
  GPtrArray *garbage_scopes, *garbage_funcs, *garbage_bindings, *garbage_classes;
  GPtrArray *global_decls;      /* classic scripts: (kind, name) pairs */
  GHashTable *brand_messages;   /* private method Binding -> V8's brand check message */
  gboolean eval;                /* eval code: lexical declarations are local, the completion value is returned */
  gboolean has_dynamic;         /* a `with` or a direct eval: names may need dynamic lookups */
  /* Direct eval code (js_compile_direct_eval): the caller's variable scope
   * (NULL: the global object), and the var names that go to its eval
   * variable object instead */
  gboolean direct_eval;
  Scope *eval_var_scope;
  GPtrArray *eval_var_names;
  const char *eval_missing_private; /* a private name of eval code that no enclosing class declares */
  const char *eval_conflict;    /* a var of eval code that a let/const/class of the caller's has already */
  gboolean eval_vars_global;    /* sloppy direct eval code at a classic script's top level: vars are globals */
  Scope *scope;                 /* analysis */
  FuncInfo *func;
  Emitter *e;
  gboolean trace;
} Compiler;

/* ------------------------------------------------------------------------
 * Small helpers on the AST
 * ------------------------------------------------------------------------ */

#define FOR_LIST(l, list) for (JsAst *l = (JsAst *) (list); l != NULL; l = l->b)

static gboolean
is_function_node (const JsAst *n)
{
  return n != NULL && (n->kind == JS_AST_FUNCTION || n->kind == JS_AST_FUNCTION_DECL);
}

/* IsAnonymousFunctionDefinition: NamedEvaluation gives it a name. */
static gboolean
is_anonymous_function (const JsAst *n)
{
  return n != NULL && ((n->kind == JS_AST_FUNCTION && n->a == NULL) || (n->kind == JS_AST_CLASS && n->a == NULL));
}

static gboolean
pos_before (int line, int column, int line2, int column2)
{
  return line < line2 || (line == line2 && column < column2);
}

static int
list_length (const JsAst *list)
{
  int n = 0;
  for (; list != NULL; list = list->b)
    n++;
  return n;
}

/* ------------------------------------------------------------------------
 * Scopes and bindings
 * ------------------------------------------------------------------------ */

static Scope *
scope_new (Compiler *c, ScopeKind kind, Scope *parent, FuncInfo *fi)
{
  Scope *s = g_new0 (Scope, 1);

  s->kind = kind;
  s->parent = parent;
  s->func = fi;
  s->bindings = g_ptr_array_new ();
  s->names = g_hash_table_new (g_str_hash, g_str_equal);
  g_ptr_array_add (c->garbage_scopes, s);
  return s;
}

static void
scope_free (Scope *s)
{
  g_ptr_array_free (s->bindings, TRUE);
  g_hash_table_destroy (s->names);
  g_free (s);
}

static Binding *
scope_lookup (Scope *s, const char *name)
{
  return g_hash_table_lookup (s->names, name);
}

static gboolean
kind_is_lexical (BindingKind kind)
{
  return kind == B_LET || kind == B_CONST || kind == B_CLASS || kind == B_CLASS_INNER;
}

static Binding *
declare (Compiler *c, Scope *s, const char *name, BindingKind kind, const JsAst *node)
{
  Binding *b = scope_lookup (s, name);

  if (b != NULL)
    {
      /* var and function redeclarations share one binding; a function wins. */
      if (kind == B_FUNCTION && (b->kind == B_VAR || b->kind == B_FUNCTION))
        b->kind = B_FUNCTION;
      else if (kind == B_PARAM && b->kind == B_PARAM)
        b->decl_line = node != NULL ? node->end_line : 0, b->decl_column = node != NULL ? node->end_column : 0;
      return b;
    }
  b = g_new0 (Binding, 1);
  b->name = name;
  b->kind = kind;
  b->scope = s;
  b->index = -1;
  b->param_index = -1;
  b->lexical = kind_is_lexical (kind);
  if (node != NULL)
    {
      b->decl_line = node->end_line;
      b->decl_column = node->end_column;
    }
  g_ptr_array_add (s->bindings, b);
  g_hash_table_insert (s->names, (gpointer) name, b);
  g_ptr_array_add (c->garbage_bindings, b);
  return b;
}

/* Calls `fn` for every identifier a binding pattern declares. */
typedef void (*PatternNameFn) (Compiler *c, JsAst *id, gpointer data);

static void
pattern_names (Compiler *c, JsAst *p, PatternNameFn fn, gpointer data)
{
  if (p == NULL)
    return;
  switch (p->kind)
    {
    case JS_AST_IDENTIFIER:
      fn (c, p, data);
      break;
    case JS_AST_ASSIGN_PATTERN:
    case JS_AST_REST:
      pattern_names (c, p->a, fn, data);
      break;
    case JS_AST_ARRAY_PATTERN:
    case JS_AST_ARRAY:
      FOR_LIST (l, p->a)
        pattern_names (c, l->a, fn, data);
      break;
    case JS_AST_OBJECT_PATTERN:
    case JS_AST_OBJECT:
      FOR_LIST (l, p->a)
        {
          JsAst *prop = l->a;
          pattern_names (c, prop->kind == JS_AST_PROPERTY ? prop->b : prop, fn, data);
        }
      break;
    case JS_AST_PROPERTY:
      pattern_names (c, p->b, fn, data);
      break;
    case JS_AST_SPREAD:
      pattern_names (c, p->a, fn, data);
      break;
    default:
      break;
    }
}

typedef struct {
  Scope *scope;
  BindingKind kind;
  const JsAst *decl;
  int param_index;
} DeclareData;

static void
declare_name_cb (Compiler *c, JsAst *id, gpointer data)
{
  DeclareData *d = data;
  Binding *b = declare (c, d->scope, id->name, d->kind, d->decl != NULL ? d->decl : id);

  if (d->param_index >= 0)
    b->param_index = d->param_index;
}

static void
declare_pattern (Compiler *c, Scope *s, JsAst *pattern, BindingKind kind, const JsAst *decl)
{
  DeclareData d = { s, kind, decl, -1 };
  pattern_names (c, pattern, declare_name_cb, &d);
}

/* ------------------------------------------------------------------------
 * Analysis: declarations
 * ------------------------------------------------------------------------ */

static FuncInfo *
func_new (Compiler *c, FuncKind kind, JsAst *node, FuncInfo *parent)
{
  FuncInfo *fi = g_new0 (FuncInfo, 1);

  fi->kind = kind;
  fi->node = node;
  fi->parent = parent;
  g_ptr_array_add (c->garbage_funcs, fi);
  return fi;
}

static void collect_var_names (Compiler *c, FuncInfo *fi, JsAst *stmt, gboolean top);

static void
add_global_decl (Compiler *c, int kind, const char *name)
{
  g_ptr_array_add (c->global_decls, GINT_TO_POINTER (kind));
  g_ptr_array_add (c->global_decls, (gpointer) name);
}

typedef struct {
  Compiler *c;
  FuncInfo *fi;
} VarData;

/* A var (or top-level function) of sloppy direct eval code in a function
 * (EvalDeclarationInstantiation, 19.2.1.3): the caller's own binding when
 * it has one, else a property of its eval variable object. */
static void
declare_eval_var (Compiler *c, const char *name)
{
  /* 19.2.1.3 step 3: a lexical binding between the eval code and the
   * variable environment (or in it) makes the declaration an error */
  for (Scope *s = c->func->param_scope->parent; s != NULL; s = s->parent)
    {
      Binding *b = scope_lookup (s, name);
      if (b != NULL && kind_is_lexical (b->kind) && c->eval_conflict == NULL)
        c->eval_conflict = name;
      /* a var or parameter of the caller's (its body and parameter scopes) */
      if (b != NULL && (b->kind == B_VAR || b->kind == B_FUNCTION || b->kind == B_PARAM))
        return;
      if (s == c->eval_var_scope)
        break;
    }
  for (guint i = 0; i < c->eval_var_names->len; i++)
    if (strcmp (c->eval_var_names->pdata[i], name) == 0)
      return;
  g_ptr_array_add (c->eval_var_names, (gpointer) name);
}

static gboolean func_has_arguments (const FuncInfo *fi);

static void
declare_var_cb (Compiler *c, JsAst *id, gpointer data)
{
  FuncInfo *fi = data;
  Binding *param;

  if (fi->kind == FN_SCRIPT && c->eval_var_scope != NULL)
    {
      declare_eval_var (c, id->name);
      return;
    }
  /* (other direct eval code keeps its vars, like a function: strict code,
   * and code called from parameter defaults, which have no var scope yet) */
  if (fi->kind == FN_SCRIPT && (!c->direct_eval || c->eval_vars_global))
    {
      add_global_decl (c, 0, id->name);
      return;
    }
  param = scope_lookup (fi->param_scope, id->name);
  /* `var arguments` names the arguments object's binding (10.2.11 steps
   * 22 and 28: it starts with the object) */
  if (param == NULL && strcmp (id->name, "arguments") == 0 && func_has_arguments (fi))
    {
      param = fi->arguments_b = declare (c, fi->param_scope, "arguments", B_ARGUMENTS, NULL);
      param->referenced = TRUE;
    }
  if (fi->body_scope == fi->param_scope)
    {
      if (param == NULL)
        declare (c, fi->body_scope, id->name, B_VAR, NULL);
      return;
    }
  {
    Binding *b = declare (c, fi->body_scope, id->name, B_VAR, NULL);
    if (param != NULL && (param->kind == B_PARAM || param->kind == B_ARGUMENTS))
      b->shadowed_param = param;
  }
}

/* Whether a lexical declaration of `name` exists at the top level of a
 * function (then an Annex B block function gets no var binding). */
static gboolean
top_level_lexical (FuncInfo *fi, const char *name)
{
  Binding *b;

  if (fi->kind == FN_SCRIPT)
    return FALSE;
  b = scope_lookup (fi->body_scope, name);
  if (b != NULL && (b->lexical || b->kind == B_PARAM))
    return TRUE;
  b = scope_lookup (fi->param_scope, name);
  return b != NULL && b->kind == B_PARAM;
}

/* VarDeclaredNames of a statement (8.2.6), not entering functions, plus the
 * Annex B.3.3 var bindings of sloppy block-level function declarations. */
static void
collect_var_names (Compiler *c, FuncInfo *fi, JsAst *s, gboolean top)
{
  if (s == NULL)
    return;
  switch (s->kind)
    {
    case JS_AST_VAR_DECL:
      if (s->flags & JS_AST_FLAG_VAR)
        FOR_LIST (l, s->a)
          pattern_names (c, l->a->a, declare_var_cb, fi);
      break;
    case JS_AST_FUNCTION_DECL:
      if (!top && !fi->strict && s->a != NULL && !(s->flags & (JS_AST_FLAG_ASYNC | JS_AST_FLAG_GENERATOR)) &&
          !top_level_lexical (fi, s->a->name))
        {
          if (fi->kind == FN_SCRIPT)
            {
              add_global_decl (c, 0, s->a->name);
              g_hash_table_insert (c->annexb, s, GINT_TO_POINTER (1));
            }
          else
            {
              Binding *b = scope_lookup (fi->body_scope, s->a->name);
              if (b == NULL)
                b = declare (c, fi->body_scope, s->a->name, B_VAR, NULL);
              g_hash_table_insert (c->annexb, s, b);
            }
        }
      break;
    case JS_AST_BLOCK:
      FOR_LIST (l, s->a)
        collect_var_names (c, fi, l->a, FALSE);
      break;
    case JS_AST_IF:
      collect_var_names (c, fi, s->b, FALSE);
      collect_var_names (c, fi, s->c, FALSE);
      break;
    case JS_AST_FOR:
      collect_var_names (c, fi, s->a, FALSE);
      collect_var_names (c, fi, s->d, FALSE);
      break;
    case JS_AST_FOR_IN:
    case JS_AST_FOR_OF:
      collect_var_names (c, fi, s->a, FALSE);
      collect_var_names (c, fi, s->d, FALSE);
      break;
    case JS_AST_WHILE:
      collect_var_names (c, fi, s->b, FALSE);
      break;
    case JS_AST_DO_WHILE:
      collect_var_names (c, fi, s->a, FALSE);
      break;
    case JS_AST_TRY:
      collect_var_names (c, fi, s->a, FALSE);
      collect_var_names (c, fi, s->c, FALSE);
      collect_var_names (c, fi, s->d, FALSE);
      break;
    case JS_AST_SWITCH:
      FOR_LIST (l, s->b)
        FOR_LIST (m, l->a->b)
          collect_var_names (c, fi, m->a, FALSE);
      break;
    case JS_AST_LABELED:
      collect_var_names (c, fi, s->a, top);
      break;
    case JS_AST_WITH:
      collect_var_names (c, fi, s->b, FALSE);
      break;
    default:
      break;
    }
}

typedef struct {
  int kind;
} GlobalDeclData;

static void
global_decl_cb (Compiler *c, JsAst *id, gpointer data)
{
  add_global_decl (c, ((GlobalDeclData *) data)->kind, id->name);
}

/* The lexically scoped declarations directly in a statement list: let,
 * const, class, and functions (block-level ones; at a function's top level
 * they are var-like).  `s` NULL: a classic script's top level, whose
 * declarations are global (kinds as DECLARE_GLOBALS takes them). */
static void
declare_lexicals (Compiler *c, Scope *s, JsAst *stmts)
{
  FOR_LIST (l, stmts)
    {
      JsAst *st = l->a;

      while (st != NULL && st->kind == JS_AST_LABELED)
        st = st->a;
      if (st == NULL)
        continue;
      if (st->kind == JS_AST_VAR_DECL && (st->flags & (JS_AST_FLAG_LET | JS_AST_FLAG_CONST)))
        {
          gboolean is_const = (st->flags & JS_AST_FLAG_CONST) != 0;
          FOR_LIST (d, st->a)
            {
              if (s == NULL)
                {
                  GlobalDeclData gd = { is_const ? 3 : 2 };
                  pattern_names (c, d->a->a, global_decl_cb, &gd);
                }
              else
                declare_pattern (c, s, d->a->a, is_const ? B_CONST : B_LET, d->a);
            }
        }
      else if (st->kind == JS_AST_CLASS_DECL && st->a != NULL)
        {
          if (s == NULL)
            add_global_decl (c, 4, st->a->name);
          else
            declare (c, s, st->a->name, B_CLASS, st);
        }
      else if (st->kind == JS_AST_FUNCTION_DECL && st->a != NULL)
        {
          if (s == NULL)
            add_global_decl (c, 1, st->a->name);
          else if (c->direct_eval && s == c->func->body_scope && c->func->kind == FN_SCRIPT && !c->func->strict)
            {
              /* sloppy direct eval: a var of the caller's variable environment */
              if (c->eval_var_scope != NULL)
                declare_eval_var (c, st->a->name);
              else if (c->eval_vars_global)
                add_global_decl (c, 1, st->a->name);
              else
                declare (c, s, st->a->name, B_FUNCTION, NULL);
            }
          else
            declare (c, s, st->a->name, B_FUNCTION, NULL);
        }
    }
}

/* ------------------------------------------------------------------------
 * Analysis: references
 * ------------------------------------------------------------------------ */

/* The implicit `arguments` of ordinary functions (10.2.11 step 15-18). */
static gboolean
func_has_arguments (const FuncInfo *fi)
{
  /* an ES module (the async FN_MODULE) has no `arguments` */
  return fi->kind == FN_NORMAL || fi->kind == FN_METHOD || fi->kind == FN_CLASS_CTOR ||
         (fi->kind == FN_MODULE && !fi->async);
}

/* Resolves `name` from scope `s`; *crossed tells whether the binding
 * belongs to an enclosing function.  NULL: a global. */
static Binding *
resolve (Compiler *c, Scope *s, const char *name, gboolean *crossed)
{
  FuncInfo *from = s != NULL ? s->func : NULL;

  *crossed = FALSE;
  for (; s != NULL; s = s->parent)
    {
      Binding *b = scope_lookup (s, name);
      if (b != NULL)
        {
          *crossed = s->func != from;
          return b;
        }
      if (s == s->func->param_scope && strcmp (name, "arguments") == 0 && func_has_arguments (s->func))
        {
          b = declare (c, s, "arguments", B_ARGUMENTS, NULL);
          s->func->arguments_b = b;
          *crossed = s->func != from;
          return b;
        }
    }
  return NULL;
}

static Binding *
reference (Compiler *c, const char *name, const JsAst *node, gboolean write)
{
  gboolean crossed;
  Binding *b = resolve (c, c->scope, name, &crossed);

  if (b == NULL)
    return NULL;
  b->referenced = TRUE;
  if (crossed)
    b->captured = TRUE;
  if (b->lexical && (crossed || b->scope->kind == SCOPE_SWITCH || node == NULL ||
                     pos_before (node->line, node->column, b->decl_line, b->decl_column)))
    b->needs_check = TRUE;
  return b;
}

/* `this` and friends resolve like variables, so arrows find their
 * function's (and capture it). */
static Binding *
reference_special (Compiler *c, const char *name)
{
  return reference (c, name, NULL, FALSE);
}

/* ------------------------------------------------------------------------
 * Analysis: the walk
 * ------------------------------------------------------------------------ */

static void analyze (Compiler *c, JsAst *n);
static void analyze_function (Compiler *c, JsAst *fn, FuncKind kind, ClassInfo *cls);
static void analyze_class (Compiler *c, JsAst *cls);
static void analyze_statements (Compiler *c, JsAst *stmts);

static void
analyze_list (Compiler *c, JsAst *list)
{
  FOR_LIST (l, list)
    analyze (c, l->a);
}

/* A binding pattern: declarations are done; visit defaults and computed keys. */
static void
analyze_binding_pattern (Compiler *c, JsAst *p)
{
  if (p == NULL)
    return;
  switch (p->kind)
    {
    case JS_AST_IDENTIFIER:
      break;
    case JS_AST_ASSIGN_PATTERN:
      analyze_binding_pattern (c, p->a);
      analyze (c, p->b);
      break;
    case JS_AST_REST:
      analyze_binding_pattern (c, p->a);
      break;
    case JS_AST_ARRAY_PATTERN:
      FOR_LIST (l, p->a)
        analyze_binding_pattern (c, l->a);
      break;
    case JS_AST_OBJECT_PATTERN:
      FOR_LIST (l, p->a)
        {
          JsAst *prop = l->a;
          if (prop->kind == JS_AST_PROPERTY)
            {
              if (prop->flags & JS_AST_FLAG_COMPUTED)
                analyze (c, prop->a);
              analyze_binding_pattern (c, prop->b);
            }
          else
            analyze_binding_pattern (c, prop);
        }
      break;
    default:
      break;
    }
}

/* An assignment target: identifiers are written references. */
static void
analyze_target (Compiler *c, JsAst *p)
{
  if (p == NULL)
    return;
  switch (p->kind)
    {
    case JS_AST_IDENTIFIER:
      reference (c, p->name, p, TRUE);
      break;
    case JS_AST_ASSIGN_PATTERN:
      analyze_target (c, p->a);
      analyze (c, p->b);
      break;
    case JS_AST_REST:
    case JS_AST_SPREAD:
      analyze_target (c, p->a);
      break;
    case JS_AST_ARRAY_PATTERN:
    case JS_AST_ARRAY:
      FOR_LIST (l, p->a)
        analyze_target (c, l->a);
      break;
    case JS_AST_OBJECT_PATTERN:
    case JS_AST_OBJECT:
      FOR_LIST (l, p->a)
        {
          JsAst *prop = l->a;
          if (prop->kind == JS_AST_PROPERTY)
            {
              if (prop->flags & JS_AST_FLAG_COMPUTED)
                analyze (c, prop->a);
              analyze_target (c, prop->b);
            }
          else
            analyze_target (c, prop);
        }
      break;
    default:
      analyze (c, p);
      break;
    }
}

static Scope *
enter_scope (Compiler *c, ScopeKind kind, JsAst *key)
{
  Scope *s = scope_new (c, kind, c->scope, c->func);

  if (key != NULL)
    g_hash_table_insert (c->scopes, key, s);
  c->scope = s;
  return s;
}

static void
analyze_block (Compiler *c, JsAst *block, JsAst *stmts)
{
  Scope *saved = c->scope;

  enter_scope (c, SCOPE_BLOCK, block);
  declare_lexicals (c, c->scope, stmts);
  analyze_statements (c, stmts);
  c->scope = saved;
}

static void
analyze_statements (Compiler *c, JsAst *stmts)
{
  analyze_list (c, stmts);
}

static void
analyze_var_decl (Compiler *c, JsAst *decl)
{
  FOR_LIST (l, decl->a)
    {
      JsAst *d = l->a;
      if (d->a->kind == JS_AST_IDENTIFIER && (decl->flags & JS_AST_FLAG_VAR))
        reference (c, d->a->name, d, TRUE);
      analyze_binding_pattern (c, d->a);
      analyze (c, d->b);
    }
}

static void
analyze_for_in_of (Compiler *c, JsAst *n)
{
  Scope *saved = c->scope;
  JsAst *left = n->a;

  if (left->kind == JS_AST_VAR_DECL && (left->flags & (JS_AST_FLAG_LET | JS_AST_FLAG_CONST)))
    {
      /* ForIn/OfHeadEvaluation (14.7.5.6): the expression sees the loop's
       * names uninitialised, so `for (let x of [x])` is a TDZ error.  The
       * whole statement is their "declaration", so every use checks. */
      enter_scope (c, SCOPE_BLOCK, left);
      declare_pattern (c, c->scope, left->a->a->a, (left->flags & JS_AST_FLAG_CONST) ? B_CONST : B_LET, n);
      analyze (c, n->b);
      c->scope = saved;
    }
  else
    analyze (c, n->b);
  if (left->kind == JS_AST_VAR_DECL && (left->flags & (JS_AST_FLAG_LET | JS_AST_FLAG_CONST)))
    {
      enter_scope (c, SCOPE_LOOP, n);
      declare_pattern (c, c->scope, left->a->a->a, (left->flags & JS_AST_FLAG_CONST) ? B_CONST : B_LET, left);
      analyze_binding_pattern (c, left->a->a->a);
    }
  else if (left->kind == JS_AST_VAR_DECL)
    analyze_binding_pattern (c, left->a->a->a);
  else
    analyze_target (c, left);
  analyze (c, n->d);
  c->scope = saved;
}

static gboolean has_spread (JsAst *args);

/* eval(…) spelled as a call of the identifier `eval`: a direct eval when
 * the callee turns out to be %eval% (13.3.6.1).  Spread arguments are left
 * to the ordinary call. */
static gboolean
is_direct_eval_call (const JsAst *n)
{
  return n->kind == JS_AST_CALL && n->a->kind == JS_AST_IDENTIFIER && strcmp (n->a->name, "eval") == 0 &&
         !(n->flags & JS_AST_FLAG_OPTIONAL) && !has_spread (n->b);
}

/* A direct eval may name any binding visible where it is called, so every
 * one of them moves to a scope record (and is TDZ-checked), `arguments`
 * included; a sloppy function gets an eval variable object for the vars
 * the eval code declares. */
static void
prepare_direct_eval (Compiler *c)
{
  FuncInfo *fi = c->func;

  c->has_dynamic = TRUE;
  if (!fi->strict && fi->kind != FN_SCRIPT && fi->eval_vars_b == NULL)
    {
      /* in the parameter scope, so that eval code in a parameter default
       * declares vars the body sees, as V8 does */
      fi->eval_vars_b = declare (c, fi->param_scope, "%evalvars", B_HIDDEN, NULL);
      fi->eval_vars_b->captured = TRUE;
      fi->param_scope->dynamic = fi->eval_vars_b;
    }
  for (FuncInfo *f = fi; f != NULL; f = f->parent)
    if (func_has_arguments (f))
      {
        if (f->arguments_b == NULL)
          f->arguments_b = declare (c, f->param_scope, "arguments", B_ARGUMENTS, NULL);
        break;
      }
  for (Scope *sc = c->scope; sc != NULL; sc = sc->parent)
    for (guint i = 0; i < sc->bindings->len; i++)
      {
        Binding *b = sc->bindings->pdata[i];
        b->captured = TRUE;
        b->referenced = TRUE;
        if (b->lexical)
          b->needs_check = TRUE;
      }
}

static void
analyze (Compiler *c, JsAst *n)
{
  if (n == NULL)
    return;
  switch (n->kind)
    {
    case JS_AST_CALL:
      if (is_direct_eval_call (n))
        prepare_direct_eval (c);
      analyze (c, n->a);
      analyze (c, n->b);
      break;
    case JS_AST_LIST:
      analyze_list (c, n);
      break;
    case JS_AST_IDENTIFIER:
      reference (c, n->name, n, FALSE);
      break;
    case JS_AST_THIS:
      reference_special (c, "this");
      break;
    case JS_AST_NEW_TARGET:
      reference_special (c, "new.target");
      break;
    case JS_AST_SUPER_MEMBER:
    case JS_AST_SUPER_INDEX:
      reference_special (c, "%func");
      reference_special (c, "this");
      analyze (c, n->b);
      break;
    case JS_AST_SUPER_CALL:
      reference_special (c, "%func");
      reference_special (c, "new.target");
      reference_special (c, "this");
      analyze (c, n->b);
      break;
    case JS_AST_PRIVATE_NAME:
      {
        char *name = g_strconcat ("#", n->name, NULL);
        const char *interned = g_intern_string (name);
        g_free (name);
        /* the parser left direct eval code's unknown private names to us */
        if (reference (c, interned, NULL, FALSE) == NULL && c->direct_eval && c->eval_missing_private == NULL)
          c->eval_missing_private = n->name;
        break;
      }
    case JS_AST_MEMBER:
      analyze (c, n->a);
      break;
    case JS_AST_PROPERTY:
      if (n->flags & JS_AST_FLAG_COMPUTED)
        analyze (c, n->a);
      analyze (c, n->b);
      break;
    case JS_AST_FUNCTION:
    case JS_AST_FUNCTION_DECL:
      analyze_function (c, n, (n->flags & JS_AST_FLAG_ARROW) ? FN_ARROW
                              : (n->flags & (JS_AST_FLAG_METHOD | JS_AST_FLAG_GETTER | JS_AST_FLAG_SETTER)) ? FN_METHOD
                              : FN_NORMAL, NULL);
      break;
    case JS_AST_CLASS:
    case JS_AST_CLASS_DECL:
      analyze_class (c, n);
      break;
    case JS_AST_VAR_DECL:
      analyze_var_decl (c, n);
      break;
    case JS_AST_BLOCK:
      analyze_block (c, n, n->a);
      break;
    case JS_AST_FOR:
      {
        Scope *saved = c->scope;
        if (n->a != NULL && n->a->kind == JS_AST_VAR_DECL && (n->a->flags & (JS_AST_FLAG_LET | JS_AST_FLAG_CONST)))
          {
            enter_scope (c, SCOPE_LOOP, n);
            FOR_LIST (d, n->a->a)
              declare_pattern (c, c->scope, d->a->a, (n->a->flags & JS_AST_FLAG_CONST) ? B_CONST : B_LET, d->a);
          }
        analyze (c, n->a);
        analyze (c, n->b);
        analyze (c, n->c);
        analyze (c, n->d);
        c->scope = saved;
        break;
      }
    case JS_AST_FOR_IN:
    case JS_AST_FOR_OF:
      analyze_for_in_of (c, n);
      break;
    case JS_AST_TRY:
      analyze (c, n->a);
      if (n->c != NULL)
        {
          Scope *saved = c->scope;
          enter_scope (c, SCOPE_CATCH, n);
          if (n->b != NULL)
            declare_pattern (c, c->scope, n->b, B_CATCH, NULL);
          analyze_binding_pattern (c, n->b);
          analyze (c, n->c);
          c->scope = saved;
        }
      analyze (c, n->d);
      break;
    case JS_AST_SWITCH:
      {
        Scope *saved = c->scope;
        analyze (c, n->a);
        enter_scope (c, SCOPE_SWITCH, n);
        FOR_LIST (l, n->b)
          declare_lexicals (c, c->scope, l->a->b);
        FOR_LIST (l, n->b)
          {
            analyze (c, l->a->a);
            analyze_statements (c, l->a->b);
          }
        c->scope = saved;
        break;
      }
    case JS_AST_LABELED:
      analyze (c, n->a);
      break;
    case JS_AST_WITH:
      {
        Scope *saved = c->scope;
        analyze (c, n->a);
        c->has_dynamic = TRUE;
        enter_scope (c, SCOPE_WITH, n);
        /* Always in a scope record: closures made in the body look names
         * up through it. */
        c->scope->dynamic = declare (c, c->scope, "%with", B_HIDDEN, NULL);
        c->scope->dynamic->captured = TRUE;
        c->scope->dynamic_is_with = TRUE;
        analyze (c, n->b);
        c->scope = saved;
        break;
      }
    case JS_AST_ASSIGN:
      analyze_target (c, n->a);
      analyze (c, n->b);
      break;
    case JS_AST_PRE_INC: case JS_AST_PRE_DEC: case JS_AST_POST_INC: case JS_AST_POST_DEC:
      analyze_target (c, n->a);
      break;
    case JS_AST_PRIVATE_IN:
      analyze (c, n->a);
      analyze (c, n->b);
      break;
    case JS_AST_STRING:
    case JS_AST_NUMBER:
    case JS_AST_BIGINT:
    case JS_AST_REGEXP:
    case JS_AST_BREAK:
    case JS_AST_CONTINUE:
      break;
    default:
      analyze (c, n->a);
      analyze (c, n->b);
      analyze (c, n->c);
      analyze (c, n->d);
      break;
    }
}

static gboolean
params_simple (const JsAst *fn)
{
  return (fn->flags & JS_AST_FLAG_SIMPLE_PARAMS) != 0;
}

/* The special bindings of a non-arrow function. */
static void
declare_specials (Compiler *c, FuncInfo *fi)
{
  Scope *s = fi->param_scope;

  fi->this_b = declare (c, s, "this", B_THIS, NULL);
  if (fi->derived)
    {
      fi->this_b->lexical = TRUE;
      fi->this_b->needs_check = TRUE;
    }
  if (fi->kind != FN_SCRIPT)
    {
      fi->new_target_b = declare (c, s, "new.target", B_NEW_TARGET, NULL);
      fi->func_b = declare (c, s, "%func", B_FUNC, NULL);
    }
}

/* FunctionDeclarationInstantiation step 22 (10.2.11): a sloppy function
 * with simple parameters that uses `arguments` gets a mapped one.  Every
 * parameter it can alias that the code names moves to the scope record,
 * where the arguments object reaches it (js-arguments.c); the others need
 * no link, nothing can tell. */
static void
decide_mapped_arguments (FuncInfo *fi, gboolean simple)
{
  fi->mapped_arguments = fi->arguments_b != NULL && fi->arguments_b->referenced && !fi->strict && simple &&
                         (fi->kind == FN_NORMAL || fi->kind == FN_METHOD || fi->kind == FN_MODULE);
  if (!fi->mapped_arguments)
    return;
  for (guint i = 0; i < fi->param_scope->bindings->len; i++)
    {
      Binding *b = fi->param_scope->bindings->pdata[i];
      if (b->kind == B_PARAM && b->param_index >= 0 && b->referenced)
        b->captured = TRUE;
    }
}

static void
analyze_function_body (Compiler *c, FuncInfo *fi, JsAst *params, JsAst *body, gboolean expression_body)
{
  Scope *saved_scope = c->scope;
  FuncInfo *saved_func = c->func;
  gboolean simple = fi->node == NULL || !is_function_node (fi->node) || params_simple (fi->node);
  int i = 0;

  c->func = fi;
  c->scope = fi->param_scope;
  FOR_LIST (l, params)
    {
      /* the TDZ of a parameter lasts through its own default */
      DeclareData d = { fi->param_scope, B_PARAM, l->a, simple ? i : -1 };
      pattern_names (c, l->a, declare_name_cb, &d);
      i++;
    }
  if (!simple)
    {
      /* Parameters of a non-simple list are initialised in order: a default
       * that reads a later parameter is in its TDZ. */
      for (guint j = 0; j < fi->param_scope->bindings->len; j++)
        {
          Binding *b = fi->param_scope->bindings->pdata[j];
          if (b->kind == B_PARAM)
            b->lexical = TRUE;
        }
      fi->body_scope = scope_new (c, SCOPE_BODY, fi->param_scope, fi);
    }
  else
    fi->body_scope = fi->param_scope;

  if (!expression_body)
    {
      FOR_LIST (l, body)
        collect_var_names (c, fi, l->a, TRUE);
      declare_lexicals (c, fi->kind == FN_SCRIPT && !c->eval ? NULL : fi->body_scope, body);
    }

  FOR_LIST (l, params)
    analyze_binding_pattern (c, l->a);
  c->scope = fi->body_scope;
  if (expression_body)
    analyze (c, body);
  else
    analyze_statements (c, body);
  decide_mapped_arguments (fi, simple);
  c->scope = saved_scope;
  c->func = saved_func;
}

static void
analyze_function (Compiler *c, JsAst *fn, FuncKind kind, ClassInfo *cls)
{
  FuncInfo *fi;
  Scope *outer = c->scope;

  g_assert (g_hash_table_lookup (c->funcs, fn) == NULL);
  if (fn->flags & JS_AST_FLAG_CLASS_CONSTRUCTOR)
    kind = FN_CLASS_CTOR;
  fi = func_new (c, kind, fn, c->func);
  fi->strict = (fn->flags & JS_AST_FLAG_STRICT) || (c->func != NULL && c->func->strict);
  fi->arrow = kind == FN_ARROW;
  fi->generator = (fn->flags & JS_AST_FLAG_GENERATOR) != 0;
  fi->async = (fn->flags & JS_AST_FLAG_ASYNC) != 0;
  fi->derived = (fn->flags & JS_AST_FLAG_DERIVED) != 0;
  fi->cls = cls;
  g_hash_table_insert (c->funcs, fn, fi);

  if (fn->kind == JS_AST_FUNCTION && fn->a != NULL && kind == FN_NORMAL)
    {
      fi->callee_scope = scope_new (c, SCOPE_CALLEE, outer, fi);
      declare (c, fi->callee_scope, fn->a->name, B_CALLEE, NULL);
      outer = fi->callee_scope;
    }
  fi->param_scope = scope_new (c, SCOPE_FUNCTION, outer, fi);
  if (!fi->arrow)
    declare_specials (c, fi);
  analyze_function_body (c, fi, fn->b, fn->c, (fn->flags & JS_AST_FLAG_EXPRESSION_BODY) != 0);
}

/* A synthetic method-like function (field initialisers, static blocks). */
static FuncInfo *
synthetic_function (Compiler *c, FuncKind kind, JsAst *node, ClassInfo *cls)
{
  FuncInfo *fi = func_new (c, kind, node, c->func);

  fi->strict = TRUE;
  fi->cls = cls;
  fi->param_scope = scope_new (c, SCOPE_FUNCTION, c->scope, fi);
  fi->body_scope = fi->param_scope;
  declare_specials (c, fi);
  return fi;
}

static Binding *
hidden_binding (Compiler *c, Scope *s, const char *prefix, int index)
{
  char *name = g_strdup_printf ("%s%d", prefix, index);
  const char *interned = g_intern_string (name);
  Binding *b;

  g_free (name);
  b = declare (c, s, interned, B_HIDDEN, NULL);
  b->captured = TRUE;
  return b;
}

static const char *
private_binding_name (const JsAst *private_name)
{
  char *name = g_strconcat ("#", private_name->name, NULL);
  const char *interned = g_intern_string (name);
  g_free (name);
  return interned;
}

static void
analyze_class (Compiler *c, JsAst *node)
{
  ClassInfo *ci = g_new0 (ClassInfo, 1);
  Scope *saved = c->scope;
  FuncInfo *saved_func = c->func;
  gboolean has_ctor = FALSE, has_instance = FALSE, has_static = FALSE;
  int i = 0;

  ci->node = node;
  ci->member_binding = g_hash_table_new (NULL, NULL);
  g_ptr_array_add (c->garbage_classes, ci);
  g_hash_table_insert (c->classes, node, ci);

  ci->scope = enter_scope (c, SCOPE_CLASS, node);
  if (node->a != NULL)
    ci->inner = declare (c, ci->scope, node->a->name, B_CLASS_INNER, node);

  /* Private names and the hidden bindings of members. */
  FOR_LIST (l, node->c)
    {
      JsAst *m = l->a;
      gboolean is_static = (m->flags & JS_AST_FLAG_STATIC) != 0;

      if (m->a != NULL && m->a->kind == JS_AST_PRIVATE_NAME)
        {
          Binding *b = declare (c, ci->scope, private_binding_name (m->a), B_HIDDEN, NULL);
          b->captured = TRUE;
          if (!(m->flags & JS_AST_FLAG_FIELD) && !g_hash_table_contains (c->brand_messages, b))
            {
              /* V8's wording, quirks included */
              const char *name = node->a != NULL ? node->a->name : is_static ? "." : "anonymous";
              g_hash_table_insert (c->brand_messages, b,
                                   is_static ? g_strdup_printf ("Receiver must be class %s", name)
                                             : g_strdup_printf ("Receiver must be an instance of class %s", name));
            }
          if (!(m->flags & JS_AST_FLAG_FIELD) && !is_static)
            {
              g_hash_table_insert (ci->member_binding, m, hidden_binding (c, ci->scope, "%pm", i));
              ci->has_private_methods = TRUE;
              has_instance = TRUE;
            }
        }
      else if ((m->flags & JS_AST_FLAG_FIELD) && (m->flags & JS_AST_FLAG_COMPUTED))
        g_hash_table_insert (ci->member_binding, m, hidden_binding (c, ci->scope, "%fk", i));
      if (m->flags & JS_AST_FLAG_FIELD)
        {
          if (is_static)
            has_static = TRUE;
          else
            has_instance = TRUE;
        }
      if (m->flags & JS_AST_FLAG_STATIC_BLOCK)
        has_static = TRUE;
      if ((m->flags & JS_AST_FLAG_METHOD) && m->b != NULL && (m->b->flags & JS_AST_FLAG_CLASS_CONSTRUCTOR))
        has_ctor = TRUE;
      i++;
    }

  analyze (c, node->b);
  FOR_LIST (l, node->c)
    {
      JsAst *m = l->a;
      if ((m->flags & JS_AST_FLAG_COMPUTED) && m->a != NULL && m->a->kind != JS_AST_PRIVATE_NAME)
        analyze (c, m->a);
      if (!(m->flags & (JS_AST_FLAG_FIELD | JS_AST_FLAG_STATIC_BLOCK)) && m->b != NULL)
        analyze_function (c, m->b, FN_METHOD, ci);
    }

  if (has_instance)
    {
      FuncInfo *fi = synthetic_function (c, FN_FIELD_INIT, node, ci);
      c->func = fi;
      c->scope = fi->body_scope;
      FOR_LIST (l, node->c)
        {
          JsAst *m = l->a;
          if ((m->flags & JS_AST_FLAG_FIELD) && !(m->flags & JS_AST_FLAG_STATIC))
            {
              if (m->a->kind == JS_AST_PRIVATE_NAME)
                analyze (c, m->a);
              analyze (c, m->b);
            }
          else if (m->a != NULL && m->a->kind == JS_AST_PRIVATE_NAME && !(m->flags & JS_AST_FLAG_STATIC))
            analyze (c, m->a);
        }
      ci->field_init = fi;
      c->func = saved_func;
      c->scope = ci->scope;
    }
  if (has_static)
    {
      FuncInfo *fi = synthetic_function (c, FN_STATIC_INIT, node, ci);
      c->func = fi;
      c->scope = fi->body_scope;
      FOR_LIST (l, node->c)
        {
          JsAst *m = l->a;
          if ((m->flags & JS_AST_FLAG_FIELD) && (m->flags & JS_AST_FLAG_STATIC))
            {
              if (m->a->kind == JS_AST_PRIVATE_NAME)
                analyze (c, m->a);
              analyze (c, m->b);
            }
          else if (m->flags & JS_AST_FLAG_STATIC_BLOCK)
            {
              FOR_LIST (s, m->b->a)
                collect_var_names (c, fi, s->a, TRUE);
              analyze (c, m->b);
            }
        }
      ci->static_init = fi;
      c->func = saved_func;
      c->scope = ci->scope;
    }
  if (!has_ctor)
    {
      FuncInfo *fi = func_new (c, FN_DEFAULT_CTOR, node, c->func);
      fi->strict = TRUE;
      fi->derived = node->b != NULL;
      fi->cls = ci;
      ci->default_ctor = fi;
    }
  c->scope = saved;
}

/* After the analysis: scope slots for captured bindings. */
static void
assign_scope_slots (Compiler *c)
{
  for (guint i = 0; i < c->garbage_scopes->len; i++)
    {
      Scope *s = c->garbage_scopes->pdata[i];
      if (s->described)
        continue;
      for (guint j = 0; j < s->bindings->len; j++)
        {
          Binding *b = s->bindings->pdata[j];
          if (b->captured)
            b->index = s->n_slots++;
        }
    }
}

/* ------------------------------------------------------------------------
 * Emission: instructions, constants, registers
 * ------------------------------------------------------------------------ */

#define NO_CONST G_MAXUINT32
#define RESUME_NO_RETURN G_MAXUINT32

/* The operand stack effect of one instruction (for max_stack). */
static int
stack_effect (JsOpcode op, const guint32 *operands)
{
  switch (op)
    {
    case JS_OP_UNDEF: case JS_OP_NULL: case JS_OP_TRUE: case JS_OP_FALSE: case JS_OP_EMPTY:
    case JS_OP_INT: case JS_OP_CONST: case JS_OP_DUP: case JS_OP_PICK:
    case JS_OP_GET_LOCAL: case JS_OP_GET_LOCAL_CHECK: case JS_OP_GET_SCOPE: case JS_OP_GET_SCOPE_CHECK:
    case JS_OP_GET_GLOBAL: case JS_OP_GET_GLOBAL_TYPEOF:
    case JS_OP_THIS: case JS_OP_CALLEE: case JS_OP_NEW_TARGET: case JS_OP_ARG: case JS_OP_ARGUMENTS: case JS_OP_REST:
    case JS_OP_NEW_PRIVATE_NAME: case JS_OP_OBJECT: case JS_OP_TEMPLATE: case JS_OP_REGEXP: case JS_OP_CLOSURE:
    case JS_OP_FOR_OF_NEXT: case JS_OP_ITER_STEP: case JS_OP_ITER_REST: case JS_OP_ITER_CALL_NEXT:
    case JS_OP_ITER_CALL_RETURN: case JS_OP_FOR_IN_NEXT:
    case JS_OP_YIELD: case JS_OP_YIELD_RAW: case JS_OP_ASYNC_YIELD: case JS_OP_AWAIT:
      return 1;
    case JS_OP_DUP2:
      return 2;
    case JS_OP_POP: case JS_OP_NIP: case JS_OP_PUT_LOCAL: case JS_OP_PUT_LOCAL_CHECK: case JS_OP_PUT_SCOPE:
    case JS_OP_PUT_SCOPE_CHECK: case JS_OP_PUT_GLOBAL: case JS_OP_INIT_GLOBAL_LEX:
    case JS_OP_BIND_THIS: case JS_OP_INIT_FIELDS: case JS_OP_SET_PROP: case JS_OP_GET_ELEM: case JS_OP_DELETE_ELEM:
    case JS_OP_GET_PRIVATE: case JS_OP_HAS_PRIVATE: case JS_OP_DEFINE_FIELD: case JS_OP_SET_PROTO_LITERAL:
    case JS_OP_COPY_DATA: case JS_OP_ARRAY_APPEND: case JS_OP_ARRAY_SPREAD: case JS_OP_SET_CLASS_FIELDS:
    case JS_OP_NEW_SPREAD: case JS_OP_SUPER_CALL_FORWARD: case JS_OP_RETURN: case JS_OP_DERIVED_RETURN:
    case JS_OP_ADD: case JS_OP_SUB: case JS_OP_MUL: case JS_OP_DIV: case JS_OP_MOD: case JS_OP_EXP:
    case JS_OP_SHL: case JS_OP_SHR: case JS_OP_USHR: case JS_OP_BITAND: case JS_OP_BITOR: case JS_OP_BITXOR:
    case JS_OP_LT: case JS_OP_GT: case JS_OP_LE: case JS_OP_GE: case JS_OP_EQ: case JS_OP_NE:
    case JS_OP_STRICT_EQ: case JS_OP_STRICT_NE: case JS_OP_IN: case JS_OP_INSTANCEOF:
    case JS_OP_JUMP_IF_TRUE: case JS_OP_JUMP_IF_FALSE: case JS_OP_JUMP_IF_TRUE_KEEP: case JS_OP_JUMP_IF_FALSE_KEEP:
    case JS_OP_JUMP_IF_NOT_NULLISH_KEEP: case JS_OP_JUMP_IF_NOT_UNDEF_KEEP:
    case JS_OP_THROW: case JS_OP_GET_ITERATOR: case JS_OP_GET_ASYNC_ITERATOR: case JS_OP_FOR_IN_START:
    case JS_OP_RESUME: case JS_OP_YIELD_STAR: case JS_OP_ASYNC_YIELD_STAR:
    case JS_OP_WITH_GET: case JS_OP_WITH_GET_CALLEE: case JS_OP_WITH_PUT:   /* when not jumping */
    case JS_OP_DECLARE_VAR:
      return -1;
    case JS_OP_PUT_PROP: case JS_OP_SET_ELEM: case JS_OP_GET_SUPER: case JS_OP_DEFINE_PRIVATE:
    case JS_OP_DEFINE_ELEM: case JS_OP_DEFINE_METHOD: case JS_OP_CALL_SPREAD: case JS_OP_SUPER_CALL_SPREAD:
      return -2;
    case JS_OP_PUT_ELEM: case JS_OP_PUT_PRIVATE:
      return -3;
    case JS_OP_PUT_SUPER:
      return -4;
    case JS_OP_COPY_DATA_EXCLUDING:
      return -(int) operands[0];
    case JS_OP_ARRAY:
      return 1 - (int) operands[0];
    case JS_OP_CALL: case JS_OP_SUPER_CALL: case JS_OP_CALL_EVAL:
      return -(int) operands[0] - 1;
    case JS_OP_NEW:
      return -(int) operands[0];
    default:
      return 0;
    }
}

static void
note_range (Compiler *c)
{
  Emitter *e = c->e;
  const JsAst *n = e->node;
  JsPcRange r;

  if (n == NULL)
    return;
  if (e->ranges->len > 0)
    {
      JsPcRange *last = &g_array_index (e->ranges, JsPcRange, e->ranges->len - 1);
      if (last->range.line == n->line && last->range.column == n->column &&
          last->range.end_line == n->end_line && last->range.end_column == n->end_column)
        return;
      if (last->pc == e->code->len)
        {
          e->ranges->len--;
          note_range (c);
          return;
        }
    }
  r.pc = e->code->len;
  r.range.line = n->line;
  r.range.column = n->column;
  r.range.end_line = n->end_line;
  r.range.end_column = n->end_column;
  g_array_append_val (e->ranges, r);
}

static guint32
emit_op (Compiler *c, JsOpcode op, guint32 a, guint32 b, guint32 d)
{
  Emitter *e = c->e;
  guint32 at = e->code->len;
  guint32 word = op;
  guint32 operands[3] = { a, b, d };

  g_assert (js_op_operands[op] <= 3);
  note_range (c);
  g_array_append_val (e->code, word);
  for (int i = 0; i < js_op_operands[op]; i++)
    g_array_append_val (e->code, operands[i]);
  e->stack += stack_effect (op, operands);
  g_assert (e->stack >= 0);
  if (e->stack > e->max_stack)
    e->max_stack = e->stack;
  if (op == JS_OP_TRY)
    {
      e->handlers++;
      if (e->handlers > e->max_handlers)
        e->max_handlers = e->handlers;
    }
  else if (op == JS_OP_END_TRY)
    e->handlers--;
  return at;
}

#define E0(op)        emit_op (c, JS_OP_##op, 0, 0, 0)
#define E1(op, a)     emit_op (c, JS_OP_##op, (a), 0, 0)
#define E2(op, a, b)  emit_op (c, JS_OP_##op, (a), (b), 0)
#define E3(op, a, b, d) emit_op (c, JS_OP_##op, (a), (b), (d))

static guint32
here (Compiler *c)
{
  return c->e->code->len;
}

/* Emits a jump whose target (its operand `which`) is patched later;
 * returns the operand's position. */
static guint32
emit_jump (Compiler *c, JsOpcode op)
{
  guint32 at = emit_op (c, op, 0, 0, 0);
  return at + js_op_operands[op];
}

static void
patch_to (Compiler *c, guint32 operand, guint32 target)
{
  g_array_index (c->e->code, guint32, operand) = target;
}

static void
patch_here (Compiler *c, guint32 operand)
{
  patch_to (c, operand, here (c));
}

static void
patch_list_here (Compiler *c, GArray *list)
{
  for (guint i = 0; i < list->len; i++)
    patch_here (c, g_array_index (list, guint32, i));
}

static guint32
add_const (Compiler *c, JsValue v)
{
  g_array_append_val (c->e->consts, v);
  return c->e->consts->len - 1;
}

static guint32
k_atom (Compiler *c, JsString *atom)
{
  Emitter *e = c->e;
  gpointer found = g_hash_table_lookup (e->atom_index, atom);

  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;
  g_hash_table_insert (e->atom_index, atom, GUINT_TO_POINTER (add_const (c, js_string_value (atom)) + 1));
  return e->consts->len - 1;
}

static guint32
k_utf8 (Compiler *c, const char *utf8)
{
  return k_atom (c, js_intern_utf8 (c->J, utf8));
}

static guint32
k_str16 (Compiler *c, const uint16_t *str, guint32 length)
{
  return k_atom (c, js_intern_chars (c->J, str, length));
}

static guint32
k_number (Compiler *c, double d)
{
  Emitter *e = c->e;
  JsValue v = js_number (d);
  gint64 bits = (gint64) v.bits;
  gpointer found = g_hash_table_lookup (e->number_index, &bits);

  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;
  {
    gint64 *key = g_new (gint64, 1);
    *key = bits;
    g_hash_table_insert (e->number_index, key, GUINT_TO_POINTER (add_const (c, v) + 1));
  }
  return e->consts->len - 1;
}

static void
emit_number (Compiler *c, double d)
{
  /* The range test comes first: converting an out-of-range double to an
   * integer is undefined behaviour. */
  if (fabs (d) < (1 << 30) && d == (gint32) d && !(d == 0 && signbit (d)))
    E1 (INT, (guint32) (gint32) d);
  else
    E1 (CONST, k_number (c, d));
}

static int
reg_alloc (Compiler *c, int n)
{
  Emitter *e = c->e;
  int r = e->regs;

  e->regs += n;
  if (e->regs > e->max_regs)
    e->max_regs = e->regs;
  return r;
}

static void
reg_release (Compiler *c, int mark)
{
  c->e->regs = mark;
}

static Ctx *
ctx_push (Compiler *c, CtxKind kind)
{
  Ctx *x = g_new0 (Ctx, 1);

  x->kind = kind;
  x->prev = c->e->ctx;
  x->iter_reg = -1;
  x->continue_target = G_MAXUINT32;
  x->breaks = g_array_new (FALSE, FALSE, sizeof (guint32));
  x->continues = g_array_new (FALSE, FALSE, sizeof (guint32));
  c->e->ctx = x;
  return x;
}

static void
ctx_pop (Compiler *c, Ctx *x)
{
  g_assert (c->e->ctx == x);
  c->e->ctx = x->prev;
  g_array_free (x->breaks, TRUE);
  g_array_free (x->continues, TRUE);
  if (x->labels != NULL)
    g_ptr_array_free (x->labels, TRUE);
  if (x->finally_jumps != NULL)
    g_array_free (x->finally_jumps, TRUE);
  if (x->exits != NULL)
    g_array_free (x->exits, TRUE);
  g_free (x);
}

/* Sets the node whose source range the next instructions get; returns the
 * previous one to restore. */
static const JsAst *
set_node (Compiler *c, const JsAst *n)
{
  const JsAst *old = c->e->node;
  if (n != NULL)
    c->e->node = n;
  return old;
}

/* ------------------------------------------------------------------------
 * The call printer: how V8 names an expression in messages
 * ------------------------------------------------------------------------ */

static const char *
binary_operator_text (JsAstKind kind)
{
  switch (kind)
    {
    case JS_AST_ADD: return "+";
    case JS_AST_SUB: return "-";
    case JS_AST_MUL: return "*";
    case JS_AST_DIV: return "/";
    case JS_AST_MOD: return "%";
    case JS_AST_EXP: return "**";
    case JS_AST_SHL: return "<<";
    case JS_AST_SHR: return ">>";
    case JS_AST_USHR: return ">>>";
    case JS_AST_BITAND: return "&";
    case JS_AST_BITOR: return "|";
    case JS_AST_BITXOR: return "^";
    case JS_AST_LT: return "<";
    case JS_AST_GT: return ">";
    case JS_AST_LE: return "<=";
    case JS_AST_GE: return ">=";
    case JS_AST_EQ: return "==";
    case JS_AST_NE: return "!=";
    case JS_AST_STRICT_EQ: return "===";
    case JS_AST_STRICT_NE: return "!==";
    case JS_AST_IN: return "in";
    case JS_AST_INSTANCEOF: return "instanceof";
    case JS_AST_LOGICAL_AND: return "&&";
    case JS_AST_LOGICAL_OR: return "||";
    case JS_AST_NULLISH: return "??";
    default: return NULL;
    }
}

static void
append_str16 (GString *out, const uint16_t *str, guint32 length)
{
  char *utf8 = g_utf16_to_utf8 (str, length, NULL, NULL, NULL);
  if (utf8 != NULL)
    g_string_append (out, utf8);
  g_free (utf8);
}

static void
append_number (GString *out, double d)
{
  char buffer[JS_NUMBER_BUFFER_SIZE];
  js_number_to_cstring (d, buffer);
  g_string_append (out, buffer);
}

/* V8's parser folds +, - and ~ on a number literal into a number. */
static gboolean
fold_number (const JsAst *n, double *value)
{
  double v;

  if (n->kind == JS_AST_NUMBER)
    {
      *value = n->number;
      return TRUE;
    }
  if ((n->kind != JS_AST_NEG && n->kind != JS_AST_POS && n->kind != JS_AST_BITNOT) || !fold_number (n->a, &v))
    return FALSE;
  *value = n->kind == JS_AST_NEG ? -v : n->kind == JS_AST_POS ? v : (double) ~js_double_to_int32 (v);
  return TRUE;
}

/* ... and ! on any literal into a boolean. */
static gboolean
fold_not (const JsAst *n, gboolean *value)
{
  const JsAst *a = n->a;
  double number;

  if (n->kind != JS_AST_NOT)
    return FALSE;
  if (fold_number (a, &number))
    *value = number == 0 || isnan (number);
  else if (a->kind == JS_AST_STRING)
    *value = a->str_length == 0;
  else if (a->kind == JS_AST_TRUE || a->kind == JS_AST_FALSE || a->kind == JS_AST_NULL_LITERAL)
    *value = a->kind != JS_AST_TRUE;
  else
    return FALSE;
  return TRUE;
}

static void
print_expr (GString *out, const JsAst *n)
{
  const char *op;

  if (n == NULL)
    return;
  switch (n->kind)
    {
    case JS_AST_IDENTIFIER:
      g_string_append (out, n->name);
      return;
    case JS_AST_THIS:
      g_string_append (out, "this");
      return;
    case JS_AST_NULL_LITERAL:
      g_string_append (out, "null");
      return;
    case JS_AST_TRUE:
      g_string_append (out, "true");
      return;
    case JS_AST_FALSE:
      g_string_append (out, "false");
      return;
    case JS_AST_NUMBER:
      append_number (out, n->number);
      return;
    case JS_AST_STRING:
      g_string_append_c (out, '"');
      append_str16 (out, n->str, n->str_length);
      g_string_append_c (out, '"');
      return;
    case JS_AST_TEMPLATE:
      if (n->b == NULL && n->a != NULL)
        print_expr (out, n->a->a);
      else
        FOR_LIST (l, n->b)  /* only the substitutions show */
          print_expr (out, l->a);
      return;
    case JS_AST_CONDITIONAL:
      g_string_append (out, "(intermediate value)(intermediate value)(intermediate value)");
      return;
    case JS_AST_NEW_TARGET:
      g_string_append (out, ".new.target");  /* the internal variable's name */
      return;
    case JS_AST_MEMBER:
      print_expr (out, n->a);
      g_string_append (out, (n->flags & JS_AST_FLAG_OPTIONAL) ? "?." : ".");
      append_str16 (out, n->b->str, n->b->str_length);
      return;
    case JS_AST_PRIVATE_MEMBER:
      print_expr (out, n->a);
      g_string_append (out, ".#");
      g_string_append (out, n->b->name);
      return;
    case JS_AST_SUPER_MEMBER:
      g_string_append (out, "(intermediate value).");
      append_str16 (out, n->b->str, n->b->str_length);
      return;
    case JS_AST_INDEX:
      {
        /* a string key (`x` templates included) prints as a property name */
        const JsAst *key = n->b->kind == JS_AST_TEMPLATE && n->b->b == NULL && n->b->a != NULL ? n->b->a->a : n->b;
        print_expr (out, n->a);
        if (n->flags & JS_AST_FLAG_OPTIONAL)
          g_string_append (out, "?.");
        if (key->kind == JS_AST_STRING)
          {
            if (!(n->flags & JS_AST_FLAG_OPTIONAL))
              g_string_append_c (out, '.');
            append_str16 (out, key->str, key->str_length);
            return;
          }
      }
      g_string_append_c (out, '[');
      print_expr (out, n->b);
      g_string_append_c (out, ']');
      return;
    case JS_AST_CALL:
      print_expr (out, n->a);
      g_string_append (out, "(...)");
      return;
    case JS_AST_OPTIONAL_CHAIN:
      if (n->flags & JS_AST_FLAG_PARENTHESIZED)
        break;
      print_expr (out, n->a);
      return;
    case JS_AST_OBJECT:
      g_string_append (out, n->a == NULL ? "{}" : "{(intermediate value)}");
      return;
    case JS_AST_ARRAY:
      g_string_append_c (out, '[');
      FOR_LIST (l, n->a)
        {
          print_expr (out, l->a);
          if (l->b != NULL)
            g_string_append_c (out, ',');
        }
      g_string_append_c (out, ']');
      return;
    case JS_AST_SPREAD:
      g_string_append (out, "(...");
      print_expr (out, n->a);
      g_string_append_c (out, ')');
      return;
    case JS_AST_REGEXP:
      g_string_append_c (out, '/');
      append_str16 (out, n->str, n->str_length);
      g_string_append_c (out, '/');
      g_string_append (out, n->name != NULL ? n->name : "");
      return;
    case JS_AST_SEQUENCE:
      g_string_append_c (out, '(');
      FOR_LIST (l, n->a)
        {
          print_expr (out, l->a);
          if (l->b != NULL)
            g_string_append (out, " , ");
        }
      g_string_append_c (out, ')');
      return;
    case JS_AST_NEG: case JS_AST_POS: case JS_AST_BITNOT: case JS_AST_NOT:
    case JS_AST_TYPEOF: case JS_AST_VOID: case JS_AST_DELETE:
      {
        /* V8's CallPrinter: a unary operation in parentheses, unless folded. */
        static const char *const texts[] = { "-", "+", "~", "!", "typeof ", "void ", "delete " };
        static const JsAstKind kinds[] = { JS_AST_NEG, JS_AST_POS, JS_AST_BITNOT, JS_AST_NOT,
                                           JS_AST_TYPEOF, JS_AST_VOID, JS_AST_DELETE };
        double number;
        gboolean boolean;

        if (fold_number (n, &number))
          append_number (out, number);
        else if (fold_not (n, &boolean))
          g_string_append (out, boolean ? "true" : "false");
        else
          for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
            if (kinds[i] == n->kind)
              {
                g_string_append_printf (out, "(%s", texts[i]);
                print_expr (out, n->a);
                g_string_append_c (out, ')');
              }
        return;
      }
    default:
      op = binary_operator_text (n->kind);
      if (op != NULL)
        {
          g_string_append_c (out, '(');
          print_expr (out, n->a);
          g_string_append_printf (out, " %s ", op);
          print_expr (out, n->b);
          g_string_append_c (out, ')');
          return;
        }
      break;
    }
  g_string_append (out, "(intermediate value)");
}

/* A constant with V8's rendering of an expression (for "x is not a function"). */
static guint32
k_describe (Compiler *c, const JsAst *n)
{
  GString *out = g_string_new (NULL);
  guint32 k;

  print_expr (out, n);
  k = k_utf8 (c, out->str);
  g_string_free (out, TRUE);
  return k;
}

/* The message V8's CallPrinter gives when the value of `n`, the operand of
 * a spread or a for-of, is not (async) iterable: a call is named by its
 * callee, as either it or its result is at fault. */
static guint32
k_not_iterable (Compiler *c, const JsAst *n, gboolean async)
{
  const char *what = async ? "async iterable" : "iterable";
  GString *out = g_string_new (NULL);
  guint32 k;

  if (n->kind == JS_AST_CALL || n->kind == JS_AST_NEW)
    {
      /* the async form keeps the call's own text; a `new` is then unnamed */
      if (!async)
        print_expr (out, n->a);
      else if (n->kind == JS_AST_CALL)
        print_expr (out, n);
      else
        g_string_append (out, "(intermediate value)");
      g_string_append_printf (out, " is not a function or its return value is not %s", what);
    }
  else
    {
      if (n->kind == JS_AST_OPTIONAL_CHAIN && n->a != NULL && n->a->kind == JS_AST_CALL)
        g_string_append (out, "(intermediate value)");
      else
        print_expr (out, n);
      g_string_append_printf (out, " is not %s", what);
    }
  k = k_utf8 (c, out->str);
  g_string_free (out, TRUE);
  return k;
}

/* Destructuring names only the expressions that start where its error is
 * reported (V8 finds the node by position); others get the value's type. */
static guint32
k_not_iterable_simple (Compiler *c, const JsAst *n)
{
  if (n == NULL)
    return NO_CONST;
  switch (n->kind)
    {
    case JS_AST_IDENTIFIER: case JS_AST_NUMBER: case JS_AST_STRING: case JS_AST_NULL_LITERAL:
    case JS_AST_TRUE: case JS_AST_FALSE: case JS_AST_OBJECT: case JS_AST_THIS: case JS_AST_NEW:
      return k_not_iterable (c, n, FALSE);
    case JS_AST_CALL:
      /* a call's position is its callee's only when that is a plain name */
      return n->a->kind == JS_AST_IDENTIFIER ? k_not_iterable (c, n, FALSE) : NO_CONST;
    default:
      return NO_CONST;
    }
}

/* ------------------------------------------------------------------------
 * Emission: variables
 * ------------------------------------------------------------------------ */

#define THIS_NAME G_MAXUINT32

static Binding *
lookup (Compiler *c, const char *name)
{
  for (Scope *s = c->e->scope; s != NULL; s = s->parent)
    {
      Binding *b = scope_lookup (s, name);
      if (b != NULL)
        return b;
    }
  return NULL;
}

/* Scope records between the current scope and `target`'s. */
static guint32
hops_to (Compiler *c, Scope *target)
{
  guint32 hops = 0;

  for (Scope *s = c->e->scope; s != target; s = s->parent)
    {
      g_assert (s != NULL);
      if (s->n_slots > 0)
        hops++;
    }
  return hops;
}

static guint32
check_name (Compiler *c, Binding *b)
{
  return b->kind == B_THIS ? THIS_NAME : k_utf8 (c, b->name);
}

/* Loads a binding (NULL: the global `name`). */
static void
emit_get_binding (Compiler *c, Binding *b, const char *name, gboolean for_typeof, gboolean check)
{
  if (b == NULL)
    {
      guint32 k = k_utf8 (c, name);
      if (for_typeof)
        E1 (GET_GLOBAL_TYPEOF, k);
      else
        E1 (GET_GLOBAL, k);
      return;
    }
  check = check && b->needs_check;
  if (b->captured)
    {
      if (check)
        E3 (GET_SCOPE_CHECK, hops_to (c, b->scope), b->index, check_name (c, b));
      else
        E2 (GET_SCOPE, hops_to (c, b->scope), b->index);
      return;
    }
  if (b->index < 0)
    {
      switch (b->kind)
        {
        case B_THIS: E0 (THIS); return;
        case B_FUNC: E0 (CALLEE); return;
        case B_NEW_TARGET: E0 (NEW_TARGET); return;
        default: break;
        }
      g_error ("js-compiler: binding %s has no storage", b->name);
    }
  if (check)
    E2 (GET_LOCAL_CHECK, b->index, check_name (c, b));
  else
    E1 (GET_LOCAL, b->index);
}

/* The scopes with a dynamic object (`with`, eval variables) that a lookup
 * of `name` from the current scope crosses before it reaches the name's
 * binding (or the global scope), innermost first; NULL when none.  Their
 * objects are checked at run time, in that order, before the static
 * binding (9.1.2.1 GetIdentifierReference). */
static GPtrArray *
with_scopes_crossed (Compiler *c, const char *name)
{
  GPtrArray *withs = NULL;

  if (!c->has_dynamic || name[0] == '%' || name[0] == '#' || strcmp (name, "this") == 0 ||
      strcmp (name, "new.target") == 0)
    return NULL;
  for (Scope *s = c->e->scope; s != NULL && scope_lookup (s, name) == NULL; s = s->parent)
    if (s->dynamic != NULL)
      {
        if (withs == NULL)
          withs = g_ptr_array_new ();
        g_ptr_array_add (withs, s);
      }
  return withs;
}

/* A lookup of `name` crosses a dynamic object (`with (o) undefined` may be o's). */
static gboolean
names_dynamic (Compiler *c, const char *name)
{
  GPtrArray *withs = with_scopes_crossed (c, name);

  if (withs == NULL)
    return FALSE;
  g_ptr_array_free (withs, TRUE);
  return TRUE;
}

/* For each dynamic object in `withs`: push it and try `op` (WITH_GET,
 * WITH_GET_CALLEE or WITH_PUT) on it; the jumps to patch to the end of the
 * static access that follows are appended to `done`.  A call's callee found
 * on an eval variable object gets `this` undefined, not the object. */
static void
emit_with_checks (Compiler *c, GPtrArray *withs, const char *name, JsOpcode op, GArray *done)
{
  guint32 k = k_utf8 (c, name);

  for (guint i = 0; i < withs->len; i++)
    {
      Scope *w = withs->pdata[i];
      guint32 at;

      emit_get_binding (c, w->dynamic, w->dynamic->name, FALSE, FALSE);
      at = emit_op (c, op == JS_OP_WITH_GET_CALLEE && !w->dynamic_is_with ? JS_OP_WITH_GET : op, k, 0, 0) + 2;
      g_array_append_val (done, at);
    }
}

/* Loads a name's value (for `typeof`: undefined when it is an undeclared
 * global), through the `with` objects in the way. */
static void
emit_get_name_value (Compiler *c, const char *name, gboolean for_typeof)
{
  GPtrArray *withs = with_scopes_crossed (c, name);
  GArray *done;

  if (withs == NULL)
    {
      emit_get_binding (c, lookup (c, name), name, for_typeof, TRUE);
      return;
    }
  done = g_array_new (FALSE, FALSE, sizeof (guint32));
  emit_with_checks (c, withs, name, JS_OP_WITH_GET, done);
  emit_get_binding (c, lookup (c, name), name, for_typeof, TRUE);
  patch_list_here (c, done);
  g_array_free (done, TRUE);
  g_ptr_array_free (withs, TRUE);
}

static void
emit_get_name (Compiler *c, const char *name)
{
  emit_get_name_value (c, name, FALSE);
}

/* Stores the value on the stack into a name, through the `with` objects in
 * the way; `init` as for emit_put_binding. */
static void emit_put_binding (Compiler *c, Binding *b, const char *name, gboolean init);

static void
emit_put_name_value (Compiler *c, const char *name, gboolean init)
{
  GPtrArray *withs = with_scopes_crossed (c, name);
  GArray *done;

  if (withs == NULL)
    {
      emit_put_binding (c, lookup (c, name), name, init);
      return;
    }
  done = g_array_new (FALSE, FALSE, sizeof (guint32));
  emit_with_checks (c, withs, name, JS_OP_WITH_PUT, done);
  emit_put_binding (c, lookup (c, name), name, init);
  patch_list_here (c, done);
  g_array_free (done, TRUE);
  g_ptr_array_free (withs, TRUE);
}

/* Stores the value on the stack into a binding.  `init`: its declaration
 * initialises it (no TDZ or const checks). */
static void
emit_put_binding (Compiler *c, Binding *b, const char *name, gboolean init)
{
  if (b == NULL)
    {
      E1 (PUT_GLOBAL, k_utf8 (c, name));
      return;
    }
  if (!init)
    {
      if (b->kind == B_CONST || b->kind == B_CLASS_INNER || (b->kind == B_CALLEE && c->e->fi->strict))
        {
          E0 (POP);
          if (b->needs_check)
            {
              emit_get_binding (c, b, name, FALSE, TRUE);
              E0 (POP);
            }
          E1 (THROW_CONST, k_utf8 (c, name));
          return;
        }
      if (b->kind == B_CALLEE)
        {
          E0 (POP);
          return;
        }
    }
  if (b->captured)
    {
      if (!init && b->needs_check)
        E3 (PUT_SCOPE_CHECK, hops_to (c, b->scope), b->index, check_name (c, b));
      else
        E2 (PUT_SCOPE, hops_to (c, b->scope), b->index);
      return;
    }
  g_assert (b->index >= 0);
  if (!init && b->needs_check)
    E2 (PUT_LOCAL_CHECK, b->index, check_name (c, b));
  else
    E1 (PUT_LOCAL, b->index);
}

/* Initialises a declared name: a binding, or at a classic script's top
 * level the global object (var, function) or the global lexical record. */
static void
emit_init_name (Compiler *c, const char *name, gboolean lexical)
{
  Binding *b = lookup (c, name);

  if (b == NULL && lexical)
    E1 (INIT_GLOBAL_LEX, k_utf8 (c, name));
  else if (!lexical)
    emit_put_name_value (c, name, TRUE);   /* `var x = v` in a with body assigns through it */
  else
    emit_put_binding (c, b, name, TRUE);
}

static void
emit_put_name (Compiler *c, const char *name)
{
  emit_put_name_value (c, name, FALSE);
}

/* Gives the bindings of a scope being entered their storage, and pushes its
 * record when it has captured bindings. */
static void
emit_enter_scope (Compiler *c, Scope *s, gboolean push_ctx)
{
  int first_check = -1, n_check = 0;

  c->e->scope = s;
  if (s->n_slots > 0)
    {
      E1 (PUSH_SCOPE, s->n_slots);
      if (push_ctx)
        ctx_push (c, CTX_SCOPE);
    }
  for (guint i = 0; i < s->bindings->len; i++)
    {
      Binding *b = s->bindings->pdata[i];
      if (b->captured || b->index >= 0)
        continue;
      if (b->kind == B_THIS || b->kind == B_FUNC || b->kind == B_NEW_TARGET)
        continue;
      if (b->kind == B_HIDDEN)
        continue;
      b->index = reg_alloc (c, 1);
      if (b->lexical && b->needs_check)
        {
          if (first_check >= 0 && first_check + n_check == b->index)
            n_check++;
          else
            {
              if (n_check > 0)
                E2 (EMPTY_LOCALS, first_check, n_check);
              first_check = b->index;
              n_check = 1;
            }
        }
    }
  if (n_check > 0)
    E2 (EMPTY_LOCALS, first_check, n_check);
  /* A captured var starts undefined; scope slots start empty. */
  for (guint i = 0; i < s->bindings->len; i++)
    {
      Binding *b = s->bindings->pdata[i];
      if (b->captured && (b->kind == B_VAR || b->kind == B_FUNCTION))
        {
          E0 (UNDEF);
          E2 (PUT_SCOPE, 0, b->index);
        }
    }
}

static void
emit_leave_scope (Compiler *c, Scope *s, int reg_mark, gboolean pop_ctx)
{
  if (s->n_slots > 0)
    {
      E0 (POP_SCOPE);
      if (pop_ctx)
        ctx_pop (c, c->e->ctx);
    }
  for (guint i = 0; i < s->bindings->len; i++)
    {
      Binding *b = s->bindings->pdata[i];
      if (!b->captured)
        b->index = -1;
    }
  c->e->scope = s->parent;
  reg_release (c, reg_mark);
}

/* ------------------------------------------------------------------------
 * Emission: forward declarations
 * ------------------------------------------------------------------------ */

static void compile_expr (Compiler *c, JsAst *n);
static void compile_discard (Compiler *c, JsAst *n);
static void compile_statement (Compiler *c, JsAst *n);
static void compile_statements (Compiler *c, JsAst *list);
static guint32 compile_function (Compiler *c, JsAst *fn, JsString *name);
static void compile_class (Compiler *c, JsAst *cls, JsString *name);
static void emit_pattern (Compiler *c, JsAst *target, int mode, const JsAst *source);
static void emit_return_path (Compiler *c, int junk);
static void emit_jump_out (Compiler *c, Ctx *target, gboolean is_continue);
static void emit_jump_out_steps (Compiler *c, Ctx *target, gboolean is_continue, gboolean is_return);
static void compile_yield (Compiler *c, JsAst *n);
static void compile_await_value (Compiler *c);

/* Binding modes of emit_pattern */
enum {
  PATTERN_ASSIGN,   /* an assignment expression's targets */
  PATTERN_VAR,      /* var declarations: plain assignment to the var */
  PATTERN_INIT,     /* let/const/class/params/catch: initialisation */
};

static JsString *
atom_of_key (Compiler *c, const JsAst *key)
{
  if (key->kind == JS_AST_STRING)
    return js_intern_chars (c->J, key->str, key->str_length);
  if (key->kind == JS_AST_NUMBER)
    return js_intern (c->J, js_string_from_number (c->J, key->number));
  if (key->kind == JS_AST_BIGINT)
    return js_intern (c->J, js_bigint_to_string (c->J, js_bigint_from_literal (c->J, key->name), 10));
  if (key->kind == JS_AST_IDENTIFIER)
    return js_intern_utf8 (c->J, key->name);
  return NULL;
}

/* NamedEvaluation: an anonymous function or class gets `name`. */
static void
compile_expr_named (Compiler *c, JsAst *n, JsString *name)
{
  if (name != NULL && is_anonymous_function (n))
    {
      const JsAst *old = set_node (c, n);
      if (n->kind == JS_AST_FUNCTION)
        E1 (CLOSURE, compile_function (c, n, name));
      else
        compile_class (c, n, name);
      set_node (c, old);
      return;
    }
  compile_expr (c, n);
}

static JsString *
name_of_identifier (Compiler *c, const JsAst *id)
{
  return id != NULL && id->kind == JS_AST_IDENTIFIER ? js_intern_utf8 (c->J, id->name) : NULL;
}

/* ------------------------------------------------------------------------
 * Emission: expressions
 * ------------------------------------------------------------------------ */

static JsOpcode
binary_op (JsAstKind kind)
{
  switch (kind)
    {
    case JS_AST_ADD: return JS_OP_ADD;
    case JS_AST_SUB: return JS_OP_SUB;
    case JS_AST_MUL: return JS_OP_MUL;
    case JS_AST_DIV: return JS_OP_DIV;
    case JS_AST_MOD: return JS_OP_MOD;
    case JS_AST_EXP: return JS_OP_EXP;
    case JS_AST_SHL: return JS_OP_SHL;
    case JS_AST_SHR: return JS_OP_SHR;
    case JS_AST_USHR: return JS_OP_USHR;
    case JS_AST_BITAND: return JS_OP_BITAND;
    case JS_AST_BITOR: return JS_OP_BITOR;
    case JS_AST_BITXOR: return JS_OP_BITXOR;
    case JS_AST_LT: return JS_OP_LT;
    case JS_AST_GT: return JS_OP_GT;
    case JS_AST_LE: return JS_OP_LE;
    case JS_AST_GE: return JS_OP_GE;
    case JS_AST_EQ: return JS_OP_EQ;
    case JS_AST_NE: return JS_OP_NE;
    case JS_AST_STRICT_EQ: return JS_OP_STRICT_EQ;
    case JS_AST_STRICT_NE: return JS_OP_STRICT_NE;
    case JS_AST_IN: return JS_OP_IN;
    case JS_AST_INSTANCEOF: return JS_OP_INSTANCEOF;
    default: return JS_N_OPS;
    }
}

static gboolean
is_logical (JsAstKind kind)
{
  return kind == JS_AST_LOGICAL_AND || kind == JS_AST_LOGICAL_OR || kind == JS_AST_NULLISH;
}

/* For a && b, a || b, a ?? b and their assignments: the jump that keeps
 * the left value as the result. */
static JsOpcode
logical_keep_jump (JsAstKind kind)
{
  return kind == JS_AST_LOGICAL_AND ? JS_OP_JUMP_IF_FALSE_KEEP
       : kind == JS_AST_LOGICAL_OR ? JS_OP_JUMP_IF_TRUE_KEEP
       : JS_OP_JUMP_IF_NOT_NULLISH_KEEP;
}

/* The optional chain being compiled: a `?.` jumps to its end. */
static void
emit_optional_check (Compiler *c, int values_to_pop)
{
  guint32 j = emit_op (c, JS_OP_JUMP_IF_NULLISH_POP, values_to_pop, 0, 0) + 2;
  g_assert (c->e->chain_jumps != NULL);
  g_array_append_val (c->e->chain_jumps, j);
}

/* The message of a failed brand check on a private method or accessor
 * (fields say "Cannot read private member …" instead). */
static guint32
k_brand (Compiler *c, const JsAst *pn)
{
  const char *message = g_hash_table_lookup (c->brand_messages, lookup (c, private_binding_name (pn)));

  return message != NULL ? k_utf8 (c, message) : NO_CONST;
}

static void
emit_private_name (Compiler *c, const JsAst *pn)
{
  emit_get_name (c, private_binding_name (pn));
}

/* Pushes `this`, with its TDZ check in derived constructors. */
static void
emit_this (Compiler *c)
{
  emit_get_name (c, "this");
}

static void
emit_super_base (Compiler *c)
{
  emit_get_name (c, "%func");
  emit_this (c);
}

/* A member expression's object and (for INDEX) key; the optional `?.`
 * checks included.  Leaves [obj] or [obj key]. */
static void
compile_member_base (Compiler *c, JsAst *n)
{
  compile_expr (c, n->a);
  if (n->flags & JS_AST_FLAG_OPTIONAL)
    emit_optional_check (c, c->e->stack - c->e->chain_base);
}

static void
compile_member (Compiler *c, JsAst *n)
{
  switch (n->kind)
    {
    case JS_AST_MEMBER:
      compile_member_base (c, n);
      E1 (GET_PROP, k_str16 (c, n->b->str, n->b->str_length));
      break;
    case JS_AST_INDEX:
      compile_member_base (c, n);
      compile_expr (c, n->b);
      E0 (GET_ELEM);
      break;
    case JS_AST_PRIVATE_MEMBER:
      compile_member_base (c, n);
      emit_private_name (c, n->b);
      E1 (GET_PRIVATE, k_brand (c, n->b));
      break;
    case JS_AST_SUPER_MEMBER:
      emit_super_base (c);
      E1 (CONST, k_str16 (c, n->b->str, n->b->str_length));
      E0 (GET_SUPER);
      break;
    case JS_AST_SUPER_INDEX:
      emit_super_base (c);
      compile_expr (c, n->b);
      E0 (TO_KEY);
      E0 (GET_SUPER);
      break;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
has_spread (JsAst *args)
{
  FOR_LIST (l, args)
    if (l->a->kind == JS_AST_SPREAD)
      return TRUE;
  return FALSE;
}

/* Arguments: pushes them one by one (returns the count), or builds one
 * array when there is a spread (returns -1). */
static int
compile_arguments (Compiler *c, JsAst *args, guint32 callee_desc)
{
  int n = 0;

  if (!has_spread (args))
    {
      FOR_LIST (l, args)
        {
          compile_expr (c, l->a);
          n++;
        }
      return n;
    }
  E1 (ARRAY, 0);
  FOR_LIST (l, args)
    {
      if (l->a->kind == JS_AST_SPREAD)
        {
          compile_expr (c, l->a->a);
          E3 (ARRAY_SPREAD, k_describe (c, l->a->a), 1, callee_desc);
        }
      else
        {
          compile_expr (c, l->a);
          E0 (ARRAY_APPEND);
        }
    }
  return -1;
}

/* Pushes [this, f] for a call's callee. */
static void
compile_callee (Compiler *c, JsAst *callee)
{
  switch (callee->kind)
    {
    case JS_AST_MEMBER:
      compile_member_base (c, callee);
      E0 (DUP);
      E1 (GET_PROP, k_str16 (c, callee->b->str, callee->b->str_length));
      break;
    case JS_AST_INDEX:
      compile_member_base (c, callee);
      E0 (DUP);
      compile_expr (c, callee->b);
      E0 (GET_ELEM);
      break;
    case JS_AST_PRIVATE_MEMBER:
      compile_member_base (c, callee);
      E0 (DUP);
      emit_private_name (c, callee->b);
      E1 (GET_PRIVATE, k_brand (c, callee->b));
      break;
    case JS_AST_SUPER_MEMBER:
    case JS_AST_SUPER_INDEX:
      emit_this (c);
      emit_get_name (c, "%func");
      E1 (PICK, 1);
      if (callee->kind == JS_AST_SUPER_MEMBER)
        E1 (CONST, k_str16 (c, callee->b->str, callee->b->str_length));
      else
        {
          compile_expr (c, callee->b);
          E0 (TO_KEY);
        }
      E0 (GET_SUPER);
      break;
    case JS_AST_OPTIONAL_CHAIN:
      if (callee->a->kind == JS_AST_MEMBER || callee->a->kind == JS_AST_INDEX ||
          callee->a->kind == JS_AST_PRIVATE_MEMBER)
        {
          /* (a?.b)() still calls with this = a */
          Emitter *e = c->e;
          int saved_base = e->chain_base;
          GArray *saved_jumps = e->chain_jumps;
          guint32 end;

          e->chain_base = e->stack;
          e->chain_jumps = g_array_new (FALSE, FALSE, sizeof (guint32));
          compile_callee (c, callee->a);
          end = emit_jump (c, JS_OP_JUMP);
          patch_list_here (c, e->chain_jumps);
          e->stack = e->chain_base;
          E0 (UNDEF);
          E0 (UNDEF);
          patch_here (c, end);
          g_array_free (e->chain_jumps, TRUE);
          e->chain_base = saved_base;
          e->chain_jumps = saved_jumps;
          break;
        }
      /* fall through */
    default:
      {
        GPtrArray *withs = callee->kind == JS_AST_IDENTIFIER ? with_scopes_crossed (c, callee->name) : NULL;
        GArray *done;

        if (withs == NULL)
          {
            E0 (UNDEF);
            compile_expr (c, callee);
            break;
          }
        /* with (o) f() calls o.f with this = o (9.1.1.2.10 WithBaseObject) */
        done = g_array_new (FALSE, FALSE, sizeof (guint32));
        E0 (UNDEF);
        emit_with_checks (c, withs, callee->name, JS_OP_WITH_GET_CALLEE, done);
        emit_get_binding (c, lookup (c, callee->name), callee->name, FALSE, TRUE);
        patch_list_here (c, done);
        g_array_free (done, TRUE);
        g_ptr_array_free (withs, TRUE);
        break;
      }
    }
}

/* What direct eval code needs to know of the scopes at its call site
 * (js_compile_direct_eval reads it): [strict, global var scope, record…],
 * the records innermost first, one per scope record at run time, each
 * [holds the caller's eval variable object, then name, BindingKind, slot,
 * TDZ-checked for each binding]. */
static guint32
k_eval_scopes (Compiler *c)
{
  JsState *J = c->J;
  FuncInfo *fi = c->e->fi;
  JsObject *chain = js_array_new (J, 0);

  js_array_push (J, chain, js_boolean (fi->strict));
  js_array_push (J, chain, js_boolean (fi->kind == FN_SCRIPT));
  for (Scope *s = c->e->scope; s != NULL; s = s->parent)
    {
      JsObject *record;

      if (s->n_slots == 0)
        continue;
      record = js_array_new (J, 0);
      js_array_push (J, record, js_boolean (s->dynamic != NULL && s->dynamic == fi->eval_vars_b));
      for (guint i = 0; i < s->bindings->len; i++)
        {
          Binding *b = s->bindings->pdata[i];
          if (!b->captured)
            continue;
          js_array_push (J, record, js_string_value (js_intern_utf8 (J, b->name)));
          js_array_push (J, record, js_number (b->kind));
          js_array_push (J, record, js_number (b->index));
          js_array_push (J, record, js_boolean (b->needs_check));
        }
      js_array_push (J, chain, js_object_value (record));
    }
  return add_const (c, js_object_value (chain));
}

static void
compile_call (Compiler *c, JsAst *n)
{
  guint32 desc = k_describe (c, n->a);
  int argc;

  compile_callee (c, n->a);
  if (n->flags & JS_AST_FLAG_OPTIONAL)
    emit_optional_check (c, c->e->stack - c->e->chain_base);
  argc = compile_arguments (c, n->b, desc);
  if (argc < 0)
    E1 (CALL_SPREAD, desc);
  else if (is_direct_eval_call (n))
    E3 (CALL_EVAL, argc, desc, k_eval_scopes (c));
  else
    E2 (CALL, argc, desc);
}

static void
compile_new (Compiler *c, JsAst *n)
{
  guint32 desc = k_describe (c, n->a);
  int argc;

  compile_expr (c, n->a);
  argc = compile_arguments (c, n->b, desc);
  if (argc < 0)
    E1 (NEW_SPREAD, desc);
  else
    E2 (NEW, argc, desc);
}

/* super(...args): construct the parent, bind `this`, initialise fields. */
static void
compile_super_call (Compiler *c, JsAst *n)
{
  Binding *this_b = lookup (c, "this");
  int argc;

  emit_get_name (c, "%func");
  emit_get_name (c, "new.target");
  argc = compile_arguments (c, n->b, k_utf8 (c, "super"));
  if (argc < 0)
    E0 (SUPER_CALL_SPREAD);
  else
    E1 (SUPER_CALL, argc);
  /* [result] -> bind this (once) -> [this] */
  emit_get_binding (c, this_b, "this", FALSE, FALSE);
  E0 (SWAP);
  E0 (BIND_THIS);
  E0 (DUP);
  emit_put_binding (c, this_b, "this", TRUE);
  emit_get_name (c, "%func");
  E0 (INIT_FIELDS);
}

static void
compile_optional_chain (Compiler *c, JsAst *n)
{
  Emitter *e = c->e;
  int saved_base = e->chain_base;
  GArray *saved_jumps = e->chain_jumps;
  guint32 end;

  e->chain_base = e->stack;
  e->chain_jumps = g_array_new (FALSE, FALSE, sizeof (guint32));
  compile_expr (c, n->a);
  end = emit_jump (c, JS_OP_JUMP);
  patch_list_here (c, e->chain_jumps);
  e->stack = e->chain_base;
  E0 (UNDEF);
  patch_here (c, end);
  g_array_free (e->chain_jumps, TRUE);
  e->chain_base = saved_base;
  e->chain_jumps = saved_jumps;
}

static void
compile_template (Compiler *c, JsAst *n)
{
  JsAst *q = n->a, *x = n->b;
  gboolean first = TRUE;

  for (; q != NULL; q = q->b)
    {
      JsAst *quasi = q->a;
      if (quasi->str_length > 0 || first)
        {
          E1 (CONST, k_str16 (c, quasi->str, quasi->str_length));
          if (!first)
            E0 (ADD);
          first = FALSE;
        }
      if (x != NULL)
        {
          compile_expr (c, x->a);
          E0 (TO_STRING);
          E0 (ADD);
          x = x->b;
        }
    }
}

static void
compile_tagged_template (Compiler *c, JsAst *n)
{
  JsState *J = c->J;
  JsAst *tpl = n->b;
  int count = list_length (tpl->a);
  JsObject *cooked = js_array_new (J, count), *raw = js_array_new (J, count);
  JsValue pair[2];
  guint32 k, site;
  int argc = 1;

  FOR_LIST (q, tpl->a)
    {
      JsAst *s = q->a;
      js_array_push (J, cooked, s->str != NULL ? js_string_value (js_string_new (J, s->str, s->str_length)) : JS_UNDEFINED);
      js_array_push (J, raw, js_string_value (js_string_new (J, s->raw, s->raw_length)));
    }
  pair[0] = js_object_value (cooked);
  pair[1] = js_object_value (raw);
  k = add_const (c, js_object_value (js_array_from_values (J, pair, 2)));
  site = c->e->n_templates++;

  compile_callee (c, n->a);
  E2 (TEMPLATE, site, k);
  FOR_LIST (x, tpl->b)
    {
      compile_expr (c, x->a);
      argc++;
    }
  E2 (CALL, argc, k_describe (c, n->a));
}

static void
compile_array (Compiler *c, JsAst *n)
{
  if (!has_spread (n->a))
    {
      int count = 0;
      FOR_LIST (l, n->a)
        {
          if (l->a->kind == JS_AST_ELISION)
            E0 (EMPTY);
          else
            compile_expr (c, l->a);
          count++;
        }
      E1 (ARRAY, count);
      return;
    }
  E1 (ARRAY, 0);
  FOR_LIST (l, n->a)
    {
      JsAst *el = l->a;
      if (el->kind == JS_AST_ELISION)
        E0 (ARRAY_HOLE);
      else if (el->kind == JS_AST_SPREAD)
        {
          compile_expr (c, el->a);
          E3 (ARRAY_SPREAD, k_not_iterable (c, el->a, FALSE), 0, NO_CONST);
        }
      else
        {
          compile_expr (c, el);
          E0 (ARRAY_APPEND);
        }
    }
}

/* A property key: a constant atom, or a computed key on the stack
 * (ToPropertyKey'd).  Returns the atom for static keys. */
static JsString *
compile_property_key (Compiler *c, JsAst *prop)
{
  if (prop->flags & JS_AST_FLAG_COMPUTED)
    {
      compile_expr (c, prop->a);
      E0 (TO_KEY);
      return NULL;
    }
  return atom_of_key (c, prop->a);
}

static JsString *
prefixed_name (Compiler *c, const char *prefix, JsString *name)
{
  JsState *J = c->J;
  if (prefix == NULL || name == NULL)
    return name;
  return js_intern (J, js_string_concat (J, js_string_new_utf8 (J, prefix, -1), name));
}

static void
compile_object (Compiler *c, JsAst *n)
{
  guint32 n_props = 0;

  /* The literal's own properties, so that the object is allocated with
   * room for them (spreads add an unknown number). */
  FOR_LIST (l, n->a)
    if (l->a->kind != JS_AST_SPREAD)
      n_props++;
  E1 (OBJECT, n_props);
  FOR_LIST (l, n->a)
    {
      JsAst *p = l->a;
      const JsAst *old = set_node (c, p);

      if (p->kind == JS_AST_SPREAD)
        {
          compile_expr (c, p->a);
          E0 (COPY_DATA);
        }
      else if (p->flags & (JS_AST_FLAG_METHOD | JS_AST_FLAG_GETTER | JS_AST_FLAG_SETTER))
        {
          guint32 flags = JS_METHOD_ENUMERABLE;
          const char *prefix = NULL;
          JsString *key = compile_property_key (c, p);

          if (p->flags & JS_AST_FLAG_GETTER)
            flags |= JS_METHOD_GETTER, prefix = "get ";
          else if (p->flags & JS_AST_FLAG_SETTER)
            flags |= JS_METHOD_SETTER, prefix = "set ";
          if (key != NULL)
            E1 (CONST, k_atom (c, key));
          else
            flags |= JS_METHOD_SET_NAME;
          E1 (CLOSURE, compile_function (c, p->b, prefixed_name (c, prefix, key)));
          E1 (DEFINE_METHOD, flags);
        }
      else
        {
          JsString *key = compile_property_key (c, p);

          if (key != NULL && !(p->flags & JS_AST_FLAG_SHORTHAND) && key == JS_ATOM (c->J, __proto__))
            {
              compile_expr (c, p->b);
              E0 (SET_PROTO_LITERAL);
            }
          else if (key != NULL)
            {
              compile_expr_named (c, p->b, key);
              E1 (DEFINE_FIELD, k_atom (c, key));
            }
          else
            {
              compile_expr (c, p->b);
              if (is_anonymous_function (p->b))
                E1 (SET_FUNCTION_NAME, 0);
              E0 (DEFINE_ELEM);
            }
        }
      set_node (c, old);
    }
}

static void
compile_typeof (Compiler *c, JsAst *operand)
{
  if (operand->kind == JS_AST_IDENTIFIER)
    emit_get_name_value (c, operand->name, TRUE);
  else
    compile_expr (c, operand);
  E0 (TYPEOF);
}

static void
compile_delete (Compiler *c, JsAst *operand)
{
  JsAst *target = operand;

  if (target->kind == JS_AST_OPTIONAL_CHAIN)
    {
      Emitter *e = c->e;
      int saved_base = e->chain_base;
      GArray *saved_jumps = e->chain_jumps;
      guint32 end;

      e->chain_base = e->stack;
      e->chain_jumps = g_array_new (FALSE, FALSE, sizeof (guint32));
      compile_delete (c, target->a);
      end = emit_jump (c, JS_OP_JUMP);
      patch_list_here (c, e->chain_jumps);
      e->stack = e->chain_base;
      E0 (TRUE);
      patch_here (c, end);
      g_array_free (e->chain_jumps, TRUE);
      e->chain_base = saved_base;
      e->chain_jumps = saved_jumps;
      return;
    }
  switch (target->kind)
    {
    case JS_AST_MEMBER:
      compile_member_base (c, target);
      E1 (DELETE_PROP, k_str16 (c, target->b->str, target->b->str_length));
      break;
    case JS_AST_INDEX:
      compile_member_base (c, target);
      compile_expr (c, target->b);
      E0 (DELETE_ELEM);
      break;
    case JS_AST_IDENTIFIER:
      if (lookup (c, target->name) == NULL)
        {
          /* A global: a property of the global object. */
          emit_get_binding (c, NULL, "globalThis", TRUE, FALSE);
          E1 (DELETE_PROP, k_utf8 (c, target->name));
        }
      else
        E0 (FALSE);
      break;
    default:
      compile_discard (c, target);
      E0 (TRUE);
      break;
    }
}

/* ++ and -- */
static void
compile_update (Compiler *c, JsAst *n, gboolean needed)
{
  gboolean inc = n->kind == JS_AST_PRE_INC || n->kind == JS_AST_POST_INC;
  gboolean post = needed && (n->kind == JS_AST_POST_INC || n->kind == JS_AST_POST_DEC);
  JsAst *t = n->a;
  JsOpcode step = inc ? JS_OP_INC : JS_OP_DEC;

  switch (t->kind)
    {
    case JS_AST_IDENTIFIER:
      emit_get_name (c, t->name);
      if (post)
        {
          E0 (TO_NUMERIC);
          E0 (DUP);
        }
      emit_op (c, step, 0, 0, 0);
      if (needed && !post)
        E0 (DUP);
      emit_put_name (c, t->name);
      break;
    case JS_AST_MEMBER:
      {
        guint32 k = k_str16 (c, t->b->str, t->b->str_length);
        compile_member_base (c, t);
        E0 (DUP);
        E1 (GET_PROP, k);
        if (post)
          {
            E0 (TO_NUMERIC);
            E0 (DUP);
            E0 (ROT3);
            emit_op (c, step, 0, 0, 0);
            E1 (PUT_PROP, k);
          }
        else
          {
            emit_op (c, step, 0, 0, 0);
            if (needed)
              E1 (SET_PROP, k);
            else
              E1 (PUT_PROP, k);
          }
        break;
      }
    case JS_AST_INDEX:
      compile_member_base (c, t);
      compile_expr (c, t->b);
      E0 (TO_KEY);
      E0 (DUP2);
      E0 (GET_ELEM);
      if (post)
        {
          E0 (TO_NUMERIC);
          E0 (DUP);
          E0 (ROT4);
          emit_op (c, step, 0, 0, 0);
          E0 (PUT_ELEM);
        }
      else
        {
          emit_op (c, step, 0, 0, 0);
          if (needed)
            E0 (SET_ELEM);
          else
            E0 (PUT_ELEM);
        }
      break;
    default:
      {
        /* private and super members: through a temporary */
        int mark = c->e->regs, r = reg_alloc (c, 1);
        if (t->kind == JS_AST_PRIVATE_MEMBER)
          {
            compile_member_base (c, t);
            emit_private_name (c, t->b);
            E0 (DUP2);
            E1 (GET_PRIVATE, k_brand (c, t->b));
          }
        else
          {
            emit_super_base (c);
            if (t->kind == JS_AST_SUPER_MEMBER)
              E1 (CONST, k_str16 (c, t->b->str, t->b->str_length));
            else
              {
                compile_expr (c, t->b);
                E0 (TO_KEY);
              }
            /* [func this key] -> [func this key func this key] */
            E1 (PICK, 2);
            E1 (PICK, 2);
            E1 (PICK, 2);
            E0 (GET_SUPER);
          }
        E0 (TO_NUMERIC);
        if (post)
          {
            E0 (DUP);
            E1 (PUT_LOCAL, r);
            emit_op (c, step, 0, 0, 0);
          }
        else
          {
            emit_op (c, step, 0, 0, 0);
            E0 (DUP);
            E1 (PUT_LOCAL, r);
          }
        if (t->kind == JS_AST_PRIVATE_MEMBER)
          E1 (PUT_PRIVATE, k_brand (c, t->b));
        else
          E0 (PUT_SUPER);
        if (needed)
          E1 (GET_LOCAL, r);
        reg_release (c, mark);
        break;
      }
    }
}

/* Assignment.  `needed`: leave the value on the stack. */
static void
compile_assign (Compiler *c, JsAst *n, gboolean needed)
{
  JsAst *t = n->a;
  JsAstKind op = n->op;
  JsOpcode bop = op != 0 && !is_logical (op) ? binary_op (op) : JS_N_OPS;
  gboolean logical = op != 0 && is_logical (op);

  if (t->kind == JS_AST_ARRAY_PATTERN || t->kind == JS_AST_OBJECT_PATTERN ||
      t->kind == JS_AST_ARRAY || t->kind == JS_AST_OBJECT)
    {
      compile_expr (c, n->b);
      if (needed)
        E0 (DUP);
      emit_pattern (c, t, PATTERN_ASSIGN, n->b);
      return;
    }

  switch (t->kind)
    {
    case JS_AST_IDENTIFIER:
      if (logical)
        {
          guint32 end;
          emit_get_name (c, t->name);
          end = emit_jump (c, logical_keep_jump (op));
          compile_expr_named (c, n->b, name_of_identifier (c, t));
          E0 (DUP);
          emit_put_name (c, t->name);
          patch_here (c, end);
          if (!needed)
            E0 (POP);
          return;
        }
      if (op == 0)
        compile_expr_named (c, n->b, name_of_identifier (c, t));
      else
        {
          emit_get_name (c, t->name);
          compile_expr (c, n->b);
          emit_op (c, bop, 0, 0, 0);
        }
      if (needed)
        E0 (DUP);
      emit_put_name (c, t->name);
      return;

    case JS_AST_MEMBER:
      {
        guint32 k = k_str16 (c, t->b->str, t->b->str_length);
        compile_member_base (c, t);
        if (logical)
          {
            guint32 keep, end;
            E0 (DUP);
            E1 (GET_PROP, k);
            keep = emit_jump (c, logical_keep_jump (op));
            compile_expr (c, n->b);
            E1 (SET_PROP, k);
            end = emit_jump (c, JS_OP_JUMP);
            c->e->stack++;
            patch_here (c, keep);
            E0 (NIP);
            patch_here (c, end);
            if (!needed)
              E0 (POP);
            return;
          }
        if (op != 0)
          {
            E0 (DUP);
            E1 (GET_PROP, k);
            compile_expr (c, n->b);
            emit_op (c, bop, 0, 0, 0);
          }
        else
          compile_expr (c, n->b);
        if (needed)
          E1 (SET_PROP, k);
        else
          E1 (PUT_PROP, k);
        return;
      }

    case JS_AST_INDEX:
      compile_member_base (c, t);
      compile_expr (c, t->b);
      if (logical)
        {
          guint32 keep, end;
          E0 (TO_KEY);
          E0 (DUP2);
          E0 (GET_ELEM);
          keep = emit_jump (c, logical_keep_jump (op));
          compile_expr (c, n->b);
          E0 (SET_ELEM);
          end = emit_jump (c, JS_OP_JUMP);
          c->e->stack += 2;
          patch_here (c, keep);
          E0 (NIP);
          E0 (NIP);
          patch_here (c, end);
          if (!needed)
            E0 (POP);
          return;
        }
      if (op != 0)
        {
          E0 (TO_KEY);
          E0 (DUP2);
          E0 (GET_ELEM);
          compile_expr (c, n->b);
          emit_op (c, bop, 0, 0, 0);
        }
      else
        compile_expr (c, n->b);
      if (needed)
        E0 (SET_ELEM);
      else
        E0 (PUT_ELEM);
      return;

    default:
      {
        /* private and super members */
        int mark = c->e->regs, r = reg_alloc (c, 1);
        gboolean is_private = t->kind == JS_AST_PRIVATE_MEMBER;
        guint32 keep = 0, end = 0;

        if (is_private)
          {
            compile_member_base (c, t);
            emit_private_name (c, t->b);
          }
        else
          {
            emit_super_base (c);
            if (t->kind == JS_AST_SUPER_MEMBER)
              E1 (CONST, k_str16 (c, t->b->str, t->b->str_length));
            else
              {
                compile_expr (c, t->b);
                E0 (TO_KEY);
              }
          }
        if (op != 0)
          {
            if (is_private)
              {
                E0 (DUP2);
                E1 (GET_PRIVATE, k_brand (c, t->b));
              }
            else
              {
                E1 (PICK, 2);
                E1 (PICK, 2);
                E1 (PICK, 2);
                E0 (GET_SUPER);
              }
            if (logical)
              {
                E0 (DUP);
                E1 (PUT_LOCAL, r);
                keep = emit_jump (c, logical_keep_jump (op));
                compile_expr (c, n->b);
              }
            else
              {
                compile_expr (c, n->b);
                emit_op (c, bop, 0, 0, 0);
              }
          }
        else
          compile_expr (c, n->b);
        E0 (DUP);
        E1 (PUT_LOCAL, r);
        if (is_private)
          E1 (PUT_PRIVATE, k_brand (c, t->b));
        else
          E0 (PUT_SUPER);
        if (logical)
          {
            int depth = c->e->stack;
            end = emit_jump (c, JS_OP_JUMP);
            c->e->stack = depth + (is_private ? 3 : 4);
            patch_here (c, keep);
            for (int i = 0; i < (is_private ? 3 : 4); i++)
              E0 (POP);
            patch_here (c, end);
          }
        if (needed)
          E1 (GET_LOCAL, r);
        reg_release (c, mark);
        return;
      }
    }
}

static void
compile_conditional (Compiler *c, JsAst *n)
{
  guint32 else_jump, end;

  compile_expr (c, n->a);
  else_jump = emit_jump (c, JS_OP_JUMP_IF_FALSE);
  compile_expr (c, n->b);
  end = emit_jump (c, JS_OP_JUMP);
  c->e->stack--;
  patch_here (c, else_jump);
  compile_expr (c, n->c);
  patch_here (c, end);
}

static void
compile_expr (Compiler *c, JsAst *n)
{
  const JsAst *old = set_node (c, n);
  JsOpcode op;

  switch (n->kind)
    {
    case JS_AST_IDENTIFIER:
      if (strcmp (n->name, "undefined") == 0 && lookup (c, "undefined") == NULL && !names_dynamic (c, "undefined"))
        E0 (UNDEF);
      else
        emit_get_name (c, n->name);
      break;
    case JS_AST_NUMBER:
      emit_number (c, n->number);
      break;
    case JS_AST_BIGINT:
      E1 (CONST, add_const (c, js_bigint_from_literal (c->J, n->name)));
      break;
    case JS_AST_STRING:
      E1 (CONST, k_str16 (c, n->str, n->str_length));
      break;
    case JS_AST_TEMPLATE:
      compile_template (c, n);
      break;
    case JS_AST_TAGGED_TEMPLATE:
      compile_tagged_template (c, n);
      break;
    case JS_AST_REGEXP:
      E2 (REGEXP, k_str16 (c, n->str, n->str_length), k_utf8 (c, n->name != NULL ? n->name : ""));
      break;
    case JS_AST_NULL_LITERAL: E0 (NULL); break;
    case JS_AST_TRUE: E0 (TRUE); break;
    case JS_AST_FALSE: E0 (FALSE); break;
    case JS_AST_THIS:
      emit_this (c);
      break;
    case JS_AST_NEW_TARGET:
      emit_get_name (c, "new.target");
      break;
    case JS_AST_IMPORT_CALL:
      compile_expr (c, n->a);
      if (n->b != NULL)
        {
          /* the options are evaluated; builtin modules take no attributes */
          compile_expr (c, n->b);
          E0 (POP);
        }
      E0 (IMPORT);
      break;
    case JS_AST_ARRAY:
      compile_array (c, n);
      break;
    case JS_AST_OBJECT:
      compile_object (c, n);
      break;
    case JS_AST_FUNCTION:
      E1 (CLOSURE, compile_function (c, n, NULL));
      break;
    case JS_AST_CLASS:
      compile_class (c, n, NULL);
      break;
    case JS_AST_MEMBER:
    case JS_AST_INDEX:
    case JS_AST_PRIVATE_MEMBER:
    case JS_AST_SUPER_MEMBER:
    case JS_AST_SUPER_INDEX:
      compile_member (c, n);
      break;
    case JS_AST_CALL:
      compile_call (c, n);
      break;
    case JS_AST_OPTIONAL_CHAIN:
      compile_optional_chain (c, n);
      break;
    case JS_AST_NEW:
      compile_new (c, n);
      break;
    case JS_AST_SUPER_CALL:
      compile_super_call (c, n);
      break;
    case JS_AST_NEG:
      compile_expr (c, n->a);
      E0 (NEG);
      break;
    case JS_AST_POS:
      compile_expr (c, n->a);
      E0 (TO_NUMBER);
      break;
    case JS_AST_NOT:
      compile_expr (c, n->a);
      E0 (NOT);
      break;
    case JS_AST_BITNOT:
      compile_expr (c, n->a);
      E0 (BITNOT);
      break;
    case JS_AST_TYPEOF:
      compile_typeof (c, n->a);
      break;
    case JS_AST_VOID:
      compile_discard (c, n->a);
      E0 (UNDEF);
      break;
    case JS_AST_DELETE:
      compile_delete (c, n->a);
      break;
    case JS_AST_PRE_INC: case JS_AST_PRE_DEC: case JS_AST_POST_INC: case JS_AST_POST_DEC:
      compile_update (c, n, TRUE);
      break;
    case JS_AST_LOGICAL_AND:
    case JS_AST_LOGICAL_OR:
    case JS_AST_NULLISH:
      {
        guint32 end;
        compile_expr (c, n->a);
        end = emit_jump (c, logical_keep_jump (n->kind));
        compile_expr (c, n->b);
        patch_here (c, end);
        break;
      }
    case JS_AST_PRIVATE_IN:
      emit_private_name (c, n->a);
      compile_expr (c, n->b);
      E0 (HAS_PRIVATE);
      break;
    case JS_AST_ASSIGN:
      compile_assign (c, n, TRUE);
      break;
    case JS_AST_CONDITIONAL:
      compile_conditional (c, n);
      break;
    case JS_AST_SEQUENCE:
      FOR_LIST (l, n->a)
        {
          if (l->b != NULL)
            compile_discard (c, l->a);
          else
            compile_expr (c, l->a);
        }
      break;
    case JS_AST_YIELD:
      compile_yield (c, n);
      break;
    case JS_AST_AWAIT:
      compile_expr (c, n->a);
      compile_await_value (c);
      break;
    default:
      op = binary_op (n->kind);
      if (op == JS_N_OPS)
        g_error ("js-compiler: unexpected %s in an expression", js_ast_kind_name (n->kind));
      compile_expr (c, n->a);
      compile_expr (c, n->b);
      emit_op (c, op, 0, 0, 0);
      break;
    }
  set_node (c, old);
}

/* An expression whose value is not used. */
static void
compile_discard (Compiler *c, JsAst *n)
{
  const JsAst *old = set_node (c, n);

  switch (n->kind)
    {
    case JS_AST_ASSIGN:
      compile_assign (c, n, FALSE);
      break;
    case JS_AST_PRE_INC: case JS_AST_PRE_DEC: case JS_AST_POST_INC: case JS_AST_POST_DEC:
      compile_update (c, n, FALSE);
      break;
    case JS_AST_SEQUENCE:
      FOR_LIST (l, n->a)
        compile_discard (c, l->a);
      break;
    default:
      compile_expr (c, n);
      E0 (POP);
      break;
    }
  set_node (c, old);
}

/* ------------------------------------------------------------------------
 * Emission: destructuring
 * ------------------------------------------------------------------------ */

static gboolean
is_member_target (const JsAst *t)
{
  return t->kind == JS_AST_MEMBER || t->kind == JS_AST_INDEX || t->kind == JS_AST_PRIVATE_MEMBER ||
         t->kind == JS_AST_SUPER_MEMBER || t->kind == JS_AST_SUPER_INDEX;
}

/* Evaluates an assignment target's reference: [obj], [obj key],
 * [obj name] or [func this key]. */
static void
emit_target_prepare (Compiler *c, JsAst *t)
{
  switch (t->kind)
    {
    case JS_AST_MEMBER:
      compile_expr (c, t->a);
      break;
    case JS_AST_INDEX:
      compile_expr (c, t->a);
      compile_expr (c, t->b);
      E0 (TO_KEY);
      break;
    case JS_AST_PRIVATE_MEMBER:
      compile_expr (c, t->a);
      emit_private_name (c, t->b);
      break;
    case JS_AST_SUPER_MEMBER:
      emit_super_base (c);
      E1 (CONST, k_str16 (c, t->b->str, t->b->str_length));
      break;
    case JS_AST_SUPER_INDEX:
      emit_super_base (c);
      compile_expr (c, t->b);
      E0 (TO_KEY);
      break;
    default:
      break;
    }
}

/* Stores the value on top into a prepared target. */
static void
emit_target_store (Compiler *c, JsAst *t, int mode)
{
  switch (t->kind)
    {
    case JS_AST_IDENTIFIER:
      if (mode == PATTERN_ASSIGN)
        emit_put_name (c, t->name);
      else
        emit_init_name (c, t->name, mode == PATTERN_INIT);
      break;
    case JS_AST_MEMBER:
      E1 (PUT_PROP, k_str16 (c, t->b->str, t->b->str_length));
      break;
    case JS_AST_INDEX:
      E0 (PUT_ELEM);
      break;
    case JS_AST_PRIVATE_MEMBER:
      E1 (PUT_PRIVATE, k_brand (c, t->b));
      break;
    case JS_AST_SUPER_MEMBER:
    case JS_AST_SUPER_INDEX:
      E0 (PUT_SUPER);
      break;
    default:
      c->e->pattern_depth++;
      emit_pattern (c, t, mode, NULL);
      c->e->pattern_depth--;
      break;
    }
}

/* One element of a pattern: `get` pushes its value (the target's reference
 * is evaluated first, as the spec orders it). */
typedef void (*ElementGetFn) (Compiler *c, gpointer data);

static void
emit_element (Compiler *c, JsAst *el, int mode, ElementGetFn get, gpointer data)
{
  JsAst *target = el, *dflt = NULL;

  if (el->kind == JS_AST_ASSIGN_PATTERN)
    {
      target = el->a;
      dflt = el->b;
    }
  if (is_member_target (target))
    emit_target_prepare (c, target);
  get (c, data);
  if (dflt != NULL)
    {
      guint32 skip = emit_jump (c, JS_OP_JUMP_IF_NOT_UNDEF_KEEP);
      compile_expr_named (c, dflt, name_of_identifier (c, target));
      patch_here (c, skip);
    }
  emit_target_store (c, target, mode);
}

typedef struct {
  int reg;
  gboolean rest;
} IterGet;

static void
iter_get (Compiler *c, gpointer data)
{
  IterGet *g = data;
  if (g->rest)
    E1 (ITER_REST, g->reg);
  else
    E1 (ITER_STEP, g->reg);
}

typedef struct {
  int src;
  JsString *key;      /* static key, or */
  int key_reg;        /* computed key register */
  gboolean rest;
  GArray *excluded;   /* rest: (atom constant | register) of the keys, as JsValue-tagged ints */
} PropGet;

static void
prop_get (Compiler *c, gpointer data)
{
  PropGet *g = data;

  E1 (GET_LOCAL, g->src);
  if (g->rest)
    {
      for (guint i = 0; i < g->excluded->len; i++)
        {
          gint64 v = g_array_index (g->excluded, gint64, i);
          if (v >= 0)
            E1 (CONST, (guint32) v);
          else
            E1 (GET_LOCAL, (guint32) (-v - 1));
        }
      E1 (COPY_DATA_EXCLUDING, g->excluded->len);
    }
  else if (g->key != NULL)
    E1 (GET_PROP, k_atom (c, g->key));
  else
    {
      E1 (GET_LOCAL, g->key_reg);
      E0 (GET_ELEM);
    }
}

/* How V8 names the null or undefined a pattern destructures: its source
   expression as the CallPrinter renders it, else the internal variable the
   pattern reads (`.for`, `.catch`), else (NO_CONST, a plain parameter) the
   value's type. */
static guint32
k_destructure_origin (Compiler *c, const JsAst *source)
{
  if (source != NULL)
    return k_describe (c, source);
  if (c->e->pattern_origin != NULL)
    return k_utf8 (c, c->e->pattern_origin);
  return NO_CONST;
}

/* `{ a = 1 }` or `{ a: [x] = [] }`: a plain key whose target has a default
   that is not itself an object pattern. */
static gboolean
first_reads_with_default (const JsAst *first)
{
  return first != NULL && first->kind == JS_AST_PROPERTY && !(first->flags & JS_AST_FLAG_COMPUTED)
         && first->b != NULL && first->b->kind == JS_AST_ASSIGN_PATTERN
         && first->b->a->kind != JS_AST_OBJECT_PATTERN;
}

static void
emit_object_pattern (Compiler *c, JsAst *p, int mode, const JsAst *source)
{
  int mark = c->e->regs;
  int src = reg_alloc (c, 1);
  JsAst *first = p->a != NULL ? p->a->a : NULL;
  guint32 first_key = NO_CONST;
  GArray *excluded = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (first != NULL && first->kind == JS_AST_PROPERTY && !(first->flags & JS_AST_FLAG_COMPUTED))
    first_key = k_atom (c, atom_of_key (c, first->a));
  /* V8 words a nested pattern's failure as the property read it is, and so
     too when the first property has a default (`{ a = 1 } = null`). */
  if ((c->e->pattern_depth == 0 && !first_reads_with_default (first)) || first == NULL)
    E2 (REQUIRE_OBJECT_COERCIBLE, first_key, k_destructure_origin (c, source));
  E1 (PUT_LOCAL, src);
  FOR_LIST (l, p->a)
    {
      JsAst *prop = l->a;
      PropGet g = { src, NULL, -1, FALSE, excluded };
      const JsAst *old = set_node (c, prop);

      if (prop->kind == JS_AST_REST || prop->kind == JS_AST_SPREAD)
        {
          g.rest = TRUE;
          emit_element (c, prop->a, mode, prop_get, &g);
        }
      else if (prop->flags & JS_AST_FLAG_COMPUTED)
        {
          gint64 v;
          g.key_reg = reg_alloc (c, 1);
          compile_expr (c, prop->a);
          E0 (TO_KEY);
          E1 (PUT_LOCAL, g.key_reg);
          v = -(gint64) g.key_reg - 1;
          g_array_append_val (excluded, v);
          emit_element (c, prop->b, mode, prop_get, &g);
        }
      else
        {
          gint64 v;
          g.key = atom_of_key (c, prop->a);
          v = k_atom (c, g.key);
          g_array_append_val (excluded, v);
          emit_element (c, prop->b, mode, prop_get, &g);
        }
      set_node (c, old);
    }
  g_array_free (excluded, TRUE);
  reg_release (c, mark);
}

static void
emit_array_pattern (Compiler *c, JsAst *p, int mode, const JsAst *source)
{
  int mark = c->e->regs;
  int r = reg_alloc (c, 3);
  Ctx *iter, *try_ctx;
  guint32 handler, end;
  int depth;

  /* V8 names the source of a declaration only, not of an assignment */
  E2 (GET_ITERATOR, r, mode == PATTERN_ASSIGN ? NO_CONST : k_not_iterable_simple (c, source));
  depth = c->e->stack;
  iter = ctx_push (c, CTX_ITER);
  iter->iter_reg = r;
  handler = emit_jump (c, JS_OP_TRY);
  try_ctx = ctx_push (c, CTX_TRY);
  FOR_LIST (l, p->a)
    {
      JsAst *el = l->a;
      IterGet g = { r, FALSE };
      const JsAst *old = set_node (c, el);

      if (el->kind == JS_AST_ELISION)
        {
          E1 (ITER_STEP, r);
          E0 (POP);
        }
      else if (el->kind == JS_AST_REST || el->kind == JS_AST_SPREAD)
        {
          g.rest = TRUE;
          emit_element (c, el->a, mode, iter_get, &g);
        }
      else
        emit_element (c, el, mode, iter_get, &g);
      set_node (c, old);
    }
  ctx_pop (c, try_ctx);
  E0 (END_TRY);
  ctx_pop (c, iter);
  E1 (ITER_CLOSE, r);
  end = emit_jump (c, JS_OP_JUMP);
  patch_here (c, handler);
  c->e->stack = depth + 1;
  E1 (ITER_CLOSE_THROW, r);
  E0 (THROW);
  patch_here (c, end);
  reg_release (c, mark);
}

/* Destructures (or stores) the value on the stack into `target`. */
static void
emit_pattern (Compiler *c, JsAst *target, int mode, const JsAst *source)
{
  switch (target->kind)
    {
    case JS_AST_ARRAY_PATTERN:
    case JS_AST_ARRAY:
      emit_array_pattern (c, target, mode, source);
      break;
    case JS_AST_OBJECT_PATTERN:
    case JS_AST_OBJECT:
      emit_object_pattern (c, target, mode, source);
      break;
    case JS_AST_MEMBER:
    case JS_AST_PRIVATE_MEMBER:
    case JS_AST_SUPER_MEMBER:
      emit_target_prepare (c, target);
      if (target->kind == JS_AST_MEMBER)
        E0 (SWAP);
      else
        {
          E0 (ROT3);
          E0 (ROT3);
          if (target->kind == JS_AST_SUPER_MEMBER)
            {
              E0 (ROT4);
              E0 (ROT4);
              E0 (ROT4);
            }
        }
      emit_target_store (c, target, mode);
      break;
    case JS_AST_INDEX:
    case JS_AST_SUPER_INDEX:
      {
        int mark = c->e->regs, r = reg_alloc (c, 1);
        E1 (PUT_LOCAL, r);
        emit_target_prepare (c, target);
        E1 (GET_LOCAL, r);
        emit_target_store (c, target, mode);
        reg_release (c, mark);
        break;
      }
    default:
      emit_target_store (c, target, mode);
      break;
    }
}

/* ------------------------------------------------------------------------
 * Emission: leaving constructs (break, continue, return)
 * ------------------------------------------------------------------------ */

static void
emit_iterator_close (Compiler *c, int reg, gboolean async)
{
  if (async)
    {
      guint32 skip;
      int depth = c->e->stack;
      skip = emit_op (c, JS_OP_ITER_CALL_RETURN, reg, 0, 0) + 2;
      E0 (AWAIT);
      E1 (RESUME, RESUME_NO_RETURN);
      E1 (CHECK_OBJECT, NO_CONST);
      E0 (POP);
      patch_here (c, skip);
      c->e->stack = depth;
    }
  else
    E1 (ITER_CLOSE, reg);
}

/* The exit actions of leaving every construct up to `target` (NULL: the
 * function), then the jump (or, for a return, the return itself with the
 * value on the stack). */
static void
emit_jump_out (Compiler *c, Ctx *target, gboolean is_continue)
{
  Emitter *e = c->e;
  gboolean is_return = target == NULL;
  int saved_stack = e->stack, saved_handlers = e->handlers;

  /* What follows the jump is another path: keep its static counts. */
  emit_jump_out_steps (c, target, is_continue, is_return);
  e->stack = saved_stack;
  e->handlers = saved_handlers;
}

static void
emit_jump_out_steps (Compiler *c, Ctx *target, gboolean is_continue, gboolean is_return)
{
  Emitter *e = c->e;

  for (Ctx *x = e->ctx; x != target; x = x->prev)
    {
      switch (x->kind)
        {
        case CTX_SCOPE:
          E0 (POP_SCOPE);
          break;
        case CTX_TRY:
          E0 (END_TRY);
          break;
        case CTX_ITER:
          emit_iterator_close (c, x->iter_reg, x->iter_async);
          break;
        case CTX_LOOP:
          if (x->iter_reg >= 0)
            emit_iterator_close (c, x->iter_reg, x->iter_async);
          break;
        case CTX_FINALLY:
          {
            FinallyExit exit = { target, is_continue };
            guint32 j;
            E0 (END_TRY);
            if (is_return)
              E1 (PUT_LOCAL, x->value_reg);
            E1 (INT, JS_COMPLETION_JUMP + x->exits->len);
            E1 (PUT_LOCAL, x->kind_reg);
            g_array_append_val (x->exits, exit);
            j = emit_jump (c, JS_OP_JUMP);
            g_array_append_val (x->finally_jumps, j);
            return;
          }
        default:
          break;
        }
    }
  if (is_return)
    {
      FuncInfo *fi = e->fi;
      if (fi->derived && fi->kind == FN_CLASS_CTOR)
        {
          Scope *saved = e->scope;
          e->scope = fi->body_scope;
          emit_get_binding (c, lookup (c, "this"), "this", FALSE, FALSE);
          e->scope = saved;
          E0 (DERIVED_RETURN);
        }
      E0 (RETURN);
      return;
    }
  if (target->kind == CTX_LOOP && !is_continue && target->iter_reg >= 0)
    emit_iterator_close (c, target->iter_reg, target->iter_async);
  {
    guint32 j;
    if (is_continue && target->continue_target != G_MAXUINT32)
      {
        E1 (JUMP, target->continue_target);
        return;
      }
    j = emit_jump (c, JS_OP_JUMP);
    g_array_append_val (is_continue ? target->continues : target->breaks, j);
  }
}

/* A return with the value on top of `junk` other values (a yield inside an
 * expression resumed with return()). */
static void
emit_return_path (Compiler *c, int junk)
{
  int depth = c->e->stack;

  for (int i = 0; i < junk; i++)
    E0 (NIP);
  emit_jump_out (c, NULL, FALSE);
  c->e->stack = depth;
}

/* ------------------------------------------------------------------------
 * Emission: generators and async functions
 * ------------------------------------------------------------------------ */

/* Await(v) with v on the stack; leaves the awaited value. */
static void
compile_await_value (Compiler *c)
{
  E0 (AWAIT);
  E1 (RESUME, RESUME_NO_RETURN);
}

/* After a yield's suspension: [value mode] -> value, or a throw, or the
 * return path (through finally blocks). */
static void
emit_resume (Compiler *c)
{
  guint32 ret = emit_op (c, JS_OP_RESUME, 0, 0, 0) + 1;
  guint32 cont = emit_jump (c, JS_OP_JUMP);
  int depth = c->e->stack;

  patch_here (c, ret);
  if (c->e->fi->async)
    compile_await_value (c);
  emit_return_path (c, c->e->stack - 1);
  c->e->stack = depth;
  patch_here (c, cont);
}

static void
compile_yield_star (Compiler *c, JsAst *n)
{
  gboolean async = c->e->fi->async;
  int mark = c->e->regs, r = reg_alloc (c, 3);
  guint32 loop, done_jump, ret_jump, ret_jump2 = 0;
  int depth;

  compile_expr (c, n->a);
  if (async)
    E2 (GET_ASYNC_ITERATOR, r, NO_CONST);
  else
    E2 (GET_ITERATOR, r, k_utf8 (c, "yield* (intermediate value) is not iterable"));
  E0 (UNDEF);
  E1 (INT, JS_RESUME_NEXT);
  depth = c->e->stack;
  loop = here (c);
  if (!async)
    {
      guint32 at = E3 (YIELD_STAR, r, 0, 0);
      done_jump = at + 2;
      ret_jump = at + 3;
      E0 (YIELD_RAW);
      E1 (JUMP, loop);
    }
  else
    {
      guint32 at = E2 (ASYNC_YIELD_STAR, r, 0);
      ret_jump2 = at + 2;
      compile_await_value (c);
      at = E3 (YIELD_STAR_RESULT, r, 0, 0);
      done_jump = at + 2;
      ret_jump = at + 3;
      E0 (ASYNC_YIELD);
      /* A return resumption awaits its value (AsyncGeneratorUnwrapYieldResumption):
       * a rejection becomes a throw resumption. */
      E0 (DUP);
      E1 (INT, JS_RESUME_RETURN);
      E0 (STRICT_EQ);
      E1 (JUMP_IF_FALSE, loop);
      E0 (POP);
      E0 (AWAIT);
      E0 (DUP);
      E1 (INT, JS_RESUME_NEXT);
      E0 (STRICT_EQ);
      E1 (JUMP_IF_FALSE, loop);
      E0 (POP);
      E1 (INT, JS_RESUME_RETURN);
      E1 (JUMP, loop);
    }
  /* the return path: [value] */
  c->e->stack = depth - 1;
  patch_here (c, ret_jump);
  if (async)
    {
      patch_here (c, ret_jump2);
      compile_await_value (c);
    }
  emit_return_path (c, c->e->stack - 1);
  /* the result: [value] */
  c->e->stack = depth - 1;
  patch_here (c, done_jump);
  reg_release (c, mark);
}

static void
compile_yield (Compiler *c, JsAst *n)
{
  if (n->flags & JS_AST_FLAG_DELEGATE)
    {
      compile_yield_star (c, n);
      return;
    }
  if (n->a != NULL)
    compile_expr (c, n->a);
  else
    E0 (UNDEF);
  if (c->e->fi->async)
    {
      compile_await_value (c);
      E0 (ASYNC_YIELD);
    }
  else
    E0 (YIELD);
  emit_resume (c);
}

/* ------------------------------------------------------------------------
 * Emission: statements
 * ------------------------------------------------------------------------ */

static void
emit_statement_marker (Compiler *c)
{
  if (c->trace)
    E0 (STATEMENT);
}

/* Function declarations of a block or body are created when it is entered. */
static void
emit_hoisted_functions (Compiler *c, JsAst *stmts, gboolean global)
{
  FOR_LIST (l, stmts)
    {
      JsAst *st = l->a;
      while (st != NULL && st->kind == JS_AST_LABELED)
        st = st->a;
      if (st != NULL && st->kind == JS_AST_FUNCTION_DECL && st->a != NULL)
        {
          const JsAst *old = set_node (c, st);
          E1 (CLOSURE, compile_function (c, st, js_intern_utf8 (c->J, st->a->name)));
          if (global)
            E1 (PUT_GLOBAL, k_utf8 (c, st->a->name));
          else
            emit_put_name_value (c, st->a->name, TRUE);
          set_node (c, old);
        }
    }
}

static void
compile_block (Compiler *c, JsAst *block, JsAst *stmts)
{
  Scope *s = g_hash_table_lookup (c->scopes, block);
  int mark = c->e->regs;

  emit_enter_scope (c, s, TRUE);
  emit_hoisted_functions (c, stmts, FALSE);
  compile_statements (c, stmts);
  emit_leave_scope (c, s, mark, TRUE);
}

static void
compile_var_decl (Compiler *c, JsAst *n)
{
  gboolean is_var = (n->flags & JS_AST_FLAG_VAR) != 0;

  FOR_LIST (l, n->a)
    {
      JsAst *d = l->a;
      const JsAst *old = set_node (c, d);

      if (d->b == NULL)
        {
          if (!is_var)
            {
              E0 (UNDEF);
              emit_pattern (c, d->a, PATTERN_INIT, NULL);
            }
        }
      else
        {
          compile_expr_named (c, d->b, name_of_identifier (c, d->a));
          emit_pattern (c, d->a, is_var ? PATTERN_VAR : PATTERN_INIT, d->b);
        }
      set_node (c, old);
    }
}

static Ctx *
push_breakable (Compiler *c, CtxKind kind, GPtrArray *labels)
{
  Ctx *x = ctx_push (c, kind);
  x->labels = labels;
  return x;
}

static void
compile_loop_body (Compiler *c, JsAst *body)
{
  compile_statement (c, body);
}

static void
compile_while (Compiler *c, JsAst *n, GPtrArray *labels)
{
  Ctx *loop = push_breakable (c, CTX_LOOP, labels);
  guint32 top = here (c), exit;

  loop->continue_target = top;
  compile_expr (c, n->a);
  exit = emit_jump (c, JS_OP_JUMP_IF_FALSE);
  compile_loop_body (c, n->b);
  E1 (JUMP, top);
  patch_here (c, exit);
  patch_list_here (c, loop->breaks);
  ctx_pop (c, loop);
}

static void
compile_do_while (Compiler *c, JsAst *n, GPtrArray *labels)
{
  Ctx *loop = push_breakable (c, CTX_LOOP, labels);
  guint32 top = here (c);

  compile_loop_body (c, n->a);
  patch_list_here (c, loop->continues);
  {
    const JsAst *old = set_node (c, n->b);
    compile_expr (c, n->b);
    E1 (JUMP_IF_TRUE, top);
    set_node (c, old);
  }
  patch_list_here (c, loop->breaks);
  ctx_pop (c, loop);
}

static void
compile_for (Compiler *c, JsAst *n, GPtrArray *labels)
{
  Scope *s = g_hash_table_lookup (c->scopes, n);
  int mark = c->e->regs;
  gboolean per_iteration;
  Ctx *loop;
  guint32 top, exit = G_MAXUINT32;

  if (s != NULL)
    emit_enter_scope (c, s, TRUE);
  per_iteration = s != NULL && s->n_slots > 0;
  if (n->a != NULL)
    {
      const JsAst *old = set_node (c, n->a);
      if (n->a->kind == JS_AST_VAR_DECL)
        compile_var_decl (c, n->a);
      else
        compile_discard (c, n->a);
      set_node (c, old);
    }
  if (per_iteration)
    E0 (COPY_SCOPE);
  loop = push_breakable (c, CTX_LOOP, labels);
  top = here (c);
  if (n->b != NULL)
    {
      const JsAst *old = set_node (c, n->b);
      compile_expr (c, n->b);
      exit = emit_jump (c, JS_OP_JUMP_IF_FALSE);
      set_node (c, old);
    }
  compile_loop_body (c, n->d);
  patch_list_here (c, loop->continues);
  if (per_iteration)
    E0 (COPY_SCOPE);
  if (n->c != NULL)
    {
      const JsAst *old = set_node (c, n->c);
      compile_discard (c, n->c);
      set_node (c, old);
    }
  E1 (JUMP, top);
  if (exit != G_MAXUINT32)
    patch_here (c, exit);
  patch_list_here (c, loop->breaks);
  ctx_pop (c, loop);
  if (s != NULL)
    emit_leave_scope (c, s, mark, TRUE);
}

/* Binds the loop value of for-in / for-of to its left side. */
static void
emit_for_binding (Compiler *c, JsAst *left)
{
  if (left->kind == JS_AST_VAR_DECL)
    {
      gboolean is_var = (left->flags & JS_AST_FLAG_VAR) != 0;
      c->e->pattern_origin = ".for";
      emit_pattern (c, left->a->a->a, is_var ? PATTERN_VAR : PATTERN_INIT, NULL);
      c->e->pattern_origin = NULL;
    }
  else
    {
      /* V8 reports an assignment pattern's failure as its first read */
      c->e->pattern_depth++;
      emit_pattern (c, left, PATTERN_ASSIGN, NULL);
      c->e->pattern_depth--;
    }
}

static void
compile_for_in_of (Compiler *c, JsAst *n, GPtrArray *labels)
{
  gboolean is_of = n->kind == JS_AST_FOR_OF;
  gboolean async = is_of && (n->flags & JS_AST_FLAG_AWAIT);
  Scope *s = g_hash_table_lookup (c->scopes, n);
  Scope *head_tdz = g_hash_table_lookup (c->scopes, n->a);
  int mark = c->e->regs;
  int r = reg_alloc (c, is_of ? 3 : 1);
  Ctx *loop, *try_ctx = NULL;
  guint32 top, exit, handler = 0, after;
  int depth;

  {
    const JsAst *old = set_node (c, n->b);
    int head_mark = c->e->regs;
    if (head_tdz != NULL)
      emit_enter_scope (c, head_tdz, TRUE);
    compile_expr (c, n->b);
    if (!is_of)
      E1 (FOR_IN_START, r);
    else if (async)
      E2 (GET_ASYNC_ITERATOR, r, k_not_iterable (c, n->b, TRUE));
    else
      E2 (GET_ITERATOR, r, k_not_iterable (c, n->b, FALSE));
    if (head_tdz != NULL)
      emit_leave_scope (c, head_tdz, head_mark, TRUE);
    set_node (c, old);
  }
  depth = c->e->stack;
  loop = push_breakable (c, CTX_LOOP, labels);
  if (is_of)
    {
      loop->iter_reg = r;
      loop->iter_async = async;
    }
  top = here (c);
  loop->continue_target = top;
  if (!is_of)
    exit = emit_op (c, JS_OP_FOR_IN_NEXT, r, 0, 0) + 2;
  else if (!async)
    exit = emit_op (c, JS_OP_FOR_OF_NEXT, r, 0, 0) + 2;
  else
    {
      E1 (ITER_CALL_NEXT, r);
      compile_await_value (c);
      exit = emit_op (c, JS_OP_ITER_RESULT, r, 0, 0) + 2;
    }
  if (is_of)
    {
      handler = emit_jump (c, JS_OP_TRY);
      try_ctx = ctx_push (c, CTX_TRY);
    }
  if (s != NULL)
    emit_enter_scope (c, s, TRUE);
  emit_for_binding (c, n->a);
  compile_loop_body (c, n->d);
  if (s != NULL)
    emit_leave_scope (c, s, c->e->regs, TRUE);
  if (is_of)
    {
      ctx_pop (c, try_ctx);
      E0 (END_TRY);
    }
  E1 (JUMP, top);
  if (is_of)
    {
      /* The body threw: close the iterator and rethrow. */
      patch_here (c, handler);
      c->e->stack = depth + 1;
      if (async)
        {
          int mark2 = c->e->regs, ex = reg_alloc (c, 1);
          guint32 h2, done;
          E1 (PUT_LOCAL, ex);
          h2 = emit_jump (c, JS_OP_TRY);
          emit_iterator_close (c, r, TRUE);
          E0 (END_TRY);
          done = emit_jump (c, JS_OP_JUMP);
          patch_here (c, h2);
          c->e->stack = depth + 1;
          E0 (POP);
          patch_here (c, done);
          E1 (GET_LOCAL, ex);
          reg_release (c, mark2);
        }
      else
        E1 (ITER_CLOSE_THROW, r);
      E0 (THROW);
    }
  after = here (c);
  patch_to (c, exit, after);
  c->e->stack = depth;
  patch_list_here (c, loop->breaks);
  ctx_pop (c, loop);
  reg_release (c, mark);
}

static void
compile_if (Compiler *c, JsAst *n)
{
  guint32 else_jump;

  {
    const JsAst *old = set_node (c, n->a);
    compile_expr (c, n->a);
    else_jump = emit_jump (c, JS_OP_JUMP_IF_FALSE);
    set_node (c, old);
  }
  compile_statement (c, n->b);
  if (n->c != NULL)
    {
      guint32 end = emit_jump (c, JS_OP_JUMP);
      patch_here (c, else_jump);
      compile_statement (c, n->c);
      patch_here (c, end);
    }
  else
    patch_here (c, else_jump);
}

static void
compile_switch (Compiler *c, JsAst *n, GPtrArray *labels)
{
  Scope *s = g_hash_table_lookup (c->scopes, n);
  int mark = c->e->regs;
  int r = reg_alloc (c, 1);
  GArray *bodies = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint32 default_jump;
  JsAst *default_case = NULL;
  Ctx *sw;
  int i;

  {
    const JsAst *old = set_node (c, n->a);
    compile_expr (c, n->a);
    E1 (PUT_LOCAL, r);
    set_node (c, old);
  }
  emit_enter_scope (c, s, TRUE);
  FOR_LIST (l, n->b)
    emit_hoisted_functions (c, l->a->b, FALSE);
  FOR_LIST (l, n->b)
    {
      JsAst *cs = l->a;
      guint32 j = 0;
      if (cs->a == NULL)
        default_case = cs;
      else
        {
          const JsAst *old = set_node (c, cs->a);
          E1 (GET_LOCAL, r);
          compile_expr (c, cs->a);
          E0 (STRICT_EQ);
          j = emit_jump (c, JS_OP_JUMP_IF_TRUE);
          set_node (c, old);
        }
      g_array_append_val (bodies, j);
    }
  default_jump = emit_jump (c, JS_OP_JUMP);
  sw = push_breakable (c, CTX_SWITCH, labels);
  i = 0;
  FOR_LIST (l, n->b)
    {
      JsAst *cs = l->a;
      if (cs == default_case)
        patch_here (c, default_jump);
      else
        patch_here (c, g_array_index (bodies, guint32, i));
      compile_statements (c, cs->b);
      i++;
    }
  if (default_case == NULL)
    patch_here (c, default_jump);
  patch_list_here (c, sw->breaks);
  ctx_pop (c, sw);
  emit_leave_scope (c, s, mark + 1, TRUE);
  reg_release (c, mark);
  g_array_free (bodies, TRUE);
}

static void
compile_try (Compiler *c, JsAst *n)
{
  Emitter *e = c->e;
  int mark = e->regs;
  Ctx *fin = NULL, *catch_ctx;
  guint32 fin_handler = 0, catch_handler, after_catch, to_finally;
  int depth = e->stack;

  if (n->d != NULL)
    {
      fin = ctx_push (c, CTX_FINALLY);
      fin->kind_reg = reg_alloc (c, 1);
      fin->value_reg = reg_alloc (c, 1);
      fin->finally_jumps = g_array_new (FALSE, FALSE, sizeof (guint32));
      fin->exits = g_array_new (FALSE, FALSE, sizeof (FinallyExit));
      fin_handler = emit_jump (c, JS_OP_TRY);
    }
  if (n->c != NULL)
    {
      Scope *s = g_hash_table_lookup (c->scopes, n);
      int mark2;

      catch_handler = emit_jump (c, JS_OP_TRY);
      catch_ctx = ctx_push (c, CTX_TRY);
      compile_statement (c, n->a);
      ctx_pop (c, catch_ctx);
      E0 (END_TRY);
      after_catch = emit_jump (c, JS_OP_JUMP);
      patch_here (c, catch_handler);
      e->stack = depth + 1;
      mark2 = e->regs;
      emit_enter_scope (c, s, TRUE);
      if (n->b != NULL)
        {
          c->e->pattern_origin = ".catch";
          emit_pattern (c, n->b, PATTERN_INIT, NULL);
          c->e->pattern_origin = NULL;
        }
      else
        E0 (POP);
      compile_statement (c, n->c);
      emit_leave_scope (c, s, mark2, TRUE);
      patch_here (c, after_catch);
    }
  else
    compile_statement (c, n->a);

  if (fin != NULL)
    {
      /* The finally code runs outside the try-finally: a return or break
       * in it does not come back here. */
      e->ctx = fin->prev;
      E0 (END_TRY);
      E1 (INT, JS_COMPLETION_NORMAL);
      E1 (PUT_LOCAL, fin->kind_reg);
      to_finally = emit_jump (c, JS_OP_JUMP);
      patch_here (c, fin_handler);
      e->stack = depth + 1;
      E1 (PUT_LOCAL, fin->value_reg);
      E1 (INT, JS_COMPLETION_THROW);
      E1 (PUT_LOCAL, fin->kind_reg);
      patch_here (c, to_finally);
      patch_list_here (c, fin->finally_jumps);
      compile_statement (c, n->d);
      E2 (FINALLY_END, fin->kind_reg, fin->value_reg);
      if (fin->exits->len > 0)
        {
          GArray *stubs = g_array_new (FALSE, FALSE, sizeof (guint32));
          guint32 end;
          for (guint i = 0; i < fin->exits->len; i++)
            {
              guint32 j;
              E1 (GET_LOCAL, fin->kind_reg);
              E1 (INT, JS_COMPLETION_JUMP + i);
              E0 (STRICT_EQ);
              j = emit_jump (c, JS_OP_JUMP_IF_TRUE);
              g_array_append_val (stubs, j);
            }
          end = emit_jump (c, JS_OP_JUMP);
          for (guint i = 0; i < fin->exits->len; i++)
            {
              FinallyExit *exit = &g_array_index (fin->exits, FinallyExit, i);
              patch_here (c, g_array_index (stubs, guint32, i));
              if (exit->target == NULL)
                {
                  E1 (GET_LOCAL, fin->value_reg);
                  emit_jump_out (c, NULL, FALSE);
                }
              else
                emit_jump_out (c, exit->target, exit->is_continue);
              e->stack = depth;
            }
          patch_here (c, end);
          g_array_free (stubs, TRUE);
        }
      e->ctx = fin;
      ctx_pop (c, fin);
    }
  reg_release (c, mark);
}

static Ctx *
find_jump_target (Compiler *c, const char *label, gboolean is_continue)
{
  for (Ctx *x = c->e->ctx; x != NULL; x = x->prev)
    {
      if (label == NULL)
        {
          if (x->kind == CTX_LOOP || (!is_continue && x->kind == CTX_SWITCH))
            return x;
        }
      else if (x->labels != NULL && (x->kind == CTX_LOOP || !is_continue))
        {
          for (guint i = 0; i < x->labels->len; i++)
            if (strcmp (x->labels->pdata[i], label) == 0)
              return x;
        }
    }
  g_error ("js-compiler: no target for %s %s", is_continue ? "continue" : "break", label != NULL ? label : "");
}

static void
compile_labeled (Compiler *c, JsAst *n)
{
  GPtrArray *labels = g_ptr_array_new ();
  JsAst *st = n;

  while (st->kind == JS_AST_LABELED)
    {
      g_ptr_array_add (labels, (gpointer) st->name);
      st = st->a;
    }
  switch (st->kind)
    {
    case JS_AST_FOR:
      compile_for (c, st, labels);
      break;
    case JS_AST_FOR_IN:
    case JS_AST_FOR_OF:
      compile_for_in_of (c, st, labels);
      break;
    case JS_AST_WHILE:
      compile_while (c, st, labels);
      break;
    case JS_AST_DO_WHILE:
      compile_do_while (c, st, labels);
      break;
    case JS_AST_SWITCH:
      compile_switch (c, st, labels);
      break;
    default:
      {
        Ctx *x = push_breakable (c, CTX_LABEL, labels);
        compile_statement (c, st);
        patch_list_here (c, x->breaks);
        ctx_pop (c, x);
        break;
      }
    }
}

/* with ( Expression ) Statement (14.11.2): the body runs in a scope whose
 * one slot holds ToObject(value); names crossing it check it first. */
static void
compile_with (Compiler *c, JsAst *n)
{
  Scope *s = g_hash_table_lookup (c->scopes, n);
  int mark = c->e->regs;

  compile_expr (c, n->a);
  E0 (TO_OBJECT);
  emit_enter_scope (c, s, TRUE);
  emit_put_binding (c, s->bindings->pdata[0], "%with", TRUE);
  compile_statement (c, n->b);
  emit_leave_scope (c, s, mark, TRUE);
}

static void
compile_statement (Compiler *c, JsAst *n)
{
  const JsAst *old;

  if (n == NULL)
    return;
  old = set_node (c, n);
  if (n->kind != JS_AST_BLOCK && n->kind != JS_AST_EMPTY && n->kind != JS_AST_FUNCTION_DECL &&
      n->kind != JS_AST_LABELED)
    emit_statement_marker (c);
  g_assert (c->e->stack == 0);
  switch (n->kind)
    {
    case JS_AST_VAR_DECL:
      compile_var_decl (c, n);
      break;
    case JS_AST_FUNCTION_DECL:
      {
        gpointer annexb = g_hash_table_lookup (c->annexb, n);
        if (annexb != NULL)
          {
            /* B.3.3: evaluating the declaration copies the block's
             * function into the var of the same name.  A declaration
             * directly in an if clause (B.3.4) has no block: create it here. */
            Binding *b = lookup (c, n->a->name);
            if (b == annexb || (b == NULL && annexb == GINT_TO_POINTER (1)))
              E1 (CLOSURE, compile_function (c, n, js_intern_utf8 (c->J, n->a->name)));
            else
              emit_get_name (c, n->a->name);
            if (annexb == GINT_TO_POINTER (1))
              E1 (PUT_GLOBAL, k_utf8 (c, n->a->name));
            else
              emit_put_binding (c, annexb, n->a->name, TRUE);
          }
        break;
      }
    case JS_AST_CLASS_DECL:
      compile_class (c, n, js_intern_utf8 (c->J, n->a->name));
      emit_init_name (c, n->a->name, TRUE);
      break;
    case JS_AST_EMPTY:
      break;
    case JS_AST_DEBUGGER:
      E0 (DEBUGGER);
      break;
    case JS_AST_EXPR_STMT:
      if (c->e->completion_reg >= 0)
        {
          compile_expr (c, n->a);
          E1 (PUT_LOCAL, c->e->completion_reg);
        }
      else
        compile_discard (c, n->a);
      break;
    case JS_AST_BLOCK:
      compile_block (c, n, n->a);
      break;
    case JS_AST_IF:
      compile_if (c, n);
      break;
    case JS_AST_FOR:
      compile_for (c, n, NULL);
      break;
    case JS_AST_FOR_IN:
    case JS_AST_FOR_OF:
      compile_for_in_of (c, n, NULL);
      break;
    case JS_AST_WHILE:
      compile_while (c, n, NULL);
      break;
    case JS_AST_DO_WHILE:
      compile_do_while (c, n, NULL);
      break;
    case JS_AST_CONTINUE:
    case JS_AST_BREAK:
      {
        gboolean is_continue = n->kind == JS_AST_CONTINUE;
        emit_jump_out (c, find_jump_target (c, n->name, is_continue), is_continue);
        break;
      }
    case JS_AST_RETURN:
      if (n->a != NULL)
        compile_expr (c, n->a);
      else
        E0 (UNDEF);
      if (c->e->fi->async && c->e->fi->generator)
        compile_await_value (c);
      emit_jump_out (c, NULL, FALSE);
      c->e->stack = 0;
      break;
    case JS_AST_THROW:
      compile_expr (c, n->a);
      E0 (THROW);
      c->e->stack = 0;
      break;
    case JS_AST_TRY:
      compile_try (c, n);
      break;
    case JS_AST_SWITCH:
      compile_switch (c, n, NULL);
      break;
    case JS_AST_LABELED:
      compile_labeled (c, n);
      break;
    case JS_AST_WITH:
      compile_with (c, n);
      break;
    default:
      g_error ("js-compiler: unexpected statement %s", js_ast_kind_name (n->kind));
    }
  g_assert (c->e->stack == 0);
  set_node (c, old);
}

static void
compile_statements (Compiler *c, JsAst *list)
{
  FOR_LIST (l, list)
    compile_statement (c, l->a);
}

/* ------------------------------------------------------------------------
 * Emission: functions
 * ------------------------------------------------------------------------ */

static void proto_mark (JsState *J, JsGcInternal *self);
static void proto_finalize (JsState *J, JsGcInternal *self);
static const JsGcInternalClass proto_class = { "FunctionProto", proto_mark, proto_finalize };

static Emitter *
emitter_new (Compiler *c, FuncInfo *fi)
{
  Emitter *e = g_new0 (Emitter, 1);

  e->parent = c->e;
  e->fi = fi;
  e->code = g_array_new (FALSE, FALSE, sizeof (guint32));
  e->consts = g_array_new (FALSE, FALSE, sizeof (JsValue));
  e->atom_index = g_hash_table_new (NULL, NULL);
  e->number_index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  e->children = g_ptr_array_new ();
  e->ranges = g_array_new (FALSE, FALSE, sizeof (JsPcRange));
  e->node = fi->node;
  e->completion_reg = -1;
  return e;
}

static void
emitter_free (Emitter *e)
{
  g_array_free (e->code, TRUE);
  g_array_free (e->consts, TRUE);
  g_hash_table_destroy (e->atom_index);
  g_hash_table_destroy (e->number_index);
  g_ptr_array_free (e->children, TRUE);
  g_array_free (e->ranges, TRUE);
  g_free (e);
}

/* Byte offset of a (line, UTF-16 column) position in the source. */
static guint32
source_offset (Compiler *c, int line, int column)
{
  gsize start, off;
  int units = 0;

  if (line < 1 || (guint) line > c->line_starts->len)
    return (guint32) c->length;
  start = g_array_index (c->line_starts, gsize, line - 1);
  off = start;
  while (off < c->length && units < column - 1 && c->source[off] != '\n')
    {
      guchar ch = (guchar) c->source[off];
      int len = ch < 0x80 ? 1 : ch < 0xE0 ? 2 : ch < 0xF0 ? 3 : 4;
      units += len == 4 ? 2 : 1;
      off += len;
    }
  return (guint32) MIN (off, c->length);
}

/* The offset of the parenthesis that closes the one at `open`, skipping
 * strings and comments (approximately: regexp literals are not). */
static gsize
matching_paren (const char *text, gsize open, gsize end)
{
  int depth = 0;

  for (gsize i = open; i < end; i++)
    {
      char ch = text[i];
      if (ch == '\'' || ch == '"' || ch == '`')
        {
          for (i++; i < end && text[i] != ch; i++)
            if (text[i] == '\\')
              i++;
        }
      else if (ch == '/' && i + 1 < end && text[i + 1] == '/')
        while (i < end && text[i] != '\n')
          i++;
      else if (ch == '/' && i + 1 < end && text[i + 1] == '*')
        {
          for (i += 2; i + 1 < end && !(text[i] == '*' && text[i + 1] == '/'); i++)
            ;
          i++;
        }
      else if (ch == '(')
        depth++;
      else if (ch == ')' && --depth == 0)
        return i;
    }
  return end;
}

/* A parenthesized function's node includes the parentheses; its source
 * text (Function.prototype.toString) does not. */
static void
strip_parentheses (Compiler *c, guint32 *start, guint32 *end)
{
  const char *text = c->source;

  while (*end - *start >= 2 && text[*start] == '(' && text[*end - 1] == ')' &&
         matching_paren (text, *start, *end) == *end - 1)
    {
      (*start)++;
      (*end)--;
      while (*start < *end && g_ascii_isspace (text[*start]))
        (*start)++;
      while (*end > *start && g_ascii_isspace (text[*end - 1]))
        (*end)--;
    }
}

static JsFunctionProto *
finish_proto (Compiler *c, Emitter *e, JsString *name, guint32 length, guint32 flags, const JsAst *node)
{
  JsState *J = c->J;
  JsFunctionProto *p = (JsFunctionProto *) js_gc_alloc_internal (J, &proto_class, sizeof (JsFunctionProto));
  gsize external;

  p->code_length = e->code->len;
  p->code = g_memdup2 (e->code->data, e->code->len * sizeof (guint32));
  p->n_constants = e->consts->len;
  p->constants = g_memdup2 (e->consts->data, e->consts->len * sizeof (JsValue));
  p->n_children = e->children->len;
  p->children = g_memdup2 (e->children->pdata, e->children->len * sizeof (gpointer));
  p->n_ranges = e->ranges->len;
  p->ranges = g_memdup2 (e->ranges->data, e->ranges->len * sizeof (JsPcRange));
  p->n_templates = e->n_templates;
  p->templates = g_new (JsValue, e->n_templates + 1);
  for (guint32 i = 0; i < e->n_templates; i++)
    p->templates[i] = JS_EMPTY;
  p->n_locals = e->max_regs;
  p->n_params = e->n_params;
  p->max_stack = e->max_stack + 1;
  p->max_handlers = e->max_handlers;
  p->length = length;
  p->flags = flags;
  p->name = name != NULL ? name : JS_ATOM (J, empty);
  p->source = js_source_ref (c->src);
  if (node != NULL)
    {
      p->line = node->line;
      p->column = node->column;
      p->source_start = source_offset (c, node->line, node->column);
      p->source_end = source_offset (c, node->end_line, node->end_column);
      if (node->flags & JS_AST_FLAG_PARENTHESIZED)
        strip_parentheses (c, &p->source_start, &p->source_end);
    }
  external = p->code_length * 4 + p->n_constants * 8 + p->n_children * 8 + p->n_ranges * sizeof (JsPcRange) +
             (p->n_templates + 1) * 8;
  js_gc_account (J, (gssize) external);
  return p;
}

static guint32
proto_flags (FuncInfo *fi)
{
  guint32 flags = 0;

  if (fi->strict)
    flags |= JS_PROTO_STRICT;
  if (fi->arrow)
    flags |= JS_PROTO_ARROW;
  if (fi->generator)
    flags |= JS_PROTO_GENERATOR;
  if (fi->async)
    flags |= JS_PROTO_ASYNC;
  if (fi->kind == FN_METHOD || fi->kind == FN_FIELD_INIT || fi->kind == FN_STATIC_INIT)
    flags |= JS_PROTO_METHOD;
  if (fi->kind == FN_CLASS_CTOR || fi->kind == FN_DEFAULT_CTOR)
    flags |= JS_PROTO_CLASS_CONSTRUCTOR;
  if (fi->derived)
    flags |= JS_PROTO_DERIVED;
  if (fi->kind == FN_SCRIPT || fi->kind == FN_MODULE)
    flags |= JS_PROTO_SCRIPT;
  if (fi->this_b != NULL && fi->this_b->referenced)
    flags |= JS_PROTO_USES_THIS;
  return flags;
}

/* The "length" of a function: parameters before the first default or rest. */
static guint32
expected_argument_count (const JsAst *params)
{
  guint32 n = 0;
  FOR_LIST (l, params)
    {
      if (l->a->kind == JS_AST_ASSIGN_PATTERN || l->a->kind == JS_AST_REST)
        break;
      n++;
    }
  return n;
}

/* The mapped arguments object's parameter map (js_arguments_new): per
 * parameter position, the scope slot of the binding it aliases, or -1 for a
 * position whose name a later parameter repeats (10.4.4.7 step 17) or that
 * stays in a register. */
static guint32
k_parameter_slots (Compiler *c, FuncInfo *fi)
{
  JsState *J = c->J;
  guint32 n = c->e->n_params;
  g_autofree JsValue *slots = g_new (JsValue, n + 1);

  for (guint32 i = 0; i < n; i++)
    slots[i] = js_number (-1);
  for (guint i = 0; i < fi->param_scope->bindings->len; i++)
    {
      Binding *b = fi->param_scope->bindings->pdata[i];
      if (b->kind == B_PARAM && b->param_index >= 0 && (guint32) b->param_index < n && b->captured)
        slots[b->param_index] = js_number (b->index);
    }
  return add_const (c, js_object_value (js_array_from_values (J, slots, n)));
}

/* The special bindings' initial values, once the scope exists. */
static void
emit_specials (Compiler *c, FuncInfo *fi)
{
  Binding *b;

  if ((b = fi->this_b) != NULL && (b->referenced || b->captured))
    {
      if (b->captured)
        {
          E0 (THIS);
          E2 (PUT_SCOPE, 0, b->index);
        }
      else if (fi->derived)
        {
          b->index = reg_alloc (c, 1);
          E0 (THIS);
          E1 (PUT_LOCAL, b->index);
        }
    }
  if ((b = fi->func_b) != NULL && b->captured)
    {
      E0 (CALLEE);
      E2 (PUT_SCOPE, 0, b->index);
    }
  if ((b = fi->new_target_b) != NULL && b->captured)
    {
      E0 (NEW_TARGET);
      E2 (PUT_SCOPE, 0, b->index);
    }
  if ((b = fi->arguments_b) != NULL && b->referenced)
    {
      E2 (ARGUMENTS, fi->mapped_arguments ? 1 : 0, fi->mapped_arguments ? k_parameter_slots (c, fi) : NO_CONST);
      emit_put_binding (c, b, "arguments", TRUE);
    }
}

static void emit_field_init_body (Compiler *c, FuncInfo *fi);
static void emit_static_init_body (Compiler *c, FuncInfo *fi);

/* A function with a direct eval starts with an empty eval variable object
 * (no prototype: only what eval code declares is in it). */
static void
emit_new_eval_vars (Compiler *c, FuncInfo *fi)
{
  E1 (OBJECT, 0);
  E0 (NULL);
  E0 (SET_PROTO_LITERAL);
  emit_put_binding (c, fi->eval_vars_b, fi->eval_vars_b->name, TRUE);
}

static JsFunctionProto *
emit_function (Compiler *c, FuncInfo *fi, JsString *name)
{
  Emitter *e = emitter_new (c, fi);
  JsAst *fn = fi->node;
  gboolean is_function = fn != NULL && is_function_node (fn);
  JsAst *params = is_function ? fn->b : NULL;
  JsAst *body = is_function ? fn->c : fi->kind == FN_SCRIPT || fi->kind == FN_MODULE ? fn->a : NULL;
  gboolean expression_body = is_function && (fn->flags & JS_AST_FLAG_EXPRESSION_BODY);
  gboolean simple = !is_function || params_simple (fn);
  guint32 length = is_function ? expected_argument_count (params) : 0;
  guint32 n_params = 0;
  JsFunctionProto *proto;
  Scope *ps = fi->param_scope;

  c->e = e;
  if (is_function && simple)
    n_params = list_length (params);
  else if (fi->kind == FN_MODULE)
    n_params = 5;
  e->regs = e->max_regs = n_params;
  e->n_params = n_params;
  if (ps != NULL && simple)
    for (guint i = 0; i < ps->bindings->len; i++)
      {
        Binding *b = ps->bindings->pdata[i];
        if (b->kind == B_PARAM && !b->captured)
          b->index = b->param_index;
      }

  if (fi->kind == FN_DEFAULT_CTOR)
    {
      ClassInfo *ci = fi->cls;
      if (fi->derived)
        {
          E0 (CALLEE);
          E0 (NEW_TARGET);
          E0 (SUPER_CALL_FORWARD);
          E0 (CALLEE);
          E0 (INIT_FIELDS);
          E0 (RETURN);
        }
      else
        {
          if (ci->field_init != NULL)
            {
              E0 (THIS);
              E0 (CALLEE);
              E0 (INIT_FIELDS);
              E0 (POP);
            }
          E0 (UNDEF);
          E0 (RETURN);
        }
      proto = finish_proto (c, e, name, 0, proto_flags (fi), fn);
      c->e = e->parent;
      emitter_free (e);
      return proto;
    }

  /* Prologue (FunctionDeclarationInstantiation, 10.2.11) */
  if (fi->async && !fi->generator)
    E0 (ASYNC_START);
  if (fi->callee_scope != NULL)
    {
      Binding *b = fi->callee_scope->bindings->pdata[0];
      e->scope = fi->callee_scope;
      if (b->captured)
        {
          E1 (PUSH_SCOPE, fi->callee_scope->n_slots);
          E0 (CALLEE);
          E2 (PUT_SCOPE, 0, b->index);
        }
      else if (b->referenced)
        {
          b->index = reg_alloc (c, 1);
          E0 (CALLEE);
          E1 (PUT_LOCAL, b->index);
        }
    }
  emit_enter_scope (c, ps, FALSE);
  emit_specials (c, fi);
  if (fi->eval_vars_b != NULL)
    emit_new_eval_vars (c, fi);
  if (simple)
    for (guint i = 0; i < ps->bindings->len; i++)
      {
        Binding *b = ps->bindings->pdata[i];
        if (b->kind == B_PARAM && b->captured && b->param_index >= 0)
          {
            E1 (GET_LOCAL, b->param_index);
            E2 (PUT_SCOPE, 0, b->index);
          }
      }
  if (fi->kind == FN_CLASS_CTOR && !fi->derived && fi->cls != NULL && fi->cls->field_init != NULL)
    {
      E0 (THIS);
      E0 (CALLEE);
      E0 (INIT_FIELDS);
      E0 (POP);
    }
  if (!simple)
    {
      int i = 0;
      FOR_LIST (l, params)
        {
          JsAst *p = l->a, *target = p;
          const JsAst *old = set_node (c, p);
          if (p->kind == JS_AST_REST)
            {
              E1 (REST, i);
              target = p->a;
            }
          else
            {
              E1 (ARG, i);
              if (p->kind == JS_AST_ASSIGN_PATTERN)
                {
                  guint32 skip = emit_jump (c, JS_OP_JUMP_IF_NOT_UNDEF_KEEP);
                  compile_expr_named (c, p->b, name_of_identifier (c, p->a));
                  patch_here (c, skip);
                  target = p->a;
                  /* V8 desugars the default into a conditional */
                  c->e->pattern_origin = "(intermediate value)(intermediate value)(intermediate value)";
                }
            }
          emit_pattern (c, target, PATTERN_INIT, NULL);
          c->e->pattern_origin = NULL;
          set_node (c, old);
          i++;
        }
    }
  if (fi->body_scope != ps)
    {
      Scope *bs = fi->body_scope;
      emit_enter_scope (c, bs, FALSE);
      for (guint i = 0; i < bs->bindings->len; i++)
        {
          Binding *b = bs->bindings->pdata[i];
          if (b->shadowed_param != NULL)
            {
              Scope *saved = e->scope;
              e->scope = bs;
              emit_get_binding (c, b->shadowed_param, b->name, FALSE, FALSE);
              emit_put_binding (c, b, b->name, TRUE);
              e->scope = saved;
            }
        }
    }

  switch (fi->kind)
    {
    case FN_SCRIPT:
      if (c->global_decls->len > 0)
        {
          JsObject *decls = js_array_new (c->J, c->global_decls->len);
          for (guint i = 0; i < c->global_decls->len; i += 2)
            {
              js_array_push (c->J, decls, js_number (GPOINTER_TO_INT (c->global_decls->pdata[i])));
              js_array_push (c->J, decls, js_string_value (js_intern_utf8 (c->J, c->global_decls->pdata[i + 1])));
            }
          E1 (DECLARE_GLOBALS, add_const (c, js_object_value (decls)));
        }
      if (c->eval_var_scope != NULL)
        for (guint i = 0; i < c->eval_var_names->len; i++)
          {
            emit_get_binding (c, c->eval_var_scope->dynamic, c->eval_var_scope->dynamic->name, FALSE, FALSE);
            E1 (DECLARE_VAR, k_utf8 (c, c->eval_var_names->pdata[i]));
          }
      emit_hoisted_functions (c, body, !c->direct_eval || c->eval_vars_global);
      if (c->eval)
        e->completion_reg = reg_alloc (c, 1);
      compile_statements (c, body);
      if (c->eval)
        {
          E1 (GET_LOCAL, e->completion_reg);
          E0 (RETURN);
        }
      break;
    case FN_FIELD_INIT:
      emit_field_init_body (c, fi);
      break;
    case FN_STATIC_INIT:
      emit_static_init_body (c, fi);
      break;
    default:
      if (!expression_body)
        emit_hoisted_functions (c, body, FALSE);
      if (fi->generator)
        {
          if (fi->async)
            E0 (ASYNC_GENERATOR_START);
          else
            E0 (GENERATOR_START);
        }
      if (expression_body)
        {
          const JsAst *old = set_node (c, body);
          compile_expr (c, body);
          emit_jump_out (c, NULL, FALSE);
          set_node (c, old);
          e->stack = 0;
        }
      else
        compile_statements (c, body);
      break;
    }
  if (!expression_body)
    {
      /* Falling off the end returns undefined (for ranges: the closing brace). */
      E0 (UNDEF);
      emit_jump_out (c, NULL, FALSE);
    }
  proto = finish_proto (c, e, name, length, proto_flags (fi), fn);
  c->e = e->parent;
  emitter_free (e);
  return proto;
}

static guint32
compile_function (Compiler *c, JsAst *fn, JsString *name)
{
  FuncInfo *fi = g_hash_table_lookup (c->funcs, fn);
  JsFunctionProto *p;

  g_assert (fi != NULL);
  if (name == NULL && fn->a != NULL)
    name = js_intern_utf8 (c->J, fn->a->name);
  p = emit_function (c, fi, name);
  g_ptr_array_add (c->e->children, p);
  return c->e->children->len - 1;
}

static guint32
add_child (Compiler *c, JsFunctionProto *p)
{
  g_ptr_array_add (c->e->children, p);
  return c->e->children->len - 1;
}

/* ------------------------------------------------------------------------
 * Emission: classes (ClassDefinitionEvaluation, 15.7.14)
 * ------------------------------------------------------------------------ */

static gboolean
member_is_private (const JsAst *m)
{
  return m->a != NULL && m->a->kind == JS_AST_PRIVATE_NAME;
}

static gboolean
member_is_constructor (const JsAst *m)
{
  return (m->flags & JS_AST_FLAG_METHOD) && m->b != NULL && (m->b->flags & JS_AST_FLAG_CLASS_CONSTRUCTOR);
}

/* The name a member's function gets: "x", "get x", "#x", "[desc]" (runtime). */
static JsString *
member_function_name (Compiler *c, const JsAst *m)
{
  const char *prefix = (m->flags & JS_AST_FLAG_GETTER) ? "get " : (m->flags & JS_AST_FLAG_SETTER) ? "set " : NULL;
  JsString *key;

  if (member_is_private (m))
    key = js_intern_utf8 (c->J, private_binding_name (m->a));
  else if (m->flags & JS_AST_FLAG_COMPUTED)
    return NULL;
  else
    key = atom_of_key (c, m->a);
  return prefixed_name (c, prefix, key);
}

/* A method's function; its source text (Function.prototype.toString)
 * starts after `static`, as V8 shows it. */
static guint32
compile_member_function (Compiler *c, JsAst *m)
{
  guint32 index = compile_function (c, m->b, member_function_name (c, m));

  if (m->flags & JS_AST_FLAG_STATIC)
    {
      JsFunctionProto *p = c->e->children->pdata[index];
      const char *text = c->source + p->source_start;
      if (p->source_end - p->source_start > 6 && strncmp (text, "static", 6) == 0 && g_ascii_isspace (text[6]))
        {
          p->source_start += 6;
          while (p->source_start < p->source_end && g_ascii_isspace (c->source[p->source_start]))
            p->source_start++;
        }
    }
  return index;
}

static guint32
private_kind (const JsAst *m)
{
  if (m->flags & JS_AST_FLAG_GETTER)
    return JS_PRIVATE_GETTER;
  if (m->flags & JS_AST_FLAG_SETTER)
    return JS_PRIVATE_SETTER;
  if (m->flags & JS_AST_FLAG_FIELD)
    return JS_PRIVATE_FIELD;
  return JS_PRIVATE_METHOD;
}

static void
compile_class (Compiler *c, JsAst *node, JsString *name)
{
  ClassInfo *ci = g_hash_table_lookup (c->classes, node);
  Emitter *e = c->e;
  int mark = e->regs;
  JsString *class_name = node->a != NULL ? js_intern_utf8 (c->J, node->a->name) : name;
  const JsAst *old = set_node (c, node);

  emit_enter_scope (c, ci->scope, TRUE);
  for (guint i = 0; i < ci->scope->bindings->len; i++)
    {
      Binding *b = ci->scope->bindings->pdata[i];
      if (b->kind == B_HIDDEN && b->name[0] == '#')
        {
          E1 (NEW_PRIVATE_NAME, k_utf8 (c, b->name));
          emit_put_binding (c, b, b->name, TRUE);
        }
    }
  if (node->b != NULL)
    compile_expr (c, node->b);
  else
    E0 (UNDEF);
  if (ci->default_ctor != NULL)
    E1 (CLOSURE, add_child (c, emit_function (c, ci->default_ctor, class_name)));
  else
    FOR_LIST (l, node->c)
      if (member_is_constructor (l->a))
        E1 (CLOSURE, compile_function (c, l->a->b, class_name != NULL ? class_name : JS_ATOM (c->J, empty)));
  E1 (CLASS, node->b != NULL);

  FOR_LIST (l, node->c)
    {
      JsAst *m = l->a;
      gboolean is_static = (m->flags & JS_AST_FLAG_STATIC) != 0;
      const JsAst *old_m = set_node (c, m);

      if (member_is_constructor (m) || (m->flags & JS_AST_FLAG_STATIC_BLOCK))
        ;
      else if (m->flags & JS_AST_FLAG_FIELD)
        {
          if ((m->flags & JS_AST_FLAG_COMPUTED) && !member_is_private (m))
            {
              Binding *b = g_hash_table_lookup (ci->member_binding, m);
              compile_expr (c, m->a);
              E0 (TO_KEY);
              emit_put_binding (c, b, b->name, TRUE);
            }
        }
      else if (member_is_private (m))
        {
          if (!is_static)
            {
              Binding *b = g_hash_table_lookup (ci->member_binding, m);
              E0 (DUP);
              E1 (CLOSURE, compile_member_function (c, m));
              E1 (SET_HOME_OBJECT, 1);
              E0 (NIP);
              emit_put_binding (c, b, b->name, TRUE);
            }
          else
            {
              E1 (PICK, 1);
              emit_private_name (c, m->a);
              E1 (CLOSURE, compile_member_function (c, m));
              E1 (SET_HOME_OBJECT, 2);
              E1 (DEFINE_PRIVATE, private_kind (m));
              E0 (POP);
            }
        }
      else
        {
          guint32 flags = 0;
          if (m->flags & JS_AST_FLAG_GETTER)
            flags |= JS_METHOD_GETTER;
          else if (m->flags & JS_AST_FLAG_SETTER)
            flags |= JS_METHOD_SETTER;
          if (is_static)
            E0 (SWAP);
          if (m->flags & JS_AST_FLAG_COMPUTED)
            {
              compile_expr (c, m->a);
              E0 (TO_KEY);
              flags |= JS_METHOD_SET_NAME;
            }
          else
            E1 (CONST, k_atom (c, atom_of_key (c, m->a)));
          E1 (CLOSURE, compile_member_function (c, m));
          E1 (DEFINE_METHOD, flags);
          if (is_static)
            E0 (SWAP);
        }
      set_node (c, old_m);
    }
  if (ci->field_init != NULL)
    {
      E0 (SWAP);
      E1 (CLOSURE, add_child (c, emit_function (c, ci->field_init, JS_ATOM (c->J, empty))));
      E0 (SET_CLASS_FIELDS);
      E0 (SWAP);
    }
  E0 (POP);
  if (ci->inner != NULL)
    {
      E0 (DUP);
      emit_put_binding (c, ci->inner, ci->inner->name, TRUE);
    }
  if (ci->static_init != NULL)
    {
      E0 (DUP);
      E1 (CLOSURE, add_child (c, emit_function (c, ci->static_init, JS_ATOM (c->J, empty))));
      E1 (SET_HOME_OBJECT, 1);
      E2 (CALL, 0, NO_CONST);
      E0 (POP);
    }
  emit_leave_scope (c, ci->scope, mark, TRUE);
  set_node (c, old);
}

/* A field's key on the stack: the private name, the computed key, or the constant. */
static void
emit_field_key (Compiler *c, ClassInfo *ci, JsAst *m)
{
  if (member_is_private (m))
    emit_private_name (c, m->a);
  else if (m->flags & JS_AST_FLAG_COMPUTED)
    {
      Binding *b = g_hash_table_lookup (ci->member_binding, m);
      emit_get_binding (c, b, b->name, FALSE, FALSE);
    }
  else
    E1 (CONST, k_atom (c, atom_of_key (c, m->a)));
}

/* DefineField (7.3.33): this[key] = initializer */
static void
emit_define_field (Compiler *c, ClassInfo *ci, JsAst *m)
{
  const JsAst *old = set_node (c, m);

  E0 (THIS);
  emit_field_key (c, ci, m);
  if (m->b == NULL)
    E0 (UNDEF);
  else if (member_is_private (m) || !(m->flags & JS_AST_FLAG_COMPUTED))
    compile_expr_named (c, m->b, member_function_name (c, m));
  else
    {
      compile_expr (c, m->b);
      if (is_anonymous_function (m->b))
        E1 (SET_FUNCTION_NAME, 0);
    }
  if (member_is_private (m))
    E1 (DEFINE_PRIVATE, JS_PRIVATE_FIELD);
  else
    E0 (DEFINE_ELEM);
  E0 (POP);
  set_node (c, old);
}

/* InitializeInstanceElements (7.3.34): private methods, then fields. */
static void
emit_field_init_body (Compiler *c, FuncInfo *fi)
{
  ClassInfo *ci = fi->cls;

  FOR_LIST (l, ci->node->c)
    {
      JsAst *m = l->a;
      if (member_is_private (m) && !(m->flags & (JS_AST_FLAG_FIELD | JS_AST_FLAG_STATIC)))
        {
          Binding *b = g_hash_table_lookup (ci->member_binding, m);
          E0 (THIS);
          emit_private_name (c, m->a);
          emit_get_binding (c, b, b->name, FALSE, FALSE);
          E1 (DEFINE_PRIVATE, private_kind (m));
          E0 (POP);
        }
    }
  FOR_LIST (l, ci->node->c)
    {
      JsAst *m = l->a;
      if ((m->flags & JS_AST_FLAG_FIELD) && !(m->flags & JS_AST_FLAG_STATIC))
        emit_define_field (c, ci, m);
    }
}

static void
emit_static_init_body (Compiler *c, FuncInfo *fi)
{
  ClassInfo *ci = fi->cls;

  FOR_LIST (l, ci->node->c)
    {
      JsAst *m = l->a;
      if ((m->flags & JS_AST_FLAG_FIELD) && (m->flags & JS_AST_FLAG_STATIC))
        emit_define_field (c, ci, m);
      else if (m->flags & JS_AST_FLAG_STATIC_BLOCK)
        {
          const JsAst *old = set_node (c, m->b);
          compile_block (c, m->b, m->b->a);
          set_node (c, old);
        }
    }
}

/* ------------------------------------------------------------------------
 * Function prototypes
 * ------------------------------------------------------------------------ */

JsSource *
js_source_ref (JsSource *source)
{
  if (source != NULL)
    g_atomic_int_inc (&source->ref_count);
  return source;
}

void
js_source_unref (JsSource *source)
{
  if (source != NULL && g_atomic_int_dec_and_test (&source->ref_count))
    {
      g_free (source->text);
      g_free (source->filename);
      g_free (source);
    }
}

static void
proto_mark (JsState *J, JsGcInternal *self)
{
  JsFunctionProto *p = (JsFunctionProto *) self;

  for (guint32 i = 0; i < p->n_constants; i++)
    js_gc_mark_value (J, p->constants[i]);
  for (guint32 i = 0; i < p->n_children; i++)
    js_gc_mark_thing (J, (JsGc *) p->children[i]);
  for (guint32 i = 0; i < p->n_templates; i++)
    js_gc_mark_value (J, p->templates[i]);
  js_gc_mark_thing (J, (JsGc *) p->name);
}

static void
proto_finalize (JsState *J, JsGcInternal *self)
{
  JsFunctionProto *p = (JsFunctionProto *) self;
  gsize external = p->code_length * 4 + p->n_constants * 8 + p->n_children * 8 + p->n_ranges * sizeof (JsPcRange) +
                   (p->n_templates + 1) * 8;

  js_gc_account (J, -(gssize) external);
  g_free (p->code);
  g_free (p->constants);
  g_free (p->children);
  g_free (p->ranges);
  g_free (p->trace_ranges);
  g_free (p->templates);
  js_source_unref (p->source);
}

const char *
js_proto_get_source (JsFunctionProto *proto, gsize *length)
{
  if (proto->source == NULL || proto->source_end <= proto->source_start)
    return NULL;
  *length = proto->source_end - proto->source_start;
  return proto->source->text + proto->source_start;
}

gboolean
js_proto_range_at (JsFunctionProto *proto, guint32 pc, JsSourceRange *range)
{
  guint32 lo = 0, hi = proto->n_ranges;

  if (hi == 0 || proto->ranges[0].pc > pc)
    return FALSE;
  /* the last entry whose pc <= pc */
  while (hi - lo > 1)
    {
      guint32 mid = (lo + hi) / 2;
      if (proto->ranges[mid].pc <= pc)
        lo = mid;
      else
        hi = mid;
    }
  *range = proto->ranges[lo].range;
  return TRUE;
}

static void
dump_value (GString *out, JsValue v)
{
  if (js_is_string (v))
    {
      char *s = js_string_to_utf8 (js_get_string (v));
      char *escaped = g_strescape (s, NULL);
      g_string_append_printf (out, "\"%s\"", escaped);
      g_free (escaped);
      g_free (s);
    }
  else if (js_is_number (v))
    append_number (out, js_get_number (v));
  else if (js_is_object (v))
    g_string_append (out, "<object>");
  else
    g_string_append (out, "<value>");
}

static void
dump_proto (GString *out, JsFunctionProto *p, int depth)
{
  char *name = js_string_to_utf8 (p->name);
  guint32 pc = 0, r = 0;

  g_string_append_printf (out, "%*sfunction %s (length %u, registers %u, stack %u, handlers %u, %u:%u)\n",
                          depth * 2, "", name[0] != '\0' ? name : "<anonymous>", p->length, p->n_locals,
                          p->max_stack, p->max_handlers, p->line, p->column);
  g_free (name);
  while (pc < p->code_length)
    {
      guint32 op = p->code[pc];
      int n = op < JS_N_OPS ? js_op_operands[op] : 0;

      while (r + 1 < p->n_ranges && p->ranges[r + 1].pc <= pc)
        r++;
      g_string_append_printf (out, "%*s%5u  %-22s", depth * 2, "", pc, op < JS_N_OPS ? js_op_names[op] : "?");
      for (int i = 0; i < n; i++)
        {
          guint32 v = p->code[pc + 1 + i];
          if (v == G_MAXUINT32)
            g_string_append (out, " -");
          else
            g_string_append_printf (out, " %u", v);
        }
      switch (op)
        {
        case JS_OP_CONST: case JS_OP_GET_PROP: case JS_OP_PUT_PROP: case JS_OP_SET_PROP:
        case JS_OP_GET_GLOBAL: case JS_OP_GET_GLOBAL_TYPEOF: case JS_OP_PUT_GLOBAL: case JS_OP_DELETE_PROP:
        case JS_OP_DEFINE_FIELD: case JS_OP_INIT_GLOBAL_LEX: case JS_OP_NEW_PRIVATE_NAME:
          g_string_append (out, "  ; ");
          dump_value (out, p->constants[p->code[pc + 1]]);
          break;
        case JS_OP_CALL: case JS_OP_NEW:
          if (p->code[pc + 2] != G_MAXUINT32)
            {
              g_string_append (out, "  ; ");
              dump_value (out, p->constants[p->code[pc + 2]]);
            }
          break;
        default:
          break;
        }
      if (p->n_ranges > 0 && p->ranges[r].pc <= pc)
        g_string_append_printf (out, "  @%d:%d", p->ranges[r].range.line, p->ranges[r].range.column);
      g_string_append_c (out, '\n');
      pc += 1 + n;
    }
  for (guint32 i = 0; i < p->n_children; i++)
    dump_proto (out, p->children[i], depth + 1);
}

char *
js_proto_dump (JsFunctionProto *proto)
{
  GString *out = g_string_new (NULL);
  dump_proto (out, proto, 0);
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------------
 * Entry point
 * ------------------------------------------------------------------------ */

static void
compiler_free (Compiler *c)
{
  for (guint i = 0; i < c->garbage_scopes->len; i++)
    scope_free (c->garbage_scopes->pdata[i]);
  g_ptr_array_free (c->garbage_scopes, TRUE);
  g_ptr_array_free (c->garbage_funcs, TRUE);
  g_ptr_array_free (c->garbage_bindings, TRUE);
  for (guint i = 0; i < c->garbage_classes->len; i++)
    {
      ClassInfo *ci = c->garbage_classes->pdata[i];
      g_hash_table_destroy (ci->member_binding);
      g_free (ci);
    }
  g_ptr_array_free (c->garbage_classes, TRUE);
  g_hash_table_destroy (c->scopes);
  g_hash_table_destroy (c->funcs);
  g_hash_table_destroy (c->classes);
  g_hash_table_destroy (c->annexb);
  g_ptr_array_free (c->global_decls, TRUE);
  g_ptr_array_free (c->eval_var_names, TRUE);
  g_hash_table_destroy (c->brand_messages);
  g_array_free (c->line_starts, TRUE);
  js_source_unref (c->src);
}

/* Rebuilds the scopes a direct eval call site described (k_eval_scopes) as
 * compile-time scopes with the slots they have at run time, outermost
 * first; returns the innermost. */
static Scope *
describe_caller_scopes (Compiler *c, JsObject *scopes)
{
  JsState *J = c->J;
  FuncInfo *caller = func_new (c, FN_NORMAL, NULL, NULL);
  Scope *parent = NULL;

  caller->strict = js_to_boolean (js_get_index (J, js_object_value (scopes), 0));
  for (guint32 i = js_array_length (scopes); i > 2; i--)
    {
      JsValue record = js_get_index (J, js_object_value (scopes), i - 1);
      guint32 n = js_array_length (js_get_object (record));
      Scope *s = scope_new (c, SCOPE_BLOCK, parent, caller);

      s->described = TRUE;
      if (js_to_boolean (js_get_index (J, record, 0)))
        c->eval_var_scope = s;
      for (guint32 j = 1; j + 3 < n + 1; j += 4)
        {
          char *utf8 = js_string_to_utf8 (js_get_string (js_get_index (J, record, j)));
          const char *name = g_intern_string (utf8);
          BindingKind kind = (BindingKind) js_to_number (J, js_get_index (J, record, j + 1));
          Binding *b = declare (c, s, name, kind, NULL);

          g_free (utf8);
          b->captured = TRUE;
          b->referenced = TRUE;
          b->index = (int) js_to_number (J, js_get_index (J, record, j + 2));
          b->needs_check = js_to_boolean (js_get_index (J, record, j + 3));
          b->lexical = b->lexical || b->needs_check;
          s->n_slots = MAX (s->n_slots, b->index + 1);
          if (strcmp (name, "%with") == 0 || strcmp (name, "%evalvars") == 0)
            {
              s->dynamic = b;
              s->dynamic_is_with = name[1] == 'w';
              c->has_dynamic = TRUE;
            }
        }
      parent = s;
    }
  return parent;
}

/* `eval_scopes`: direct eval code, compiled against the caller's scopes
 * (js_compile_direct_eval); NULL otherwise. */
static JsObject *
compile_source (JsState *J, const char *source, gsize length, const char *filename, JsCompileMode mode, gboolean eval,
                JsObject *eval_scopes, JsScope *eval_scope)
{
  JsAstArena *arena = js_ast_arena_new ();
  JsSyntaxError error = { 0 };
  JsAst *script;
  Compiler c = { 0 };
  FuncInfo *top;
  JsFunctionProto *proto;
  Scope *caller_scope = NULL;
  JsParseGoal goal = mode == JS_COMPILE_NODE_MODULE ? JS_PARSE_FUNCTION_BODY
                   : mode == JS_COMPILE_NODE_ES_MODULE ? JS_PARSE_ASYNC_MODULE_BODY : JS_PARSE_SCRIPT;
  static const char *const module_params[] = { "exports", "require", "module", "__filename", "__dirname" };

  if (eval_scopes != NULL)
    {
      JsValue chain = js_object_value (eval_scopes);
      goal = js_to_boolean (js_get_index (J, chain, 1)) ? JS_PARSE_EVAL_IN_SCRIPT : JS_PARSE_EVAL_IN_FUNCTION;
      if (js_to_boolean (js_get_index (J, chain, 0)))
        goal |= JS_PARSE_STRICT;
    }
  script = js_parse (arena, source, length, goal, &error);
  if (script == NULL)
    {
      JsObject *e;
      J->error_line = error.line;
      J->error_column = error.column;
      g_free (J->error_note);
      J->error_note = error.open_line > 0 ? g_strdup_printf ("unclosed '%s' at %d:%d", error.open_token,
                                                             error.open_line, error.open_column)
                                          : NULL;
      e = js_error_new_utf8 (J, JS_SYNTAX_ERROR, "%s", error.message != NULL ? error.message : "Invalid or unexpected token");
      js_syntax_error_clear (&error);
      js_ast_arena_free (arena);
      js_throw (J, js_object_value (e));
    }

  c.J = J;
  c.eval = eval;
  c.source = source;
  c.length = length;
  c.trace = J->options.record_trace;
  c.src = g_new0 (JsSource, 1);
  c.src->ref_count = 1;
  c.src->text = g_strndup (source, length);
  c.src->length = length;
  c.src->filename = g_strdup (filename != NULL ? filename : "");
  c.line_starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  {
    /* The lexer's line terminators: LF, CR, CRLF, U+2028, U+2029. */
    gsize zero = 0;
    g_array_append_val (c.line_starts, zero);
    for (gsize i = 0; i < length; i++)
      {
        gsize next;
        if (source[i] == '\n' || (source[i] == '\r' && (i + 1 >= length || source[i + 1] != '\n')))
          next = i + 1;
        else if (i + 2 < length && (guchar) source[i] == 0xE2 && (guchar) source[i + 1] == 0x80 &&
                 ((guchar) source[i + 2] == 0xA8 || (guchar) source[i + 2] == 0xA9))
          next = i + 3;
        else
          continue;
        g_array_append_val (c.line_starts, next);
      }
  }
  c.scopes = g_hash_table_new (NULL, NULL);
  c.funcs = g_hash_table_new (NULL, NULL);
  c.classes = g_hash_table_new (NULL, NULL);
  c.annexb = g_hash_table_new (NULL, NULL);
  c.garbage_scopes = g_ptr_array_new ();
  c.garbage_funcs = g_ptr_array_new_with_free_func (g_free);
  c.garbage_bindings = g_ptr_array_new_with_free_func (g_free);
  c.garbage_classes = g_ptr_array_new ();
  c.global_decls = g_ptr_array_new ();
  c.brand_messages = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  c.eval_var_names = g_ptr_array_new ();

  /* Analysis */
  top = func_new (&c, mode == JS_COMPILE_CLASSIC_SCRIPT ? FN_SCRIPT : FN_MODULE, script, NULL);
  top->strict = (script->flags & JS_AST_FLAG_STRICT) != 0;
  top->async = mode == JS_COMPILE_NODE_ES_MODULE;
  if (eval_scopes != NULL)
    {
      c.direct_eval = TRUE;
      caller_scope = describe_caller_scopes (&c, eval_scopes);
      /* strict eval code keeps its vars to itself (19.2.1.3 step 2) */
      if (top->strict)
        c.eval_var_scope = NULL;
      c.eval_vars_global = !top->strict && goal == JS_PARSE_EVAL_IN_SCRIPT;
    }
  top->param_scope = scope_new (&c, SCOPE_FUNCTION, caller_scope, top);
  /* direct eval code sees the caller's this, new.target and arguments */
  if (eval_scopes == NULL)
    declare_specials (&c, top);
  if (mode == JS_COMPILE_NODE_MODULE)
    for (int i = 0; i < 5; i++)
      declare (&c, top->param_scope, module_params[i], B_PARAM, NULL)->param_index = i;
  /* an ES module's import declarations call its loader and import.meta
   * reads its meta object (js-module.c): its arguments, under names no
   * script can write */
  if (mode == JS_COMPILE_NODE_ES_MODULE)
    {
      declare (&c, top->param_scope, "%import", B_PARAM, NULL)->param_index = 0;
      declare (&c, top->param_scope, "%meta", B_PARAM, NULL)->param_index = 1;
    }
  analyze_function_body (&c, top, NULL, script->a, FALSE);
  if (c.eval_missing_private != NULL)
    {
      JsObject *e = js_error_new_utf8 (J, JS_SYNTAX_ERROR, "Private field '#%s' must be declared in an enclosing class",
                                       c.eval_missing_private);
      compiler_free (&c);
      js_ast_arena_free (arena);
      js_throw (J, js_object_value (e));
    }
  if (c.eval_conflict != NULL)
    {
      JsObject *e = js_error_new_utf8 (J, JS_SYNTAX_ERROR, "Identifier '%s' has already been declared", c.eval_conflict);
      compiler_free (&c);
      js_ast_arena_free (arena);
      js_throw (J, js_object_value (e));
    }
  assign_scope_slots (&c);

  /* Emission */
  proto = emit_function (&c, top, JS_ATOM (J, empty));
  compiler_free (&c);
  js_ast_arena_free (arena);
  return js_closure_new (J, proto, eval_scope);
}

JsObject *
js_compile (JsState *J, const char *source, gsize length, const char *filename, JsCompileMode mode)
{
  return compile_source (J, source, length, filename, mode, FALSE, NULL, NULL);
}

JsObject *
js_compile_direct_eval (JsState *J, const char *source, gsize length, JsObject *scopes, JsScope *scope)
{
  return compile_source (J, source, length, "eval", JS_COMPILE_CLASSIC_SCRIPT, TRUE, scopes, scope);
}

JsValue
js_eval (JsState *J, const char *source, gsize length, const char *filename)
{
  JsObject *script = compile_source (J, source, length, filename, JS_COMPILE_CLASSIC_SCRIPT, TRUE, NULL, NULL);

  return js_call (J, js_object_value (script), js_object_value (J->global), 0, NULL);
}
