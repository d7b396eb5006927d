/* js-bigint.c: the BigInt type (ECMAScript 6.1.6.2) — arbitrary-precision
 * integers as a sign and a magnitude of 32-bit limbs, with 64-bit
 * intermediates: schoolbook multiplication, Knuth's algorithm D for
 * division, two's complement views for the bitwise operators.
 *
 * A JsBigInt is immutable once made: every operation allocates its result
 * (sized for the worst case, then trimmed by bigint_finish).  Allocation
 * never collects, so the operands stay valid while the result is built.
 * Scratch buffers are g_malloc'd only after the last allocation that may
 * throw, and freed before returning.
 */
#include "js-compile.h"

#include <math.h>

typedef guint32 Limb;
typedef guint64 DoubleLimb;

#define LIMB_BITS 32
/* Allocations beyond this many limbs can only produce a too-large result. */
#define MAX_LIMBS ((gsize) JS_BIGINT_MAX_BITS / LIMB_BITS + 2)

G_GNUC_NORETURN static void
throw_too_big (JsState *J)
{
  js_throw_range_error (J, "Maximum BigInt size exceeded");
}

/* Quadratic work (limb products) counts against the step budget, one step
 * per WORK_PER_STEP, checked before the work starts: a runaway computation
 * (3n ** 10n ** 8n) ends the run like an endless loop would instead of
 * keeping the engine inside one operation for hours. */
#define WORK_PER_STEP 16

static void
charge_work (JsState *J, guint64 limb_products)
{
  J->steps += limb_products / WORK_PER_STEP;
  js_budget_check (J);
}

/* A new BigInt with `length` zeroed limbs, positive. */
static JsBigInt *
bigint_alloc (JsState *J, gsize length)
{
  JsBigInt *b;

  if (length > MAX_LIMBS)
    throw_too_big (J);
  b = js_gc_alloc (J, JS_GC_BIGINT, sizeof (JsBigInt) + length * sizeof (Limb));
  b->length = (guint32) length;
  return b;
}

static gsize
mag_trim (const Limb *a, gsize n)
{
  while (n > 0 && a[n - 1] == 0)
    n--;
  return n;
}

static guint64
mag_bit_length (const Limb *a, gsize n)
{
  if (n == 0)
    return 0;
  return (guint64) (n - 1) * LIMB_BITS + (LIMB_BITS - __builtin_clz (a[n - 1]));
}

/* Drops leading zero limbs and the sign of zero; enforces the size limit. */
static JsValue
bigint_finish (JsState *J, JsBigInt *b, gboolean negative)
{
  b->length = (guint32) mag_trim (b->limbs, b->length);
  b->negative = negative && b->length > 0;
  if (mag_bit_length (b->limbs, b->length) > JS_BIGINT_MAX_BITS)
    throw_too_big (J);
  return js_bigint_value (b);
}

static JsValue
bigint_from_magnitude (JsState *J, const Limb *limbs, gsize n, gboolean negative)
{
  JsBigInt *b = bigint_alloc (J, n);

  if (n > 0)
    memcpy (b->limbs, limbs, n * sizeof (Limb));
  return bigint_finish (J, b, negative);
}

/* ------------------------------------------------------------------------
 * Magnitudes: little-endian limb arrays
 * ------------------------------------------------------------------------ */

static int
mag_compare (const Limb *a, gsize an, const Limb *b, gsize bn)
{
  if (an != bn)
    return an < bn ? -1 : 1;
  for (gsize i = an; i > 0; i--)
    if (a[i - 1] != b[i - 1])
      return a[i - 1] < b[i - 1] ? -1 : 1;
  return 0;
}

/* r = a + b; r has room for MAX (an, bn) + 1 limbs. */
static void
mag_add (Limb *r, const Limb *a, gsize an, const Limb *b, gsize bn)
{
  DoubleLimb carry = 0;
  gsize i;

  if (an < bn)
    {
      const Limb *t = a; a = b; b = t;
      gsize tn = an; an = bn; bn = tn;
    }
  for (i = 0; i < bn; i++)
    {
      carry += (DoubleLimb) a[i] + b[i];
      r[i] = (Limb) carry;
      carry >>= LIMB_BITS;
    }
  for (; i < an; i++)
    {
      carry += a[i];
      r[i] = (Limb) carry;
      carry >>= LIMB_BITS;
    }
  r[i] = (Limb) carry;
}

/* r = a - b for a >= b; r has room for an limbs. */
static void
mag_sub (Limb *r, const Limb *a, gsize an, const Limb *b, gsize bn)
{
  Limb borrow = 0;
  gsize i;

  for (i = 0; i < bn; i++)
    {
      DoubleLimb d = (DoubleLimb) a[i] - b[i] - borrow;
      r[i] = (Limb) d;
      borrow = (Limb) (d >> 63);
    }
  for (; i < an; i++)
    {
      DoubleLimb d = (DoubleLimb) a[i] - borrow;
      r[i] = (Limb) d;
      borrow = (Limb) (d >> 63);
    }
}

/* r = a * b (schoolbook); r is zeroed and has room for an + bn limbs. */
static void
mag_mul (Limb *r, const Limb *a, gsize an, const Limb *b, gsize bn)
{
  for (gsize i = 0; i < an; i++)
    {
      DoubleLimb carry = 0;
      if (a[i] == 0)
        continue;
      for (gsize j = 0; j < bn; j++)
        {
          carry += (DoubleLimb) a[i] * b[j] + r[i + j];
          r[i + j] = (Limb) carry;
          carry >>= LIMB_BITS;
        }
      r[i + bn] = (Limb) carry;
    }
}

/* a = a * m + add in place; returns the carry out. */
static Limb
mag_mul_add_small (Limb *a, gsize n, Limb m, Limb add)
{
  DoubleLimb carry = add;

  for (gsize i = 0; i < n; i++)
    {
      carry += (DoubleLimb) a[i] * m;
      a[i] = (Limb) carry;
      carry >>= LIMB_BITS;
    }
  return (Limb) carry;
}

/* q = a / d, returns a % d; q may be a. */
static Limb
mag_div_small (Limb *q, const Limb *a, gsize n, Limb d)
{
  DoubleLimb rem = 0;

  for (gsize i = n; i > 0; i--)
    {
      DoubleLimb cur = (rem << LIMB_BITS) | a[i - 1];
      q[i - 1] = (Limb) (cur / d);
      rem = cur % d;
    }
  return (Limb) rem;
}

/* Knuth's algorithm D (TAOCP 4.3.1): q = a / b, r = a % b for an >= bn >= 2
 * and b[bn - 1] != 0.  q has room for an - bn + 1 limbs, r for bn (either
 * may be NULL). */
static void
mag_divmod (Limb *q, Limb *r, const Limb *a, gsize an, const Limb *b, gsize bn)
{
  int s = __builtin_clz (b[bn - 1]);
  Limb *un = g_new0 (Limb, an + 1);
  Limb *vn = g_new (Limb, bn);

  /* D1: normalise so that the divisor's top bit is set. */
  for (gsize i = bn - 1; i > 0; i--)
    vn[i] = (b[i] << s) | (s ? b[i - 1] >> (LIMB_BITS - s) : 0);
  vn[0] = b[0] << s;
  un[an] = s ? a[an - 1] >> (LIMB_BITS - s) : 0;
  for (gsize i = an - 1; i > 0; i--)
    un[i] = (a[i] << s) | (s ? a[i - 1] >> (LIMB_BITS - s) : 0);
  un[0] = a[0] << s;

  for (gsize j = an - bn + 1; j-- > 0;)
    {
      /* D3: estimate the quotient digit from the top two limbs, then
       * correct it with the next one (at most two steps too high). */
      DoubleLimb num = ((DoubleLimb) un[j + bn] << LIMB_BITS) | un[j + bn - 1];
      DoubleLimb qhat = num / vn[bn - 1];
      DoubleLimb rhat = num % vn[bn - 1];
      gint64 borrow = 0, t;

      while (qhat >> LIMB_BITS ||
             qhat * vn[bn - 2] > ((rhat << LIMB_BITS) | un[j + bn - 2]))
        {
          qhat--;
          rhat += vn[bn - 1];
          if (rhat >> LIMB_BITS)
            break;
        }

      /* D4: multiply and subtract. */
      for (gsize i = 0; i < bn; i++)
        {
          DoubleLimb p = qhat * vn[i];
          t = (gint64) un[i + j] - borrow - (gint64) (p & 0xFFFFFFFFu);
          un[i + j] = (Limb) t;
          borrow = (gint64) (p >> LIMB_BITS) - (t >> LIMB_BITS);
        }
      t = (gint64) un[j + bn] - borrow;
      un[j + bn] = (Limb) t;

      /* D5, D6: the estimate was one too high: add the divisor back. */
      if (t < 0)
        {
          DoubleLimb carry = 0;
          qhat--;
          for (gsize i = 0; i < bn; i++)
            {
              carry += (DoubleLimb) un[i + j] + vn[i];
              un[i + j] = (Limb) carry;
              carry >>= LIMB_BITS;
            }
          un[j + bn] += (Limb) carry;
        }
      if (q != NULL)
        q[j] = (Limb) qhat;
    }

  /* D8: the remainder, unnormalised. */
  if (r != NULL)
    for (gsize i = 0; i < bn; i++)
      r[i] = (un[i] >> s) | (s ? un[i + 1] << (LIMB_BITS - s) : 0);
  g_free (un);
  g_free (vn);
}

/* ------------------------------------------------------------------------
 * Conversions
 * ------------------------------------------------------------------------ */

JsValue
js_bigint_from_uint64 (JsState *J, guint64 v)
{
  Limb limbs[2] = { (Limb) v, (Limb) (v >> LIMB_BITS) };

  return bigint_from_magnitude (J, limbs, 2, FALSE);
}

JsValue
js_bigint_from_int64 (JsState *J, gint64 v)
{
  guint64 m = v < 0 ? -(guint64) v : (guint64) v;
  Limb limbs[2] = { (Limb) m, (Limb) (m >> LIMB_BITS) };

  return bigint_from_magnitude (J, limbs, 2, v < 0);
}

guint64
js_bigint_to_uint64 (JsValue v)
{
  const JsBigInt *b = js_get_bigint (v);
  guint64 m = 0;

  if (b->length > 0)
    m = b->limbs[0];
  if (b->length > 1)
    m |= (guint64) b->limbs[1] << LIMB_BITS;
  return b->negative ? -m : m;
}

gint64
js_bigint_to_int64 (JsValue v)
{
  return (gint64) js_bigint_to_uint64 (v);
}

gboolean
js_bigint_is_zero (JsValue v)
{
  return js_get_bigint (v)->length == 0;
}

/* NumberToBigInt (21.2.1.1.1) */
JsValue
js_number_to_bigint (JsState *J, double d)
{
  int exponent;
  guint64 mantissa;
  gsize shift, n;
  JsBigInt *b;

  if (!isfinite (d) || d != trunc (d))
    {
      char buffer[JS_NUMBER_BUFFER_SIZE];
      js_number_to_cstring (d, buffer);
      js_throw_range_error (J, "The number %s cannot be converted to a BigInt because it is not an integer", buffer);
    }
  if (fabs (d) < 18446744073709551616.0)
    {
      guint64 m = (guint64) fabs (d);
      Limb limbs[2] = { (Limb) m, (Limb) (m >> LIMB_BITS) };
      return bigint_from_magnitude (J, limbs, 2, d < 0);
    }
  /* |d| = mantissa * 2^(exponent - 53) with a 53-bit mantissa. */
  mantissa = (guint64) ldexp (frexp (fabs (d), &exponent), 53);
  shift = (gsize) exponent - 53;
  n = shift / LIMB_BITS + 3;
  b = bigint_alloc (J, n);
  {
    unsigned bit = shift % LIMB_BITS;
    gsize limb = shift / LIMB_BITS;
    b->limbs[limb] = (Limb) (mantissa << bit);
    b->limbs[limb + 1] = (Limb) (mantissa >> (LIMB_BITS - bit));
    b->limbs[limb + 2] = bit ? (Limb) (mantissa >> (2 * LIMB_BITS - bit)) : 0;
  }
  return bigint_finish (J, b, d < 0);
}

/* Number(x): the top 64 bits, with any lower bit set folded into the
 * lowest one, round once to 53 bits: correct round-half-even. */
double
js_bigint_to_number (JsValue v)
{
  const JsBigInt *b = js_get_bigint (v);
  guint64 bits = mag_bit_length (b->limbs, b->length);
  double d;

  if (bits <= 64)
    {
      guint64 m = b->length > 0 ? b->limbs[0] : 0;
      if (b->length > 1)
        m |= (guint64) b->limbs[1] << LIMB_BITS;
      d = (double) m;
    }
  else
    {
      guint64 skip = bits - 64;
      gsize limb = skip / LIMB_BITS;
      unsigned bit = skip % LIMB_BITS;
      /* Three limbs cover the 64 bits from `skip` on. */
      guint64 w0 = b->limbs[limb], w1 = b->limbs[limb + 1];
      guint64 w2 = limb + 2 < b->length ? b->limbs[limb + 2] : 0;
      guint64 top = (w0 >> bit) | (w1 << (LIMB_BITS - bit)) | (bit ? w2 << (2 * LIMB_BITS - bit) : 0);
      gboolean sticky = bit && (w0 & ((1u << bit) - 1)) != 0;

      for (gsize i = 0; i < limb && !sticky; i++)
        sticky = b->limbs[i] != 0;
      if (sticky)
        top |= 1;
      /* Overflows to Infinity past 2^1024, as Number(x) does. */
      d = ldexp ((double) top, (int) skip);
    }
  return b->negative ? -d : d;
}

/* The largest power of `radix` that fits in a limb, and its exponent. */
static Limb
radix_chunk (int radix, int *digits)
{
  Limb chunk = (Limb) radix;

  *digits = 1;
  while ((DoubleLimb) chunk * (Limb) radix <= G_MAXUINT32)
    {
      chunk *= (Limb) radix;
      (*digits)++;
    }
  return chunk;
}

/* Digits (ASCII or UTF-16, already validated) in `radix` to a magnitude. */
static JsValue
bigint_from_digit_units (JsState *J, const uint16_t *units, const char *ascii, gsize length,
                         int radix, gboolean negative)
{
  int per_chunk;
  double bits_per_digit = log2 (radix);
  gsize n = (gsize) ((double) length * bits_per_digit / LIMB_BITS) + 2;
  JsBigInt *b;
  gsize used = 0, i = 0;

  if ((double) length * bits_per_digit > (double) JS_BIGINT_MAX_BITS + LIMB_BITS)
    throw_too_big (J);
  radix_chunk (radix, &per_chunk);
  b = bigint_alloc (J, n);
  while (i < length)
    {
      Limb value = 0, scale = 1;
      for (int k = 0; k < per_chunk && i < length; k++, i++)
        {
          value = value * (Limb) radix + (Limb) js_digit_value (units ? units[i] : (uint16_t) ascii[i]);
          scale *= (Limb) radix;
        }
      {
        Limb carry = mag_mul_add_small (b->limbs, used, scale, value);
        if (carry)
          b->limbs[used++] = carry;
      }
    }
  return bigint_finish (J, b, negative);
}

JsValue
js_bigint_from_literal (JsState *J, const char *text)
{
  int radix = 10;

  if (text[0] == '0' && text[1] != '\0')
    {
      radix = text[1] == 'x' ? 16 : text[1] == 'o' ? 8 : 2;
      text += 2;
    }
  return bigint_from_digit_units (J, NULL, text, strlen (text), radix, FALSE);
}

/* StringToBigInt (7.1.14): StringIntegerLiteral — whitespace around,
 * decimal with an optional sign, or 0x / 0o / 0b without one; no
 * separators, fractions or exponents; the empty string is 0n. */
JsValue
js_string_to_bigint (JsState *J, const JsString *s)
{
  const uint16_t *c = s->chars;
  gsize start = 0, end = s->length;
  gboolean negative = FALSE;
  int radix = 10;

  while (start < end && js_char_is_space (c[start]))
    start++;
  while (end > start && js_char_is_space (c[end - 1]))
    end--;
  if (start == end)
    return bigint_from_magnitude (J, NULL, 0, FALSE);
  if (end - start > 2 && c[start] == '0')
    {
      uint16_t p = c[start + 1] | 0x20;
      radix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10;
      if (radix != 10)
        start += 2;
    }
  else if (c[start] == '+' || c[start] == '-')
    {
      negative = c[start] == '-';
      start++;
    }
  if (start == end)
    return JS_UNDEFINED;
  for (gsize i = start; i < end; i++)
    if (js_digit_value (c[i]) >= radix)
      return JS_UNDEFINED;
  while (start + 1 < end && c[start] == '0')
    start++;
  return bigint_from_digit_units (J, c + start, NULL, end - start, radix, negative);
}

/* ToBigInt (7.1.13) */
JsValue
js_to_bigint (JsState *J, JsValue v)
{
  JsValue prim = js_to_primitive (J, v, JS_HINT_NUMBER);

  if (js_is_bigint (prim))
    return prim;
  if (js_is_boolean (prim))
    return js_bigint_from_uint64 (J, js_get_boolean (prim));
  if (js_is_string (prim))
    {
      JsValue result = js_string_to_bigint (J, js_get_string (prim));
      if (js_is_undefined (result))
        js_throw_error_with_value (J, JS_SYNTAX_ERROR, "Cannot convert %s to a BigInt", prim, JS_DESCRIBE_PLAIN);
      return result;
    }
  js_throw_error_with_value (J, JS_TYPE_ERROR, "Cannot convert %s to a BigInt", prim, JS_DESCRIBE_PLAIN);
}

/* BigInt::toString (6.1.6.2.23) for radix 2..36, as a C string: bits
 * directly for powers of two; otherwise repeated division by the largest
 * power of the radix that fits a limb, each remainder giving a chunk of
 * digits. */
char *
js_bigint_to_cstring (JsState *J, JsValue v, int radix)
{
  static const char digit_chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  const JsBigInt *b = js_get_bigint (v);
  guint64 bits = mag_bit_length (b->limbs, b->length);
  gsize max_digits = (gsize) (bits / log2 (radix)) + 3;
  char *out, *p;

  /* Each chunk of digits divides what is left of the number. */
  charge_work (J, (guint64) b->length * b->length / 2);
  out = g_malloc (max_digits + 2);
  p = out + max_digits + 1;

  *p = '\0';
  if (b->length == 0)
    *--p = '0';
  else if ((radix & (radix - 1)) == 0)
    {
      int shift = __builtin_ctz ((unsigned) radix);
      for (guint64 bit = 0; bit < bits; bit += shift)
        {
          gsize limb = bit / LIMB_BITS;
          unsigned off = bit % LIMB_BITS;
          DoubleLimb w = b->limbs[limb];
          if (limb + 1 < b->length)
            w |= (DoubleLimb) b->limbs[limb + 1] << LIMB_BITS;
          *--p = digit_chars[(w >> off) & (unsigned) (radix - 1)];
        }
    }
  else
    {
      int per_chunk;
      Limb chunk = radix_chunk (radix, &per_chunk);
      Limb *work = g_memdup2 (b->limbs, b->length * sizeof (Limb));
      gsize n = b->length;

      while (n > 0)
        {
          Limb rem = mag_div_small (work, work, n, chunk);
          n = mag_trim (work, n);
          for (int k = 0; k < per_chunk && (n > 0 || rem > 0); k++)
            {
              *--p = digit_chars[rem % (Limb) radix];
              rem /= (Limb) radix;
            }
        }
      g_free (work);
    }
  if (b->negative)
    *--p = '-';
  memmove (out, p, strlen (p) + 1);
  return out;
}

JsString *
js_bigint_to_string (JsState *J, JsValue v, int radix)
{
  char *text = js_bigint_to_cstring (J, v, radix);
  JsString *s = js_string_new_latin1 (J, text, strlen (text));

  g_free (text);
  return s;
}

/* ------------------------------------------------------------------------
 * Comparison
 * ------------------------------------------------------------------------ */

int
js_bigint_compare (JsValue a, JsValue b)
{
  const JsBigInt *x = js_get_bigint (a), *y = js_get_bigint (b);
  int c;

  if (x->negative != y->negative)
    return x->negative ? -1 : 1;
  c = mag_compare (x->limbs, x->length, y->limbs, y->length);
  return x->negative ? -c : c;
}

gboolean
js_bigint_equal (JsValue a, JsValue b)
{
  return js_bigint_compare (a, b) == 0;
}

/* Exactly, without rounding: the integer part of `d` as limbs (a finite
 * double below 2^1024 fits 33 of them), then the fraction breaks a tie. */
int
js_bigint_compare_number (JsValue a, double d)
{
  const JsBigInt *x = js_get_bigint (a);
  Limb limbs[34] = { 0 };
  double t, m;
  gsize n = 0;
  int c;

  if (isnan (d))
    return 2;
  if (isinf (d))
    return d > 0 ? -1 : 1;
  if (x->negative != (d < 0) && (x->length > 0 || d != 0))
    return x->negative || (x->length == 0 && d > 0) ? -1 : 1;
  t = trunc (fabs (d));
  for (m = t; m >= 1; n++)
    {
      double q = floor (ldexp (m, -LIMB_BITS));
      limbs[n] = (Limb) (m - ldexp (q, LIMB_BITS));
      m = q;
    }
  c = mag_compare (x->limbs, x->length, limbs, n);
  if (c == 0 && fabs (d) > t)
    c = -1;
  return d < 0 || x->negative ? -c : c;
}

guint32
js_bigint_hash (JsValue v)
{
  const JsBigInt *b = js_get_bigint (v);
  guint32 h = 2166136261u ^ b->negative;

  for (guint32 i = 0; i < b->length; i++)
    h = (h ^ b->limbs[i]) * 16777619u;
  return h;
}

/* ------------------------------------------------------------------------
 * Arithmetic (6.1.6.2)
 * ------------------------------------------------------------------------ */

/* x + y, or x - y when `subtract`. */
static JsValue
bigint_add (JsState *J, const JsBigInt *x, const JsBigInt *y, gboolean subtract)
{
  gboolean y_negative = y->negative != (subtract && y->length > 0);
  JsBigInt *r = bigint_alloc (J, MAX (x->length, y->length) + 1);

  if ((x->negative != 0) == y_negative)
    {
      mag_add (r->limbs, x->limbs, x->length, y->limbs, y->length);
      return bigint_finish (J, r, x->negative);
    }
  if (mag_compare (x->limbs, x->length, y->limbs, y->length) >= 0)
    {
      mag_sub (r->limbs, x->limbs, x->length, y->limbs, y->length);
      return bigint_finish (J, r, x->negative);
    }
  mag_sub (r->limbs, y->limbs, y->length, x->limbs, x->length);
  return bigint_finish (J, r, y_negative);
}

static JsValue
bigint_multiply (JsState *J, const JsBigInt *x, const JsBigInt *y)
{
  JsBigInt *r;

  if (x->length == 0 || y->length == 0)
    return bigint_from_magnitude (J, NULL, 0, FALSE);
  if (mag_bit_length (x->limbs, x->length) + mag_bit_length (y->limbs, y->length) - 1 > JS_BIGINT_MAX_BITS)
    throw_too_big (J);
  charge_work (J, (guint64) x->length * y->length);
  r = bigint_alloc (J, (gsize) x->length + y->length);
  mag_mul (r->limbs, x->limbs, x->length, y->limbs, y->length);
  return bigint_finish (J, r, x->negative != y->negative);
}

/* Truncating division: the quotient rounds toward zero, the remainder has
 * the dividend's sign.  Either result pointer may be NULL. */
static void
bigint_divmod (JsState *J, const JsBigInt *x, const JsBigInt *y, JsValue *quotient, JsValue *remainder)
{
  if (y->length == 0)
    js_throw_range_error (J, "Division by zero");
  if (mag_compare (x->limbs, x->length, y->limbs, y->length) < 0)
    {
      if (quotient)
        *quotient = bigint_from_magnitude (J, NULL, 0, FALSE);
      if (remainder)
        *remainder = js_bigint_value ((JsBigInt *) x);
      return;
    }
  charge_work (J, (guint64) (x->length - y->length + 1) * y->length);
  {
    JsBigInt *q = bigint_alloc (J, x->length - y->length + 1);
    JsBigInt *r = bigint_alloc (J, y->length);

    if (y->length == 1)
      r->limbs[0] = mag_div_small (q->limbs, x->limbs, x->length, y->limbs[0]);
    else
      mag_divmod (q->limbs, r->limbs, x->limbs, x->length, y->limbs, y->length);
    if (quotient)
      *quotient = bigint_finish (J, q, x->negative != y->negative);
    if (remainder)
      *remainder = bigint_finish (J, r, x->negative);
  }
}

static JsValue
bigint_exponentiate (JsState *J, JsValue base, const JsBigInt *exponent)
{
  const JsBigInt *b = js_get_bigint (base);
  guint64 e, base_bits;
  JsValue result, square;

  if (exponent->negative)
    js_throw_range_error (J, "undefined must be positive");
  if (exponent->length == 0)
    return js_bigint_from_uint64 (J, 1);
  /* 0, 1 and -1 stay small whatever the exponent. */
  if (b->length == 0 || (b->length == 1 && b->limbs[0] == 1))
    {
      gboolean odd = exponent->limbs[0] & 1;
      return b->negative && !odd ? js_bigint_negate (J, base) : base;
    }
  base_bits = mag_bit_length (b->limbs, b->length);
  if (exponent->length > 1 || (guint64) exponent->limbs[0] * (base_bits - 1) >= JS_BIGINT_MAX_BITS)
    throw_too_big (J);
  e = exponent->limbs[0];
  result = js_bigint_from_uint64 (J, 1);
  square = base;
  for (;;)
    {
      if (e & 1)
        result = bigint_multiply (J, js_get_bigint (result), js_get_bigint (square));
      e >>= 1;
      if (e == 0)
        return result;
      square = bigint_multiply (J, js_get_bigint (square), js_get_bigint (square));
    }
}

/* |x| << shift, or |x| >> shift rounding toward -infinity for negatives
 * (an arithmetic shift of the two's complement). */
static JsValue
bigint_shift_left (JsState *J, const JsBigInt *x, guint64 shift)
{
  gsize limbs = shift / LIMB_BITS;
  unsigned bits = shift % LIMB_BITS;
  JsBigInt *r;

  if (x->length == 0)
    return js_bigint_value ((JsBigInt *) x);
  if (shift > JS_BIGINT_MAX_BITS)
    throw_too_big (J);
  r = bigint_alloc (J, x->length + limbs + 1);
  for (gsize i = 0; i < x->length; i++)
    {
      DoubleLimb w = (DoubleLimb) x->limbs[i] << bits;
      r->limbs[i + limbs] |= (Limb) w;
      r->limbs[i + limbs + 1] = (Limb) (w >> LIMB_BITS);
    }
  return bigint_finish (J, r, x->negative);
}

static JsValue
bigint_shift_right (JsState *J, const JsBigInt *x, guint64 shift)
{
  gsize limbs = shift / LIMB_BITS;
  unsigned bits = shift % LIMB_BITS;
  gboolean lost = FALSE;
  JsBigInt *r;

  if (limbs >= x->length)
    return x->negative ? js_bigint_from_int64 (J, -1) : bigint_from_magnitude (J, NULL, 0, FALSE);
  r = bigint_alloc (J, x->length - limbs + 1);
  for (gsize i = 0; i < limbs && !lost; i++)
    lost = x->limbs[i] != 0;
  if (bits && (x->limbs[limbs] & ((1u << bits) - 1)))
    lost = TRUE;
  for (gsize i = limbs; i < x->length; i++)
    {
      DoubleLimb w = x->limbs[i];
      if (i + 1 < x->length)
        w |= (DoubleLimb) x->limbs[i + 1] << LIMB_BITS;
      r->limbs[i - limbs] = (Limb) (w >> bits);
    }
  if (x->negative && lost)
    {
      Limb one = 1;
      mag_add (r->limbs, r->limbs, x->length - limbs, &one, 1);
    }
  return bigint_finish (J, r, x->negative);
}

/* The shift amount as a magnitude capped just past any useful size. */
static guint64
shift_amount (const JsBigInt *y)
{
  if (y->length > 2)
    return G_MAXUINT64;
  return y->length == 0 ? 0 : y->length == 1 ? y->limbs[0] :
         ((guint64) y->limbs[1] << LIMB_BITS) | y->limbs[0];
}

static JsValue
bigint_shift (JsState *J, const JsBigInt *x, const JsBigInt *y, gboolean left)
{
  guint64 amount = shift_amount (y);

  if (y->negative)
    left = !left;
  return left ? bigint_shift_left (J, x, amount) : bigint_shift_right (J, x, amount);
}

/* n limbs of x's two's complement (n > x->length, so the top limb holds
 * the sign). */
static void
to_twos_complement (Limb *out, const JsBigInt *x, gsize n)
{
  memset (out, 0, n * sizeof (Limb));
  memcpy (out, x->limbs, x->length * sizeof (Limb));
  if (x->negative)
    {
      DoubleLimb carry = 1;
      for (gsize i = 0; i < n; i++)
        {
          carry += (Limb) ~out[i];
          out[i] = (Limb) carry;
          carry >>= LIMB_BITS;
        }
    }
}

/* Reads r->limbs (length limbs) as a two's complement number. */
static JsValue
from_twos_complement (JsState *J, JsBigInt *r)
{
  gboolean negative = (r->limbs[r->length - 1] >> (LIMB_BITS - 1)) != 0;

  if (negative)
    {
      DoubleLimb carry = 1;
      for (gsize i = 0; i < r->length; i++)
        {
          carry += (Limb) ~r->limbs[i];
          r->limbs[i] = (Limb) carry;
          carry >>= LIMB_BITS;
        }
    }
  return bigint_finish (J, r, negative);
}

static JsValue
bigint_bitwise (JsState *J, int op, const JsBigInt *x, const JsBigInt *y)
{
  gsize n = MAX (x->length, y->length) + 1;
  JsBigInt *r = bigint_alloc (J, n);
  Limb *a = g_new (Limb, 2 * n), *b = a + n;

  to_twos_complement (a, x, n);
  to_twos_complement (b, y, n);
  for (gsize i = 0; i < n; i++)
    r->limbs[i] = op == JS_OP_BITAND ? a[i] & b[i] : op == JS_OP_BITOR ? a[i] | b[i] : a[i] ^ b[i];
  g_free (a);
  return from_twos_complement (J, r);
}

JsValue
js_bigint_binary (JsState *J, int op, JsValue a, JsValue b)
{
  const JsBigInt *x = js_get_bigint (a), *y = js_get_bigint (b);
  JsValue result;

  switch (op)
    {
    case JS_OP_ADD: return bigint_add (J, x, y, FALSE);
    case JS_OP_SUB: return bigint_add (J, x, y, TRUE);
    case JS_OP_MUL: return bigint_multiply (J, x, y);
    case JS_OP_DIV: bigint_divmod (J, x, y, &result, NULL); return result;
    case JS_OP_MOD: bigint_divmod (J, x, y, NULL, &result); return result;
    case JS_OP_EXP: return bigint_exponentiate (J, a, y);
    case JS_OP_SHL: return bigint_shift (J, x, y, TRUE);
    case JS_OP_SHR: return bigint_shift (J, x, y, FALSE);
    case JS_OP_USHR: js_throw_type_error (J, "BigInts have no unsigned right shift, use >> instead");
    case JS_OP_BITAND: case JS_OP_BITOR: case JS_OP_BITXOR: return bigint_bitwise (J, op, x, y);
    default: g_assert_not_reached ();
    }
}

JsValue
js_bigint_negate (JsState *J, JsValue v)
{
  const JsBigInt *x = js_get_bigint (v);

  return bigint_from_magnitude (J, x->limbs, x->length, !x->negative);
}

/* ~x = -x - 1 */
JsValue
js_bigint_bitwise_not (JsState *J, JsValue v)
{
  return js_bigint_add_small (J, js_bigint_negate (J, v), -1);
}

JsValue
js_bigint_add_small (JsState *J, JsValue v, gint32 delta)
{
  JsBigInt *small = g_alloca (sizeof (JsBigInt) + sizeof (Limb));

  memset (small, 0, sizeof (JsBigInt));
  small->limbs[0] = delta < 0 ? (Limb) -(gint64) delta : (Limb) delta;
  small->length = delta != 0;
  small->negative = delta < 0;
  return bigint_add (J, js_get_bigint (v), small, FALSE);
}

/* BigInt.asUintN (21.2.2.2): x mod 2^bits. */
JsValue
js_bigint_as_uint_n (JsState *J, guint64 bits, JsValue v)
{
  const JsBigInt *x = js_get_bigint (v);
  gsize n;
  JsBigInt *r;

  if (x->length == 0)
    return v;
  if (!x->negative && mag_bit_length (x->limbs, x->length) <= bits)
    return v;
  if (bits > JS_BIGINT_MAX_BITS)
    throw_too_big (J);
  n = (gsize) (bits + LIMB_BITS - 1) / LIMB_BITS;
  r = bigint_alloc (J, MAX (n, x->length) + 1);
  to_twos_complement (r->limbs, x, r->length);
  memset (r->limbs + n, 0, (r->length - n) * sizeof (Limb));
  if (bits % LIMB_BITS)
    r->limbs[n - 1] &= (1u << (bits % LIMB_BITS)) - 1;
  return bigint_finish (J, r, FALSE);
}

/* BigInt.asIntN (21.2.2.1): x mod 2^bits, as a signed bits-bit number. */
JsValue
js_bigint_as_int_n (JsState *J, guint64 bits, JsValue v)
{
  const JsBigInt *x = js_get_bigint (v);
  JsValue u;
  const JsBigInt *ub;

  if (bits == 0)
    return bigint_from_magnitude (J, NULL, 0, FALSE);
  /* Values that fit in bits - 1 bits (and -2^(bits-1)) stay as they are. */
  if (mag_bit_length (x->limbs, x->length) < bits)
    return v;
  u = js_bigint_as_uint_n (J, bits, v);
  ub = js_get_bigint (u);
  if (mag_bit_length (ub->limbs, ub->length) < bits)
    return u;
  /* The sign bit is set: subtract 2^bits. */
  {
    JsValue power = bigint_shift_left (J, js_get_bigint (js_bigint_from_uint64 (J, 1)), bits);
    return bigint_add (J, ub, js_get_bigint (power), TRUE);
  }
}
