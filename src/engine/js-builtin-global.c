/* js-builtin-global.c: the value properties and functions of the global
 * object (ECMAScript 19.1, 19.2) and Date (21.4).
 *
 * Date runs in virtual time and in UTC: "now" is a fixed instant
 * (2024-01-01T00:00:00Z) plus the run's virtual clock, and local time is
 * UTC, so every run of a script prints the same dates.
 */
#include "js-internal.h"

#include <math.h>
#include <stdlib.h>

#define NATIVE(name) \
  static JsValue name (JsState *J, JsValue this_value, int argc, const JsValue *argv, \
                       JsValue new_target, JsObject *callee)
#define ARG(i) js_arg (argc, argv, (i))

/* ------------------------------------------------------------------------
 * isNaN, isFinite (19.2.2, 19.2.3)
 * ------------------------------------------------------------------------ */

NATIVE (global_is_nan)
{
  return js_boolean (isnan (js_to_number (J, ARG (0))));
}

NATIVE (global_is_finite)
{
  return js_boolean (isfinite (js_to_number (J, ARG (0))));
}

/* ------------------------------------------------------------------------
 * eval (19.2.1), as an indirect eval: the code runs in the global scope.
 * A direct eval never gets here: the VM's CALL_EVAL recognises this
 * function (JS_INTRINSIC (J, Eval)) and runs js_direct_eval instead.
 * The completion value is the value of the text when it is one
 * expression, else undefined.
 * ------------------------------------------------------------------------ */

/* js_compile with the C copy of the source freed however it ends; NULL when
 * `quiet` and the text does not compile. */
static JsObject *
compile_text (JsState *J, JsString *text, const char *prefix, const char *suffix, JsCompileMode mode, gboolean quiet)
{
  char *body = js_string_to_utf8 (text);
  char *source = g_strconcat (prefix, body, suffix, NULL);
  JsObject *volatile fn = NULL;
  int line = J->error_line, column = J->error_column;
  JsTryPoint tp;

  g_free (body);
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      fn = js_compile (J, source, strlen (source), "eval", mode);
      js_try_end (J, &tp);
    }
  else
    {
      g_free (source);
      if (!quiet || J->terminating)
        js_throw (J, J->exception);
      /* A failed attempt is no syntax error of the program. */
      J->exception = JS_UNDEFINED;
      J->error_line = line;
      J->error_column = column;
      return NULL;
    }
  g_free (source);
  return fn;
}

NATIVE (global_eval)
{
  JsObject *script, *expression;

  if (!js_is_string (ARG (0)))
    return ARG (0);
  script = compile_text (J, js_get_string (ARG (0)), "", "", JS_COMPILE_CLASSIC_SCRIPT, FALSE);
  expression = compile_text (J, js_get_string (ARG (0)), "return (", "\n);", JS_COMPILE_NODE_MODULE, TRUE);
  if (expression != NULL)
    return js_call (J, js_object_value (expression), JS_UNDEFINED, 0, NULL);
  js_call (J, js_object_value (script), JS_UNDEFINED, 0, NULL);
  return JS_UNDEFINED;
}

/* ------------------------------------------------------------------------
 * URI handling (19.2.6)
 * ------------------------------------------------------------------------ */

static const char uri_reserved[] = ";/?:@&=+$,";
static const char uri_mark[] = "-_.!~*'()";

static gboolean
is_uri_unescaped (uint16_t c, gboolean component)
{
  if (c >= 128)
    return FALSE;
  if (g_ascii_isalnum (c) || strchr (uri_mark, c) != NULL)
    return c != 0;
  return !component && c != 0 && (strchr (uri_reserved, c) != NULL || c == '#');
}

G_GNUC_NORETURN static void
throw_uri_error (JsState *J)
{
  js_throw_error (J, JS_URI_ERROR, "URI malformed");
}

/* Encode (19.2.6.5) */
static JsValue
uri_encode (JsState *J, JsString *s, gboolean component)
{
  static const char hex[] = "0123456789ABCDEF";
  JsStringBuilder *b = js_string_builder_new (J);

  for (guint32 k = 0; k < s->length; k++)
    {
      uint16_t c = s->chars[k];
      guint32 cp;
      char utf8[6];
      int n;

      if (is_uri_unescaped (c, component))
        {
          js_string_builder_append_unit (J, b, c);
          continue;
        }
      if (c >= 0xDC00 && c <= 0xDFFF)
        throw_uri_error (J);
      if (c >= 0xD800 && c <= 0xDBFF)
        {
          if (k + 1 >= s->length || s->chars[k + 1] < 0xDC00 || s->chars[k + 1] > 0xDFFF)
            throw_uri_error (J);
          cp = 0x10000 + ((c - 0xD800) << 10) + (s->chars[++k] - 0xDC00);
        }
      else
        cp = c;
      n = g_unichar_to_utf8 (cp, utf8);
      for (int i = 0; i < n; i++)
        {
          guchar byte = (guchar) utf8[i];
          js_string_builder_append_unit (J, b, '%');
          js_string_builder_append_unit (J, b, hex[byte >> 4]);
          js_string_builder_append_unit (J, b, hex[byte & 15]);
        }
    }
  return js_string_value (js_string_builder_finish (J, b));
}

/* One %XX escape at s[k] (the caller checked that three units remain). */
static int
decode_byte (JsState *J, JsString *s, guint32 k)
{
  int hi, lo;

  if (s->chars[k] != '%')
    throw_uri_error (J);
  hi = js_hex_digit_value (s->chars[k + 1]);
  lo = js_hex_digit_value (s->chars[k + 2]);
  if (hi < 0 || lo < 0)
    throw_uri_error (J);
  return hi * 16 + lo;
}

/* Decode (19.2.6.6) */
static JsValue
uri_decode (JsState *J, JsString *s, gboolean component)
{
  JsStringBuilder *b = js_string_builder_new (J);

  for (guint32 k = 0; k < s->length; k++)
    {
      uint16_t c = s->chars[k];
      guint32 start = k, cp;
      int byte, n;

      if (c != '%')
        {
          js_string_builder_append_unit (J, b, c);
          continue;
        }
      if (k + 2 >= s->length)
        throw_uri_error (J);
      byte = decode_byte (J, s, k);
      k += 2;
      if (byte < 0x80)
        {
          if (!component && (strchr (uri_reserved, byte) != NULL || byte == '#'))
            js_string_builder_append_units (J, b, s->chars + start, 3);
          else
            js_string_builder_append_unit (J, b, (uint16_t) byte);
          continue;
        }
      if ((byte & 0xE0) == 0xC0)
        n = 2, cp = byte & 0x1F;
      else if ((byte & 0xF0) == 0xE0)
        n = 3, cp = byte & 0x0F;
      else if ((byte & 0xF8) == 0xF0)
        n = 4, cp = byte & 0x07;
      else
        throw_uri_error (J);
      for (int j = 1; j < n; j++)
        {
          int cont;

          k++;
          if (k + 2 >= s->length)
            throw_uri_error (J);
          cont = decode_byte (J, s, k);
          if ((cont & 0xC0) != 0x80)
            throw_uri_error (J);
          cp = (cp << 6) | (cont & 0x3F);
          k += 2;
        }
      /* Overlong forms, surrogates and values past U+10FFFF are malformed. */
      if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
          (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        throw_uri_error (J);
      if (cp < 0x10000)
        js_string_builder_append_unit (J, b, (uint16_t) cp);
      else
        {
          cp -= 0x10000;
          js_string_builder_append_unit (J, b, (uint16_t) (0xD800 + (cp >> 10)));
          js_string_builder_append_unit (J, b, (uint16_t) (0xDC00 + (cp & 0x3FF)));
        }
    }
  return js_string_value (js_string_builder_finish (J, b));
}

NATIVE (global_encode_uri)
{
  return uri_encode (J, js_to_string (J, ARG (0)), FALSE);
}

NATIVE (global_encode_uri_component)
{
  return uri_encode (J, js_to_string (J, ARG (0)), TRUE);
}

NATIVE (global_decode_uri)
{
  return uri_decode (J, js_to_string (J, ARG (0)), FALSE);
}

NATIVE (global_decode_uri_component)
{
  return uri_decode (J, js_to_string (J, ARG (0)), TRUE);
}

/* escape and unescape (B.2.1) */
NATIVE (global_escape)
{
  static const char hex[] = "0123456789ABCDEF";
  JsString *s = js_to_string (J, ARG (0));
  JsStringBuilder *b = js_string_builder_new (J);

  for (guint32 k = 0; k < s->length; k++)
    {
      uint16_t c = s->chars[k];

      if (c < 128 && (g_ascii_isalnum (c) || strchr ("@*_+-./", c) != NULL) && c != 0)
        js_string_builder_append_unit (J, b, c);
      else if (c < 256)
        {
          js_string_builder_append_unit (J, b, '%');
          js_string_builder_append_unit (J, b, hex[c >> 4]);
          js_string_builder_append_unit (J, b, hex[c & 15]);
        }
      else
        {
          js_string_builder_append_ascii (J, b, "%u");
          for (int shift = 12; shift >= 0; shift -= 4)
            js_string_builder_append_unit (J, b, hex[(c >> shift) & 15]);
        }
    }
  return js_string_value (js_string_builder_finish (J, b));
}

NATIVE (global_unescape)
{
  JsString *s = js_to_string (J, ARG (0));
  JsStringBuilder *b = js_string_builder_new (J);

  for (guint32 k = 0; k < s->length; k++)
    {
      uint16_t c = s->chars[k];

      if (c == '%')
        {
          if (k + 5 < s->length + 0u && s->chars[k + 1] == 'u')
            {
              int v = 0, ok = 1;
              for (int i = 2; i < 6; i++)
                {
                  int h = js_hex_digit_value (s->chars[k + i]);
                  ok &= h >= 0;
                  v = v * 16 + (h < 0 ? 0 : h);
                }
              if (ok)
                {
                  js_string_builder_append_unit (J, b, (uint16_t) v);
                  k += 5;
                  continue;
                }
            }
          if (k + 2 < s->length && js_hex_digit_value (s->chars[k + 1]) >= 0 &&
              js_hex_digit_value (s->chars[k + 2]) >= 0)
            {
              js_string_builder_append_unit (J, b, (uint16_t) (js_hex_digit_value (s->chars[k + 1]) * 16 +
                                                               js_hex_digit_value (s->chars[k + 2])));
              k += 2;
              continue;
            }
        }
      js_string_builder_append_unit (J, b, c);
    }
  return js_string_value (js_string_builder_finish (J, b));
}

/* ------------------------------------------------------------------------
 * Date (21.4): time values and their parts (21.4.1)
 * ------------------------------------------------------------------------ */

#define MS_PER_DAY 86400000.0
#define VIRTUAL_EPOCH_MS 1704067200000.0   /* 2024-01-01T00:00:00Z */

double
js_date_now (JsState *J)
{
  /* Virtual time is never negative, so truncating is flooring, without
   * a libm call on every turn of a busy-wait. */
  return (double) (gint64) (VIRTUAL_EPOCH_MS + js_clock_read_ms (J));
}

static double
time_clip (double t)
{
  if (!isfinite (t) || fabs (t) > 8.64e15)
    return NAN;
  return trunc (t) + 0.0;
}

/* Days from 1970-01-01 to y-m-d (proleptic Gregorian; m is 1..12). */
static double
days_from_civil (double y, int m, int d)
{
  double era, yoe, doy, doe;

  y -= m <= 2;
  era = floor (y / 400);
  yoe = y - era * 400;
  doy = floor ((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  doe = yoe * 365 + floor (yoe / 4) - floor (yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

typedef struct {
  double year;
  int month;     /* 0..11 */
  int day;       /* 1..31 */
  int weekday;   /* 0 = Sunday */
  int hours, minutes, seconds, ms;
} DateParts;

static void
split_time (double t, DateParts *p)
{
  double days = floor (t / MS_PER_DAY);
  double ms_in_day = t - days * MS_PER_DAY;
  double z = days + 719468, era = floor (z / 146097);
  double doe = z - era * 146097;
  double yoe = floor ((doe - floor (doe / 1460) + floor (doe / 36524) - floor (doe / 146096)) / 365);
  double doy = doe - (365 * yoe + floor (yoe / 4) - floor (yoe / 100));
  double mp = floor ((5 * doy + 2) / 153);
  int m = (int) (mp < 10 ? mp + 3 : mp - 9);

  p->day = (int) (doy - floor ((153 * mp + 2) / 5) + 1);
  p->month = m - 1;
  p->year = yoe + era * 400 + (m <= 2);
  p->weekday = (int) fmod (fmod (days + 4, 7) + 7, 7);
  p->hours = (int) floor (ms_in_day / 3600000);
  p->minutes = (int) fmod (floor (ms_in_day / 60000), 60);
  p->seconds = (int) fmod (floor (ms_in_day / 1000), 60);
  p->ms = (int) fmod (ms_in_day, 1000);
}

/* MakeDay (21.4.1.28) */
static double
make_day (double year, double month, double date)
{
  double y, m, ym, mn;

  if (!isfinite (year) || !isfinite (month) || !isfinite (date))
    return NAN;
  y = trunc (year), m = trunc (month);
  ym = y + floor (m / 12);
  mn = fmod (m, 12);
  if (mn < 0)
    mn += 12;
  if (fabs (ym) > 400000)
    return NAN;
  return days_from_civil (ym, (int) mn + 1, 1) + trunc (date) - 1;
}

/* MakeTime (21.4.1.27) */
static double
make_time (double hour, double min, double sec, double ms)
{
  if (!isfinite (hour) || !isfinite (min) || !isfinite (sec) || !isfinite (ms))
    return NAN;
  return trunc (hour) * 3600000 + trunc (min) * 60000 + trunc (sec) * 1000 + trunc (ms);
}

static double
make_date (double day, double time)
{
  if (!isfinite (day) || !isfinite (time))
    return NAN;
  return day * MS_PER_DAY + time;
}

/* ------------------------------------------------------------------------
 * Parsing: the ISO format (21.4.1.32) and the common legacy forms V8 accepts
 * ------------------------------------------------------------------------ */

typedef struct {
  const uint16_t *p, *end;
} Scanner;

static int
scan_digits (Scanner *s, int min, int max, double *value)
{
  int n = 0;

  *value = 0;
  while (s->p < s->end && n < max && *s->p >= '0' && *s->p <= '9')
    {
      *value = *value * 10 + (*s->p - '0');
      s->p++, n++;
    }
  return n >= min ? n : -1;
}

static gboolean
scan_char (Scanner *s, uint16_t c)
{
  if (s->p < s->end && *s->p == c)
    {
      s->p++;
      return TRUE;
    }
  return FALSE;
}

static double
parse_iso_date (const JsString *str)
{
  Scanner s = { str->chars, str->chars + str->length };
  double year, month = 1, day = 1, hour = 0, minute = 0, second = 0, ms = 0, offset = 0, v;

  if (s.p < s.end && (*s.p == '+' || *s.p == '-'))
    {
      gboolean negative = *s.p == '-';
      s.p++;
      if (scan_digits (&s, 6, 6, &year) < 0 || (negative && year == 0))
        return NAN;
      if (negative)
        year = -year;
    }
  else if (scan_digits (&s, 4, 4, &year) < 0)
    return NAN;
  if (scan_char (&s, '-'))
    {
      if (scan_digits (&s, 2, 2, &month) < 0 || month < 1 || month > 12)
        return NAN;
      if (scan_char (&s, '-') && (scan_digits (&s, 2, 2, &day) < 0 || day < 1 || day > 31))
        return NAN;
    }
  if (scan_char (&s, 'T') || scan_char (&s, 't') || (s.p < s.end && *s.p == ' ' && (s.p++, TRUE)))
    {
      if (scan_digits (&s, 2, 2, &hour) < 0 || !scan_char (&s, ':') || scan_digits (&s, 2, 2, &minute) < 0)
        return NAN;
      if (scan_char (&s, ':'))
        {
          if (scan_digits (&s, 2, 2, &second) < 0)
            return NAN;
          if (scan_char (&s, '.') || scan_char (&s, ','))
            {
              int n = scan_digits (&s, 1, 9, &v);
              if (n < 0)
                return NAN;
              ms = floor (v / pow (10, n - 3));
            }
        }
      if (hour > 24 || minute > 59 || second > 59 || (hour == 24 && (minute > 0 || second > 0 || ms > 0)))
        return NAN;
    }
  if (scan_char (&s, 'Z') || scan_char (&s, 'z'))
    ;
  else if (s.p < s.end && (*s.p == '+' || *s.p == '-'))
    {
      double sign = *s.p == '-' ? -1 : 1, oh, om = 0;
      s.p++;
      if (scan_digits (&s, 2, 2, &oh) < 0)
        return NAN;
      scan_char (&s, ':');
      if (scan_digits (&s, 2, 2, &om) < 0)
        return NAN;
      offset = sign * (oh * 60 + om) * 60000;
    }
  if (s.p != s.end)
    return NAN;
  /* Local time is UTC here, so date-only and date-time forms agree. */
  return make_date (make_day (year, month - 1, day), make_time (hour, minute, second, ms)) - offset;
}

static const char *const month_names[] = {
  "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};
static const char *const day_names[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };

/* The legacy forms: "Jan 15 2024", "January 15, 2024 10:30:00", "15 Jan 2024",
 * "2024/01/15 10:30", "1/15/2024", "Mon Jan 15 2024 10:30:00 GMT+0000 (…)". */
static double
parse_legacy_date (const JsString *str)
{
  double numbers[3];
  int n_numbers = 0, month = -1, first_number_pos = -1;
  double hour = 0, minute = 0, second = 0, ms = 0, offset = 0;
  gboolean pm = FALSE, am = FALSE, slash_date = FALSE;
  const uint16_t *p = str->chars, *end = p + str->length;

  while (p < end)
    {
      uint16_t c = *p;

      if (c == '(')
        {
          while (p < end && *p != ')')
            p++;
          if (p < end)
            p++;
          continue;
        }
      if (g_ascii_isalpha (c) && c < 128)
        {
          char word[16];
          int n = 0;

          while (p < end && *p < 128 && g_ascii_isalpha (*p))
            {
              if (n < 15)
                word[n++] = g_ascii_tolower ((char) *p);
              p++;
            }
          word[n] = '\0';
          if (strcmp (word, "am") == 0)
            am = TRUE;
          else if (strcmp (word, "pm") == 0)
            pm = TRUE;
          else if (strcmp (word, "gmt") == 0 || strcmp (word, "utc") == 0 || strcmp (word, "z") == 0)
            ;
          else if (n >= 3)
            {
              int m;
              for (m = 0; m < 12; m++)
                if (g_ascii_strncasecmp (word, month_names[m], 3) == 0)
                  break;
              if (m < 12)
                month = m;
              else
                {
                  int d;
                  for (d = 0; d < 7; d++)
                    if (g_ascii_strncasecmp (word, day_names[d], 3) == 0)
                      break;
                  if (d == 7)
                    return NAN;
                }
            }
          else
            return NAN;
          continue;
        }
      if ((c == '+' || c == '-') && p + 1 < end && p[1] >= '0' && p[1] <= '9' && n_numbers >= 2 &&
          (month >= 0 || n_numbers == 3))
        {
          /* A time zone offset: +hhmm or +hh:mm. */
          double sign = c == '-' ? -1 : 1, v = 0;
          int digits = 0;
          p++;
          while (p < end && ((*p >= '0' && *p <= '9') || *p == ':'))
            {
              if (*p != ':')
                v = v * 10 + (*p - '0'), digits++;
              p++;
            }
          offset = sign * (digits <= 2 ? v * 60 : floor (v / 100) * 60 + fmod (v, 100)) * 60000;
          continue;
        }
      if (c >= '0' && c <= '9')
        {
          double v = 0;
          const uint16_t *start = p;

          while (p < end && *p >= '0' && *p <= '9')
            v = v * 10 + (*p++ - '0');
          if (p < end && *p == ':')
            {
              /* A time: hh:mm[:ss[.mmm]] */
              hour = v;
              p++;
              minute = 0;
              while (p < end && *p >= '0' && *p <= '9')
                minute = minute * 10 + (*p++ - '0');
              if (p < end && *p == ':')
                {
                  p++;
                  second = 0;
                  while (p < end && *p >= '0' && *p <= '9')
                    second = second * 10 + (*p++ - '0');
                  if (p < end && *p == '.')
                    {
                      double scale = 100;
                      p++;
                      while (p < end && *p >= '0' && *p <= '9')
                        {
                          ms += (*p++ - '0') * scale;
                          scale /= 10;
                        }
                      ms = floor (ms);
                    }
                }
              continue;
            }
          if (n_numbers == 3)
            return NAN;
          if (first_number_pos < 0)
            first_number_pos = (int) (start - str->chars);
          numbers[n_numbers++] = v;
          if (p < end && (*p == '/' || *p == '-'))
            slash_date = TRUE, p++;
          continue;
        }
      p++;
    }
  if (pm && hour < 12)
    hour += 12;
  if (am && hour == 12)
    hour = 0;
  {
    double year, day;
    int m;

    if (month >= 0)
      {
        /* "Jan 15 2024", "15 Jan 2024" */
        if (n_numbers < 2)
          return NAN;
        m = month;
        if (numbers[0] > 31)
          year = numbers[0], day = numbers[1];
        else
          day = numbers[0], year = numbers[1];
      }
    else if (slash_date && n_numbers == 3)
      {
        if (numbers[0] > 31)   /* 2024/01/15 */
          year = numbers[0], m = (int) numbers[1] - 1, day = numbers[2];
        else                   /* 1/15/2024 */
          m = (int) numbers[0] - 1, day = numbers[1], year = numbers[2];
      }
    else
      return NAN;
    if (year < 50 && n_numbers > 0)
      year += 2000;
    else if (year < 100)
      year += 1900;
    if (m < 0 || m > 11 || day < 1 || day > 31)
      return NAN;
    return make_date (make_day (year, m, day), make_time (hour, minute, second, ms)) - offset;
  }
}

static double
parse_date (const JsString *s)
{
  double t = parse_iso_date (s);

  if (isnan (t))
    t = parse_legacy_date (s);
  return time_clip (t);
}

/* ------------------------------------------------------------------------
 * Date: the constructor and its functions (21.4.2, 21.4.3)
 * ------------------------------------------------------------------------ */

static JsValue date_to_string_value (JsState *J, double t);

/* The time value from the constructor's arguments, or Date.UTC's. */
static double
time_from_components (JsState *J, int argc, const JsValue *argv)
{
  double y = js_to_number (J, ARG (0));
  double m = argc > 1 ? js_to_number (J, argv[1]) : 0;
  double dt = argc > 2 ? js_to_number (J, argv[2]) : 1;
  double h = argc > 3 ? js_to_number (J, argv[3]) : 0;
  double min = argc > 4 ? js_to_number (J, argv[4]) : 0;
  double s = argc > 5 ? js_to_number (J, argv[5]) : 0;
  double milli = argc > 6 ? js_to_number (J, argv[6]) : 0;

  if (!isnan (y))
    {
      double yi = trunc (y);
      if (yi >= 0 && yi <= 99)
        y = 1900 + yi;
    }
  return make_date (make_day (y, m, dt), make_time (h, min, s, milli));
}

NATIVE (date_constructor)
{
  double tv;
  JsObject *obj;

  if (js_is_undefined (new_target))
    return date_to_string_value (J, js_date_now (J));
  if (argc == 0)
    tv = js_date_now (J);
  else if (argc == 1)
    {
      JsValue value = argv[0];

      if (js_is_object (value) && js_get_object (value)->class_id == JS_CLASS_DATE)
        tv = js_get_number (js_get_object (value)->u.primitive);
      else
        {
          JsValue v = js_to_primitive (J, value, JS_HINT_DEFAULT);
          tv = js_is_string (v) ? parse_date (js_get_string (v)) : js_to_number (J, v);
        }
      tv = time_clip (tv);
    }
  else
    tv = time_clip (time_from_components (J, argc, argv));
  obj = js_create_from_constructor (J, new_target, JS_CLASS_DATE, JS_INTRINSIC (J, DatePrototype));
  obj->u.primitive = js_number (tv);
  return js_object_value (obj);
}

NATIVE (date_now)
{
  return js_number (js_date_now (J));
}

NATIVE (date_parse)
{
  return js_number (parse_date (js_to_string (J, ARG (0))));
}

NATIVE (date_utc)
{
  return js_number (time_clip (time_from_components (J, argc, argv)));
}

/* thisTimeValue (21.4.4) */
static double
this_time_value (JsState *J, JsValue v)
{
  if (js_is_object (v) && js_get_object (v)->class_id == JS_CLASS_DATE)
    return js_get_number (js_get_object (v)->u.primitive);
  js_throw_type_error (J, "this is not a Date object.");
}

/* thisTimeValue for the setters and formatters, which V8 reports naming the
 * method (the getters keep "this is not a Date object."). */
static double
this_time_value_of_method (JsState *J, JsValue v, JsObject *callee)
{
  JsStringBuilder *b;

  if (js_is_object (v) && js_get_object (v)->class_id == JS_CLASS_DATE)
    return js_get_number (js_get_object (v)->u.primitive);
  b = js_string_builder_new (J);
  js_string_builder_append_ascii (J, b, "Method Date.prototype.");
  js_string_builder_append (J, b, js_function_get_name (J, callee));
  js_string_builder_append_ascii (J, b, " called on incompatible receiver ");
  js_string_builder_append (J, b, js_describe_value (J, v, JS_DESCRIBE_PLAIN));
  js_throw (J, js_object_value (js_error_new (J, JS_TYPE_ERROR, js_string_builder_finish (J, b))));
}

/* ------------------------------------------------------------------------
 * Date.prototype getters and setters (21.4.4)
 * ------------------------------------------------------------------------ */

typedef enum {
  PART_YEAR, PART_MONTH, PART_DATE, PART_DAY, PART_HOURS, PART_MINUTES, PART_SECONDS, PART_MS,
} DatePart;

static JsValue
date_get_part (JsState *J, JsValue this_value, DatePart part)
{
  double t = this_time_value (J, this_value);
  DateParts p;

  if (isnan (t))
    return js_number (NAN);
  split_time (t, &p);
  switch (part)
    {
    case PART_YEAR: return js_number (p.year);
    case PART_MONTH: return js_number (p.month);
    case PART_DATE: return js_number (p.day);
    case PART_DAY: return js_number (p.weekday);
    case PART_HOURS: return js_number (p.hours);
    case PART_MINUTES: return js_number (p.minutes);
    case PART_SECONDS: return js_number (p.seconds);
    default: return js_number (p.ms);
    }
}

#define DATE_GETTER(name, part) \
  NATIVE (name) { return date_get_part (J, this_value, part); }

DATE_GETTER (date_proto_get_full_year, PART_YEAR)
DATE_GETTER (date_proto_get_month, PART_MONTH)
DATE_GETTER (date_proto_get_date, PART_DATE)
DATE_GETTER (date_proto_get_day, PART_DAY)
DATE_GETTER (date_proto_get_hours, PART_HOURS)
DATE_GETTER (date_proto_get_minutes, PART_MINUTES)
DATE_GETTER (date_proto_get_seconds, PART_SECONDS)
DATE_GETTER (date_proto_get_milliseconds, PART_MS)

NATIVE (date_proto_get_time)
{
  return js_number (this_time_value (J, this_value));
}

NATIVE (date_proto_get_timezone_offset)
{
  double t = this_time_value (J, this_value);
  return js_number (isnan (t) ? NAN : 0);
}

static JsValue
set_time_value (JsValue this_value, double t)
{
  t = time_clip (t);
  js_get_object (this_value)->u.primitive = js_number (t);
  return js_number (t);
}

/* getYear and setYear (B.2.3) */
NATIVE (date_proto_get_year)
{
  double t = this_time_value_of_method (J, this_value, callee);
  DateParts p;

  if (isnan (t))
    return js_number (NAN);
  split_time (t, &p);
  return js_number (p.year - 1900);
}

NATIVE (date_proto_set_year)
{
  double t = this_time_value_of_method (J, this_value, callee);
  double y = js_to_number (J, ARG (0)), yi;
  DateParts p;

  if (isnan (y))
    return set_time_value (this_value, NAN);
  yi = trunc (y);
  if (yi >= 0 && yi <= 99)
    y = 1900 + yi;
  split_time (isnan (t) ? 0 : t, &p);
  return set_time_value (this_value, make_date (make_day (y, p.month, p.day),
                                                make_time (p.hours, p.minutes, p.seconds, p.ms)));
}

NATIVE (date_proto_set_time)
{
  this_time_value_of_method (J, this_value, callee);
  return set_time_value (this_value, js_to_number (J, ARG (0)));
}

/* The setters (21.4.4.20–28): arguments are converted first; the parts
 * not given keep their current values.  setFullYear on an invalid date
 * starts from +0. */
static double
number_args (JsState *J, int argc, const JsValue *argv, double *args, int max)
{
  int n = MIN (MAX (argc, 1), max);

  for (int i = 0; i < n; i++)
    args[i] = js_to_number (J, ARG (i));
  return n;
}

NATIVE (date_proto_set_full_year)
{
  double t = this_time_value_of_method (J, this_value, callee);
  double args[3];
  int n = (int) number_args (J, argc, argv, args, 3);
  DateParts p;

  split_time (isnan (t) ? 0 : t, &p);
  return set_time_value (this_value,
                         make_date (make_day (args[0], n > 1 ? args[1] : p.month, n > 2 ? args[2] : p.day),
                                    make_time (p.hours, p.minutes, p.seconds, p.ms)));
}

NATIVE (date_proto_set_month)
{
  double t = this_time_value_of_method (J, this_value, callee);
  double args[2];
  int n = (int) number_args (J, argc, argv, args, 2);
  DateParts p;

  if (isnan (t))
    return js_number (NAN);
  split_time (t, &p);
  return set_time_value (this_value, make_date (make_day (p.year, args[0], n > 1 ? args[1] : p.day),
                                                make_time (p.hours, p.minutes, p.seconds, p.ms)));
}

NATIVE (date_proto_set_date)
{
  double t = this_time_value_of_method (J, this_value, callee);
  double date = js_to_number (J, ARG (0));
  DateParts p;

  if (isnan (t))
    return js_number (NAN);
  split_time (t, &p);
  return set_time_value (this_value, make_date (make_day (p.year, p.month, date),
                                                make_time (p.hours, p.minutes, p.seconds, p.ms)));
}

NATIVE (date_proto_set_hours)
{
  double t = this_time_value_of_method (J, this_value, callee);
  double args[4];
  DateParts p;
  int n = MIN (MAX (argc, 1), 4);

  for (int i = 0; i < n; i++)
    args[i] = js_to_number (J, ARG (i));
  if (isnan (t))
    return js_number (NAN);
  split_time (t, &p);
  return set_time_value (this_value,
                         make_date (make_day (p.year, p.month, p.day),
                                    make_time (args[0], n > 1 ? args[1] : p.minutes, n > 2 ? args[2] : p.seconds,
                                               n > 3 ? args[3] : p.ms)));
}

NATIVE (date_proto_set_minutes)
{
  double t = this_time_value_of_method (J, this_value, callee);
  double args[3];
  DateParts p;
  int n = MIN (MAX (argc, 1), 3);

  for (int i = 0; i < n; i++)
    args[i] = js_to_number (J, ARG (i));
  if (isnan (t))
    return js_number (NAN);
  split_time (t, &p);
  return set_time_value (this_value,
                         make_date (make_day (p.year, p.month, p.day),
                                    make_time (p.hours, args[0], n > 1 ? args[1] : p.seconds, n > 2 ? args[2] : p.ms)));
}

NATIVE (date_proto_set_seconds)
{
  double t = this_time_value_of_method (J, this_value, callee);
  double args[2];
  DateParts p;
  int n = MIN (MAX (argc, 1), 2);

  for (int i = 0; i < n; i++)
    args[i] = js_to_number (J, ARG (i));
  if (isnan (t))
    return js_number (NAN);
  split_time (t, &p);
  return set_time_value (this_value, make_date (make_day (p.year, p.month, p.day),
                                                make_time (p.hours, p.minutes, args[0], n > 1 ? args[1] : p.ms)));
}

NATIVE (date_proto_set_milliseconds)
{
  double t = this_time_value_of_method (J, this_value, callee);
  double ms = js_to_number (J, ARG (0));
  DateParts p;

  if (isnan (t))
    return js_number (NAN);
  split_time (t, &p);
  return set_time_value (this_value, make_date (make_day (p.year, p.month, p.day),
                                                make_time (p.hours, p.minutes, p.seconds, ms)));
}

/* ------------------------------------------------------------------------
 * Date.prototype: strings (21.4.4.35–41, 21.4.4.43)
 * ------------------------------------------------------------------------ */

static void
append_year (GString *out, double year)
{
  if (year < 0)
    g_string_append_printf (out, "-%04.0f", -year);   /* DateString: the sign, then 4 digits */
  else
    g_string_append_printf (out, "%04.0f", year);
}

static JsValue
take_gstring (JsState *J, GString *out)
{
  JsString *s = js_string_new_utf8 (J, out->str, (gssize) out->len);

  g_string_free (out, TRUE);
  return js_string_value (s);
}

typedef enum { FORMAT_FULL, FORMAT_DATE, FORMAT_TIME, FORMAT_UTC } DateFormat;

static JsValue
format_date (JsState *J, double t, DateFormat format)
{
  GString *out;
  DateParts p;

  if (isnan (t))
    return js_string_value (js_string_new_utf8 (J, "Invalid Date", -1));
  split_time (t, &p);
  out = g_string_new (NULL);
  if (format == FORMAT_UTC)
    {
      g_string_append_printf (out, "%s, %02d %s ", day_names[p.weekday], p.day, month_names[p.month]);
      append_year (out, p.year);
      g_string_append_printf (out, " %02d:%02d:%02d GMT", p.hours, p.minutes, p.seconds);
      return take_gstring (J, out);
    }
  if (format != FORMAT_TIME)
    {
      g_string_append_printf (out, "%s %s %02d ", day_names[p.weekday], month_names[p.month], p.day);
      append_year (out, p.year);
    }
  if (format == FORMAT_FULL)
    g_string_append_c (out, ' ');
  if (format != FORMAT_DATE)
    g_string_append_printf (out, "%02d:%02d:%02d GMT+0000 (Coordinated Universal Time)", p.hours, p.minutes,
                            p.seconds);
  return take_gstring (J, out);
}

static JsValue
date_to_string_value (JsState *J, double t)
{
  return format_date (J, t, FORMAT_FULL);
}

NATIVE (date_proto_to_string)
{
  return format_date (J, this_time_value_of_method (J, this_value, callee), FORMAT_FULL);
}

NATIVE (date_proto_to_date_string)
{
  return format_date (J, this_time_value_of_method (J, this_value, callee), FORMAT_DATE);
}

NATIVE (date_proto_to_time_string)
{
  return format_date (J, this_time_value_of_method (J, this_value, callee), FORMAT_TIME);
}

NATIVE (date_proto_to_utc_string)
{
  return format_date (J, this_time_value_of_method (J, this_value, callee), FORMAT_UTC);
}

NATIVE (date_proto_to_iso_string)
{
  double t = this_time_value_of_method (J, this_value, callee);
  GString *out;
  DateParts p;

  if (isnan (t))
    js_throw_range_error (J, "Invalid time value");
  split_time (t, &p);
  out = g_string_new (NULL);
  if (p.year < 0 || p.year > 9999)
    g_string_append_printf (out, "%c%06.0f", p.year < 0 ? '-' : '+', fabs (p.year));
  else
    g_string_append_printf (out, "%04.0f", p.year);
  g_string_append_printf (out, "-%02d-%02dT%02d:%02d:%02d.%03dZ", p.month + 1, p.day, p.hours, p.minutes,
                          p.seconds, p.ms);
  return take_gstring (J, out);
}

/* toLocaleString, toLocaleDateString, toLocaleTimeString: what ICU gives
 * for en-US with the Intl.DateTimeFormat options scripts use (weekday,
 * year, month, day, hour, minute, second, hour12, hourCycle, dateStyle,
 * timeStyle), and the default forms of a few other locales.  Local time is
 * UTC. */

typedef enum { STYLE_NONE, STYLE_NUMERIC, STYLE_2DIGIT, STYLE_LONG, STYLE_SHORT, STYLE_NARROW } FieldStyle;

/* Time zones: the common IANA zones with their standard offset and
 * daylight-saving rule, and the names ICU gives them in en-US (NULL short
 * names print as "GMT+1").  Local time is UTC unless a timeZone is asked
 * for. */
typedef enum { DST_NONE, DST_US, DST_EU, DST_AU, DST_NZ } DstRule;

typedef struct {
  const char *name, *canonical;
  int offset;                       /* minutes east of UTC, standard time */
  DstRule dst;
  const char *short_std, *short_dst, *long_std, *long_dst;
} TimeZone;

static const TimeZone time_zones[] = {
  { "UTC", "UTC", 0, DST_NONE, "UTC", NULL, "Coordinated Universal Time", NULL },
  { "Etc/UTC", "UTC", 0, DST_NONE, "UTC", NULL, "Coordinated Universal Time", NULL },
  { "Etc/GMT", "UTC", 0, DST_NONE, "UTC", NULL, "Coordinated Universal Time", NULL },
  { "GMT", "UTC", 0, DST_NONE, "UTC", NULL, "Coordinated Universal Time", NULL },
  { "America/New_York", NULL, -300, DST_US, "EST", "EDT", "Eastern Standard Time", "Eastern Daylight Time" },
  { "America/Toronto", NULL, -300, DST_US, "EST", "EDT", "Eastern Standard Time", "Eastern Daylight Time" },
  { "America/Detroit", NULL, -300, DST_US, "EST", "EDT", "Eastern Standard Time", "Eastern Daylight Time" },
  { "America/Chicago", NULL, -360, DST_US, "CST", "CDT", "Central Standard Time", "Central Daylight Time" },
  { "America/Denver", NULL, -420, DST_US, "MST", "MDT", "Mountain Standard Time", "Mountain Daylight Time" },
  { "America/Phoenix", NULL, -420, DST_NONE, "MST", NULL, "Mountain Standard Time", NULL },
  { "America/Los_Angeles", NULL, -480, DST_US, "PST", "PDT", "Pacific Standard Time", "Pacific Daylight Time" },
  { "America/Vancouver", NULL, -480, DST_US, "PST", "PDT", "Pacific Standard Time", "Pacific Daylight Time" },
  { "America/Anchorage", NULL, -540, DST_US, "AKST", "AKDT", "Alaska Standard Time", "Alaska Daylight Time" },
  { "Pacific/Honolulu", NULL, -600, DST_NONE, "HST", NULL, "Hawaii-Aleutian Standard Time", NULL },
  { "America/Halifax", NULL, -240, DST_US, "AST", "ADT", "Atlantic Standard Time", "Atlantic Daylight Time" },
  { "America/St_Johns", NULL, -210, DST_US, NULL, NULL, "Newfoundland Standard Time", "Newfoundland Daylight Time" },
  { "America/Mexico_City", NULL, -360, DST_NONE, "CST", NULL, "Central Standard Time", NULL },
  { "America/Sao_Paulo", NULL, -180, DST_NONE, NULL, NULL, "Brasilia Standard Time", NULL },
  { "America/Argentina/Buenos_Aires", NULL, -180, DST_NONE, NULL, NULL, "Argentina Standard Time", NULL },
  { "Europe/London", NULL, 0, DST_EU, "GMT", NULL, "Greenwich Mean Time", "British Summer Time" },
  { "Europe/Dublin", NULL, 0, DST_EU, "GMT", NULL, "Greenwich Mean Time", "Irish Standard Time" },
  { "Europe/Lisbon", NULL, 0, DST_EU, "GMT", NULL, "Western European Standard Time", "Western European Summer Time" },
  { "Europe/Paris", NULL, 60, DST_EU, NULL, NULL, "Central European Standard Time", "Central European Summer Time" },
  { "Europe/Berlin", NULL, 60, DST_EU, NULL, NULL, "Central European Standard Time", "Central European Summer Time" },
  { "Europe/Madrid", NULL, 60, DST_EU, NULL, NULL, "Central European Standard Time", "Central European Summer Time" },
  { "Europe/Rome", NULL, 60, DST_EU, NULL, NULL, "Central European Standard Time", "Central European Summer Time" },
  { "Europe/Amsterdam", NULL, 60, DST_EU, NULL, NULL, "Central European Standard Time", "Central European Summer Time" },
  { "Europe/Brussels", NULL, 60, DST_EU, NULL, NULL, "Central European Standard Time", "Central European Summer Time" },
  { "Europe/Vienna", NULL, 60, DST_EU, NULL, NULL, "Central European Standard Time", "Central European Summer Time" },
  { "Europe/Zurich", NULL, 60, DST_EU, NULL, NULL, "Central European Standard Time", "Central European Summer Time" },
  { "Europe/Stockholm", NULL, 60, DST_EU, NULL, NULL, "Central European Standard Time", "Central European Summer Time" },
  { "Europe/Oslo", NULL, 60, DST_EU, NULL, NULL, "Central European Standard Time", "Central European Summer Time" },
  { "Europe/Copenhagen", NULL, 60, DST_EU, NULL, NULL, "Central European Standard Time", "Central European Summer Time" },
  { "Europe/Warsaw", NULL, 60, DST_EU, NULL, NULL, "Central European Standard Time", "Central European Summer Time" },
  { "Europe/Prague", NULL, 60, DST_EU, NULL, NULL, "Central European Standard Time", "Central European Summer Time" },
  { "Europe/Budapest", NULL, 60, DST_EU, NULL, NULL, "Central European Standard Time", "Central European Summer Time" },
  { "Europe/Athens", NULL, 120, DST_EU, NULL, NULL, "Eastern European Standard Time", "Eastern European Summer Time" },
  { "Europe/Helsinki", NULL, 120, DST_EU, NULL, NULL, "Eastern European Standard Time", "Eastern European Summer Time" },
  { "Europe/Kyiv", NULL, 120, DST_EU, NULL, NULL, "Eastern European Standard Time", "Eastern European Summer Time" },
  { "Europe/Kiev", NULL, 120, DST_EU, NULL, NULL, "Eastern European Standard Time", "Eastern European Summer Time" },
  { "Europe/Istanbul", NULL, 180, DST_NONE, NULL, NULL, "GMT+03:00", NULL },
  { "Europe/Moscow", NULL, 180, DST_NONE, NULL, NULL, "Moscow Standard Time", NULL },
  { "Africa/Cairo", NULL, 120, DST_NONE, NULL, NULL, "Eastern European Standard Time", NULL },
  { "Africa/Johannesburg", NULL, 120, DST_NONE, NULL, NULL, "South Africa Standard Time", NULL },
  { "Africa/Lagos", NULL, 60, DST_NONE, NULL, NULL, "West Africa Standard Time", NULL },
  { "Africa/Nairobi", NULL, 180, DST_NONE, NULL, NULL, "East Africa Time", NULL },
  { "Asia/Dubai", NULL, 240, DST_NONE, NULL, NULL, "Gulf Standard Time", NULL },
  { "Asia/Karachi", NULL, 300, DST_NONE, NULL, NULL, "Pakistan Standard Time", NULL },
  { "Asia/Kolkata", "Asia/Calcutta", 330, DST_NONE, NULL, NULL, "India Standard Time", NULL },
  { "Asia/Calcutta", NULL, 330, DST_NONE, NULL, NULL, "India Standard Time", NULL },
  { "Asia/Kathmandu", "Asia/Katmandu", 345, DST_NONE, NULL, NULL, "Nepal Time", NULL },
  { "Asia/Dhaka", NULL, 360, DST_NONE, NULL, NULL, "Bangladesh Standard Time", NULL },
  { "Asia/Bangkok", NULL, 420, DST_NONE, NULL, NULL, "Indochina Time", NULL },
  { "Asia/Jakarta", NULL, 420, DST_NONE, NULL, NULL, "Western Indonesia Time", NULL },
  { "Asia/Singapore", NULL, 480, DST_NONE, NULL, NULL, "Singapore Standard Time", NULL },
  { "Asia/Shanghai", NULL, 480, DST_NONE, NULL, NULL, "China Standard Time", NULL },
  { "Asia/Hong_Kong", NULL, 480, DST_NONE, NULL, NULL, "Hong Kong Standard Time", NULL },
  { "Asia/Taipei", NULL, 480, DST_NONE, NULL, NULL, "Taipei Standard Time", NULL },
  { "Asia/Manila", NULL, 480, DST_NONE, NULL, NULL, "Philippine Standard Time", NULL },
  { "Australia/Perth", NULL, 480, DST_NONE, NULL, NULL, "Australian Western Standard Time", NULL },
  { "Asia/Seoul", NULL, 540, DST_NONE, NULL, NULL, "Korean Standard Time", NULL },
  { "Asia/Tokyo", NULL, 540, DST_NONE, NULL, NULL, "Japan Standard Time", NULL },
  { "Australia/Brisbane", NULL, 600, DST_NONE, NULL, NULL, "Australian Eastern Standard Time", NULL },
  { "Australia/Sydney", NULL, 600, DST_AU, NULL, NULL, "Australian Eastern Standard Time",
    "Australian Eastern Daylight Time" },
  { "Australia/Melbourne", NULL, 600, DST_AU, NULL, NULL, "Australian Eastern Standard Time",
    "Australian Eastern Daylight Time" },
  { "Pacific/Auckland", NULL, 720, DST_NZ, NULL, NULL, "New Zealand Standard Time", "New Zealand Daylight Time" },
};

/* The day (days since the epoch) of the n-th Sunday of a month (n 0 for
 * the last). */
static double
sunday_of_month (double year, int month, int n)
{
  double first = days_from_civil (year, month + 1, 1);
  int weekday = (int) fmod (fmod (first + 4, 7) + 7, 7);
  double sunday = first + (7 - weekday) % 7;

  if (n > 0)
    return sunday + 7 * (n - 1);
  {
    double next = days_from_civil (month == 11 ? year + 1 : year, month == 11 ? 1 : month + 2, 1);
    double last = next - 1;
    int wd = (int) fmod (fmod (last + 4, 7) + 7, 7);
    return last - wd;
  }
}

/* Whether daylight saving time is in effect at UTC time t. */
static gboolean
in_dst (const TimeZone *zone, double t)
{
  DateParts p;
  double start, end, hour = 3600000.0, std = zone->offset * 60000.0;

  if (zone->dst == DST_NONE)
    return FALSE;
  split_time (t + std, &p);
  switch (zone->dst)
    {
    case DST_US:
      if (p.year >= 2007)
        start = sunday_of_month (p.year, 2, 2), end = sunday_of_month (p.year, 10, 1);
      else if (p.year >= 1987)
        start = sunday_of_month (p.year, 3, 1), end = sunday_of_month (p.year, 9, 0);
      else if (p.year >= 1967)
        start = sunday_of_month (p.year, 3, 0), end = sunday_of_month (p.year, 9, 0);
      else
        return FALSE;
      /* 2:00 local standard time to 2:00 local daylight time. */
      return t >= start * MS_PER_DAY + 2 * hour - std && t < end * MS_PER_DAY + 2 * hour - std - hour;
    case DST_EU:
      if (p.year >= 1996)
        start = sunday_of_month (p.year, 2, 0), end = sunday_of_month (p.year, 9, 0);
      else if (p.year >= 1981)
        start = sunday_of_month (p.year, 2, 0), end = sunday_of_month (p.year, 8, 0);
      else
        return FALSE;
      /* 1:00 UTC both ways. */
      return t >= start * MS_PER_DAY + hour && t < end * MS_PER_DAY + hour;
    case DST_AU:
    case DST_NZ:
      /* Southern hemisphere: daylight time spans the new year; the rules
       * changed in 2007–2008. */
      if (zone->dst == DST_AU)
        {
          start = p.year >= 2008 ? sunday_of_month (p.year, 9, 1) : sunday_of_month (p.year, 9, 0);
          end = p.year >= 2008 ? sunday_of_month (p.year, 3, 1) : sunday_of_month (p.year, 2, 0);
        }
      else
        {
          start = p.year >= 2007 ? sunday_of_month (p.year, 8, 0) : sunday_of_month (p.year, 9, 1);
          end = p.year >= 2008 ? sunday_of_month (p.year, 3, 1) : sunday_of_month (p.year, 2, 3);
        }
      return t < end * MS_PER_DAY + 3 * hour - std - hour || t >= start * MS_PER_DAY + 2 * hour - std;
    default:
      return FALSE;
    }
}

static const TimeZone *
find_time_zone (JsState *J, JsValue name)
{
  JsString *s;

  if (js_is_undefined (name))
    return &time_zones[0];
  s = js_to_string (J, name);
  for (guint i = 0; i < G_N_ELEMENTS (time_zones); i++)
    {
      const char *n = time_zones[i].name;
      gboolean match = strlen (n) == s->length;

      for (guint32 k = 0; match && k < s->length; k++)
        match = s->chars[k] < 128 && g_ascii_tolower ((char) s->chars[k]) == g_ascii_tolower (n[k]);
      if (match)
        return &time_zones[i];
    }
  {
    JsStringBuilder *b = js_string_builder_new (J);
    js_string_builder_append_ascii (J, b, "Invalid time zone specified: ");
    js_string_builder_append (J, b, s);
    js_throw (J, js_object_value (js_error_new (J, JS_RANGE_ERROR, js_string_builder_finish (J, b))));
  }
}

/* "GMT+1", "GMT-3:30" (short) or "GMT+01:00" (long), as ICU writes offsets. */
static void
append_gmt_offset (GString *out, int minutes, gboolean long_form)
{
  int h = ABS (minutes) / 60, m = ABS (minutes) % 60;

  if (minutes == 0)
    {
      g_string_append (out, "GMT");
      return;
    }
  if (long_form)
    g_string_append_printf (out, "GMT%c%02d:%02d", minutes < 0 ? '-' : '+', h, m);
  else if (m != 0)
    g_string_append_printf (out, "GMT%c%d:%02d", minutes < 0 ? '-' : '+', h, m);
  else
    g_string_append_printf (out, "GMT%c%d", minutes < 0 ? '-' : '+', h);
}

static void
append_zone_name (GString *out, const TimeZone *zone, gboolean dst, gboolean long_form)
{
  const char *name = long_form ? (dst ? zone->long_dst : zone->long_std) : (dst ? zone->short_dst : zone->short_std);

  if (name != NULL)
    g_string_append (out, name);
  else
    append_gmt_offset (out, zone->offset + (dst ? 60 : 0), long_form);
}



typedef struct {
  FieldStyle weekday, year, month, day, hour, minute, second;
  gboolean hour12, h24;               /* h24: hour12 false shows midnight as 24, as ICU does for en-US */
  gboolean explicit_fields;           /* the options named fields or styles (else the defaults apply) */
  const TimeZone *zone;
  int zone_name;                      /* timeZoneName: 0 none, 1 short, 2 long */
  int date_style, time_style;         /* 0 none, 1 full, 2 long, 3 medium, 4 short */
} DateFormatOptions;

/* ToDateTimeOptions's `required` and `defaults` (ECMA-402 11.1.2). */
typedef enum { REQUIRED_DATE, REQUIRED_TIME, REQUIRED_ANY } DateRequired;
typedef enum { DEFAULTS_DATE, DEFAULTS_TIME, DEFAULTS_ALL } DateDefaults;

static const char *const long_month_names[] = {
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
  "December",
};
static const char *const long_day_names[] = {
  "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
};

static FieldStyle
get_field_style (JsState *J, JsValue options, const char *name)
{
  static const char *const styles[] = { NULL, "numeric", "2-digit", "long", "short", "narrow" };
  JsValue v = js_get_utf8 (J, options, name);
  JsString *s;

  if (js_is_undefined (v))
    return STYLE_NONE;
  s = js_to_string (J, v);
  for (int i = 1; i < (int) G_N_ELEMENTS (styles); i++)
    if (js_string_equal_ascii (s, styles[i]))
      return (FieldStyle) i;
  {
    JsStringBuilder *b = js_string_builder_new (J);
    js_string_builder_append_ascii (J, b, "Value ");
    js_string_builder_append (J, b, s);
    js_string_builder_append_ascii (J, b, " out of range for Intl.DateTimeFormat options property ");
    js_string_builder_append_ascii (J, b, name);
    js_throw (J, js_object_value (js_error_new (J, JS_RANGE_ERROR, js_string_builder_finish (J, b))));
  }
}

static int
get_style_option (JsState *J, JsValue options, const char *name)
{
  static const char *const styles[] = { NULL, "full", "long", "medium", "short" };
  JsValue v = js_get_utf8 (J, options, name);
  JsString *s;

  if (js_is_undefined (v))
    return 0;
  s = js_to_string (J, v);
  for (int i = 1; i < (int) G_N_ELEMENTS (styles); i++)
    if (js_string_equal_ascii (s, styles[i]))
      return i;
  return 0;
}

/* ToDateTimeOptions (ECMA-402 11.1.2) and the option reading. */
static void
read_date_format_options (JsState *J, JsValue options, DateRequired required, DateDefaults defaults,
                          DateFormatOptions *o)
{
  gboolean need_defaults = TRUE;

  memset (o, 0, sizeof *o);
  o->hour12 = TRUE;
  o->zone = &time_zones[0];
  if (js_is_object (options))
    {
      JsValue hour12 = js_get_utf8 (J, options, "hour12");
      JsValue cycle = js_get_utf8 (J, options, "hourCycle");

      o->weekday = get_field_style (J, options, "weekday");
      o->year = get_field_style (J, options, "year");
      o->month = get_field_style (J, options, "month");
      o->day = get_field_style (J, options, "day");
      o->hour = get_field_style (J, options, "hour");
      o->minute = get_field_style (J, options, "minute");
      o->second = get_field_style (J, options, "second");
      o->date_style = get_style_option (J, options, "dateStyle");
      o->time_style = get_style_option (J, options, "timeStyle");
      o->zone = find_time_zone (J, js_get_utf8 (J, options, "timeZone"));
      {
        JsValue zone_name = js_get_utf8 (J, options, "timeZoneName");
        if (js_is_string (zone_name))
          o->zone_name = js_string_equal_ascii (js_get_string (zone_name), "long") ? 2 : 1;
      }
      if (!js_is_undefined (hour12))
        {
          o->hour12 = js_to_boolean (hour12);
          o->h24 = !o->hour12;
        }
      else if (js_is_string (cycle))
        o->hour12 = js_string_equal_ascii (js_get_string (cycle), "h12") ||
                    js_string_equal_ascii (js_get_string (cycle), "h11");
    }
  if (required == REQUIRED_DATE && o->time_style)
    js_throw_type_error (J, "Invalid option : timeStyle");
  if (required == REQUIRED_TIME && o->date_style)
    js_throw_type_error (J, "Invalid option : dateStyle");
  if (required != REQUIRED_TIME && (o->weekday || o->year || o->month || o->day))
    need_defaults = FALSE;
  if (required != REQUIRED_DATE && (o->hour || o->minute || o->second))
    need_defaults = FALSE;
  if (o->date_style || o->time_style)
    need_defaults = FALSE;
  o->explicit_fields = !need_defaults;
  if (need_defaults && defaults != DEFAULTS_TIME)
    o->year = o->month = o->day = STYLE_NUMERIC;
  if (need_defaults && defaults != DEFAULTS_DATE)
    o->hour = o->minute = o->second = STYLE_NUMERIC;
  switch (o->date_style)
    {
    case 1: o->weekday = STYLE_LONG; o->month = STYLE_LONG; o->day = o->year = STYLE_NUMERIC; break;
    case 2: o->month = STYLE_LONG; o->day = o->year = STYLE_NUMERIC; break;
    case 3: o->month = STYLE_SHORT; o->day = o->year = STYLE_NUMERIC; break;
    case 4: o->month = o->day = STYLE_NUMERIC; o->year = STYLE_2DIGIT; break;
    default: break;
    }
  if (o->time_style)
    {
      o->hour = o->minute = STYLE_NUMERIC;
      if (o->time_style != 4)
        o->second = STYLE_NUMERIC;
    }
}

static void
append_number (GString *out, int n, FieldStyle style)
{
  g_string_append_printf (out, style == STYLE_2DIGIT ? "%02d" : "%d", n);
}

static void
append_year_field (GString *out, double year, FieldStyle style)
{
  if (style == STYLE_2DIGIT)
    g_string_append_printf (out, "%02d", (int) fmod (fmod (year, 100) + 100, 100));
  else
    g_string_append_printf (out, "%.0f", year);
}

static void
append_month_name (GString *out, int month, FieldStyle style)
{
  if (style == STYLE_LONG)
    g_string_append (out, long_month_names[month]);
  else if (style == STYLE_SHORT)
    g_string_append (out, month_names[month]);
  else
    g_string_append_c (out, long_month_names[month][0]);
}

static void
append_weekday (GString *out, int weekday, FieldStyle style)
{
  if (style == STYLE_LONG)
    g_string_append (out, long_day_names[weekday]);
  else if (style == STYLE_SHORT)
    g_string_append (out, day_names[weekday]);
  else
    g_string_append_c (out, long_day_names[weekday][0]);
}

static gboolean
is_text_style (FieldStyle style)
{
  return style == STYLE_LONG || style == STYLE_SHORT || style == STYLE_NARROW;
}

/* The date part in en-US: "1/5/2024", "January 5, 2024", "Friday, Jan 5". */
static void
append_date_part (GString *out, const DateParts *p, const DateFormatOptions *o)
{
  if (o->weekday && !(o->month && o->day))
    {
      /* ICU has no pattern for these: the weekday comes after the rest. */
      DateFormatOptions rest = *o;

      rest.weekday = STYLE_NONE;
      append_date_part (out, p, &rest);
      if (out->len > 0)
        g_string_append_c (out, ' ');
      append_weekday (out, p->weekday, o->weekday);
      return;
    }
  if (o->weekday)
    {
      append_weekday (out, p->weekday, o->weekday);
      g_string_append (out, ", ");
    }
  if (is_text_style (o->month))
    {
      append_month_name (out, p->month, o->month);
      if (o->day)
        {
          g_string_append_c (out, ' ');
          append_number (out, p->day, o->day);
        }
      if (o->year)
        {
          g_string_append (out, o->day ? ", " : " ");
          append_year_field (out, p->year, o->year);
        }
      return;
    }
  if (o->month)
    {
      append_number (out, p->month + 1, o->month);
      if (o->day)
        {
          g_string_append_c (out, '/');
          append_number (out, p->day, o->day);
        }
      if (o->year)
        {
          g_string_append_c (out, '/');
          append_year_field (out, p->year, o->year);
        }
      return;
    }
  if (o->day && o->year && !(o->year == STYLE_2DIGIT && o->day == STYLE_NUMERIC))
    {
      append_year_field (out, p->year, o->year);
      g_string_append (out, " (day: ");
      append_number (out, p->day, o->day);
      g_string_append_c (out, ')');
      return;
    }
  if (o->day)
    {
      append_number (out, p->day, o->day);
      if (o->year)
        g_string_append_c (out, ' ');
    }
  if (o->year)
    append_year_field (out, p->year, o->year);
}

/* The time part in en-US: "9:07:03 AM", "09:07 AM", "19:07". */
static void
append_time_part (GString *out, const DateParts *p, const DateFormatOptions *o, gboolean dst)
{
  if (o->hour)
    {
      int h = p->hours;

      if (o->hour12)
        {
          h = h % 12 == 0 ? 12 : h % 12;
          append_number (out, h, o->hour);
        }
      else
        g_string_append_printf (out, "%02d", h == 0 && o->h24 ? 24 : h);
      if (o->minute)
        g_string_append_printf (out, ":%02d", p->minutes);
      if (o->minute && o->second)
        g_string_append_printf (out, ":%02d", p->seconds);
      if (o->hour12)
        g_string_append (out, p->hours < 12 ? " AM" : " PM");
      if (o->time_style == 1 || o->time_style == 2 || o->zone_name)
        {
          g_string_append_c (out, ' ');
          append_zone_name (out, o->zone, dst, o->time_style == 1 || o->zone_name == 2);
        }
      return;
    }
  if (o->minute && o->second)
    g_string_append_printf (out, "%02d:%02d", p->minutes, p->seconds);
  else if (o->minute)
    g_string_append_printf (out, "%d", p->minutes);
  else if (o->second)
    g_string_append_printf (out, "%d", p->seconds);
}

/* The default forms of locales whose numeric dates differ from en-US. */
static gboolean
append_other_locale (GString *out, JsValue locales, const DateParts *p, const DateFormatOptions *o)
{
  char tag[3] = { 0 };
  gboolean date = o->day != STYLE_NONE, time = o->hour != STYLE_NONE;
  const char *date_format, *separator;

  if (o->explicit_fields || !js_is_string (locales) || js_get_string (locales)->length < 2)
    return FALSE;
  tag[0] = (char) js_get_string (locales)->chars[0];
  tag[1] = (char) js_get_string (locales)->chars[1];
  if (js_string_equal_ascii (js_get_string (locales), "en-GB") || strcmp (tag, "fr") == 0 ||
      strcmp (tag, "es") == 0 || strcmp (tag, "it") == 0)
    date_format = "%02d/%02d/%.0f";
  else if (strcmp (tag, "de") == 0)
    date_format = "%d.%d.%.0f";
  else
    return FALSE;
  separator = strcmp (tag, "fr") == 0 || strcmp (tag, "es") == 0 ? " " : ", ";
  if (date)
    g_string_append_printf (out, date_format, p->day, p->month + 1, p->year);
  if (date && time)
    g_string_append (out, separator);
  if (time)
    g_string_append_printf (out, "%02d:%02d:%02d", p->hours, p->minutes, p->seconds);
  return TRUE;
}

static JsValue
format_locale (JsState *J, double t, JsValue locales, JsValue options, DateRequired required, DateDefaults defaults)
{
  DateFormatOptions o;
  gboolean date, time, dst;
  GString *out;
  DateParts p;

  if (js_is_object (locales))
    locales = js_get_index (J, locales, 0);
  if (!js_is_undefined (options) && !js_is_null (options))
    options = js_object_value (js_to_object (J, options));
  read_date_format_options (J, options, required, defaults, &o);
  if (isnan (t))
    return js_string_value (js_string_new_utf8 (J, "Invalid Date", -1));
  dst = in_dst (o.zone, t);
  split_time (t + (o.zone->offset + (dst ? 60 : 0)) * 60000.0, &p);
  out = g_string_new (NULL);
  if (append_other_locale (out, locales, &p, &o))
    return take_gstring (J, out);
  date = o.weekday || o.year || o.month || o.day;
  time = o.hour || o.minute || o.second;
  if (date)
    append_date_part (out, &p, &o);
  if (date && time)
    {
      /* Long dates join with " at ", a lone weekday with a space. */
      if (o.month == STYLE_LONG || o.date_style == 1 || o.date_style == 2)
        g_string_append (out, " at ");
      else if (o.weekday && !o.year && !o.month && !o.day)
        g_string_append_c (out, ' ');
      else
        g_string_append (out, ", ");
    }
  if (time)
    append_time_part (out, &p, &o, dst);
  return take_gstring (J, out);
}

NATIVE (date_proto_to_locale_string)
{
  return format_locale (J, this_time_value_of_method (J, this_value, callee), ARG (0), ARG (1), REQUIRED_ANY, DEFAULTS_ALL);
}

NATIVE (date_proto_to_locale_date_string)
{
  return format_locale (J, this_time_value_of_method (J, this_value, callee), ARG (0), ARG (1), REQUIRED_DATE, DEFAULTS_DATE);
}

NATIVE (date_proto_to_locale_time_string)
{
  return format_locale (J, this_time_value_of_method (J, this_value, callee), ARG (0), ARG (1), REQUIRED_TIME, DEFAULTS_TIME);
}

/* Date.prototype.toJSON (21.4.4.37) */
NATIVE (date_proto_to_json)
{
  JsObject *o = js_to_object (J, this_value);
  JsValue tv = js_to_primitive (J, js_object_value (o), JS_HINT_NUMBER);

  if (js_is_number (tv) && !isfinite (js_get_number (tv)))
    return JS_NULL;
  {
    JsValue to_iso = js_object_get (J, o, js_key_from_utf8 (J, "toISOString"), js_object_value (o));

    if (!js_is_callable (to_iso))
      js_throw_type_error (J, "toISOString is not a function");
    return js_call (J, to_iso, js_object_value (o), 0, NULL);
  }
}

NATIVE (date_proto_value_of)
{
  return js_number (this_time_value (J, this_value));
}

/* Date.prototype [ @@toPrimitive ] (21.4.4.45) with OrdinaryToPrimitive. */
NATIVE (date_proto_to_primitive)
{
  JsValue hint = ARG (0);
  const char *order[2];

  if (!js_is_object (this_value))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "Date.prototype [ @@toPrimitive ] called on non-object %s",
                               this_value, JS_DESCRIBE_PLAIN);
  if (js_is_string (hint) && (js_string_equal_ascii (js_get_string (hint), "string") ||
                              js_string_equal_ascii (js_get_string (hint), "default")))
    order[0] = "toString", order[1] = "valueOf";
  else if (js_is_string (hint) && js_string_equal_ascii (js_get_string (hint), "number"))
    order[0] = "valueOf", order[1] = "toString";
  else
    js_throw_error_with_value (J, JS_TYPE_ERROR, "Invalid hint: %s", hint, JS_DESCRIBE_PLAIN);
  for (int i = 0; i < 2; i++)
    {
      JsValue method = js_get_utf8 (J, this_value, order[i]);
      if (js_is_callable (method))
        {
          JsValue result = js_call (J, method, this_value, 0, NULL);
          if (!js_is_object (result))
            return result;
        }
    }
  js_throw_type_error (J, "Cannot convert object to primitive value");
}

static void
init_date (JsState *J)
{
  /* In V8's order, which Object.getOwnPropertyNames shows; NULL marks
   * toGMTString, the same function as toUTCString. */
  static const struct { const char *name; JsNativeFn fn; int length; } methods[] = {
    { "toString", date_proto_to_string, 0 }, { "toDateString", date_proto_to_date_string, 0 },
    { "toTimeString", date_proto_to_time_string, 0 }, { "toISOString", date_proto_to_iso_string, 0 },
    { "toUTCString", date_proto_to_utc_string, 0 }, { "toGMTString", NULL, 0 },
    { "getDate", date_proto_get_date, 0 }, { "setDate", date_proto_set_date, 1 },
    { "getDay", date_proto_get_day, 0 }, { "getFullYear", date_proto_get_full_year, 0 },
    { "setFullYear", date_proto_set_full_year, 3 }, { "getHours", date_proto_get_hours, 0 },
    { "setHours", date_proto_set_hours, 4 }, { "getMilliseconds", date_proto_get_milliseconds, 0 },
    { "setMilliseconds", date_proto_set_milliseconds, 1 }, { "getMinutes", date_proto_get_minutes, 0 },
    { "setMinutes", date_proto_set_minutes, 3 }, { "getMonth", date_proto_get_month, 0 },
    { "setMonth", date_proto_set_month, 2 }, { "getSeconds", date_proto_get_seconds, 0 },
    { "setSeconds", date_proto_set_seconds, 2 }, { "getTime", date_proto_get_time, 0 },
    { "setTime", date_proto_set_time, 1 }, { "getTimezoneOffset", date_proto_get_timezone_offset, 0 },
    { "getUTCDate", date_proto_get_date, 0 }, { "setUTCDate", date_proto_set_date, 1 },
    { "getUTCDay", date_proto_get_day, 0 }, { "getUTCFullYear", date_proto_get_full_year, 0 },
    { "setUTCFullYear", date_proto_set_full_year, 3 }, { "getUTCHours", date_proto_get_hours, 0 },
    { "setUTCHours", date_proto_set_hours, 4 }, { "getUTCMilliseconds", date_proto_get_milliseconds, 0 },
    { "setUTCMilliseconds", date_proto_set_milliseconds, 1 }, { "getUTCMinutes", date_proto_get_minutes, 0 },
    { "setUTCMinutes", date_proto_set_minutes, 3 }, { "getUTCMonth", date_proto_get_month, 0 },
    { "setUTCMonth", date_proto_set_month, 2 }, { "getUTCSeconds", date_proto_get_seconds, 0 },
    { "setUTCSeconds", date_proto_set_seconds, 2 }, { "valueOf", date_proto_value_of, 0 },
    { "getYear", date_proto_get_year, 0 }, { "setYear", date_proto_set_year, 1 },
    { "toJSON", date_proto_to_json, 1 }, { "toLocaleString", date_proto_to_locale_string, 0 },
    { "toLocaleDateString", date_proto_to_locale_date_string, 0 },
    { "toLocaleTimeString", date_proto_to_locale_time_string, 0 },
  };
  JsObject *proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *ctor = js_native_constructor_new (J, "Date", 7, date_constructor, proto);
  JsObject *to_primitive, *previous = NULL;

  JS_INTRINSIC (J, DatePrototype) = proto;
  JS_INTRINSIC (J, Date) = ctor;
  js_define_value (J, proto, JS_KEY (J, constructor), js_object_value (ctor), JS_PROP_HIDDEN);
  js_define_method (J, ctor, "now", date_now, 0);
  js_define_method (J, ctor, "parse", date_parse, 1);
  js_define_method (J, ctor, "UTC", date_utc, 7);
  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    {
      if (methods[i].fn != NULL)
        previous = js_define_method (J, proto, methods[i].name, methods[i].fn, methods[i].length);
      else
        js_define_value_utf8 (J, proto, methods[i].name, js_object_value (previous), JS_PROP_HIDDEN);
    }
  to_primitive = js_define_method_key (J, proto, JS_SYMBOL_KEY (J, toPrimitive), "[Symbol.toPrimitive]",
                                       date_proto_to_primitive, 1);
  js_define_value (J, proto, JS_SYMBOL_KEY (J, toPrimitive), js_object_value (to_primitive), JS_PROP_CONFIGURABLE);
  js_define_value_utf8 (J, J->global, "Date", js_object_value (ctor), JS_PROP_HIDDEN);
}

/* ------------------------------------------------------------------------
 * structuredClone (HTML's StructuredSerialize + StructuredDeserialize in
 * one pass): plain data is copied deeply, shared and cyclic references
 * stay shared in the copy; functions and symbols cannot be cloned.
 * ------------------------------------------------------------------------ */

G_GNUC_NORETURN static void
throw_data_clone_error (JsState *J, JsValue v)
{
  JsStringBuilder *b = js_string_builder_new (J);
  JsObject *error;
  char *message;

  /* A page's structuredClone is a method of the Window. */
  if (J->options.host == JS_HOST_BROWSER)
    js_string_builder_append_ascii (J, b, "Failed to execute 'structuredClone' on 'Window': ");
  if (js_is_callable (v))
    js_string_builder_append (J, b, js_to_string (J, js_invoke (J, v, JS_KEY (J, toString), 0, NULL)));
  else
    js_string_builder_append (J, b, js_describe_value (J, v, JS_DESCRIBE_PLAIN));
  js_string_builder_append_ascii (J, b, " could not be cloned.");
  message = js_string_to_utf8 (js_string_builder_finish (J, b));
  error = js_dom_exception_new (J, message, "DataCloneError");
  g_free (message);
  js_throw (J, js_object_value (error));
}

static JsValue structured_clone (JsState *J, JsValue v, JsObject *memory, int depth);

/* Copies the own enumerable string-keyed properties, reading them with Get. */
static void
clone_properties (JsState *J, JsObject *from, JsObject *to, JsObject *memory, int depth)
{
  guint32 n;
  JsValue *keys = js_own_property_keys (J, from, JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY, &n);
  JsObject *list = js_array_from_values (J, keys, n);

  g_free (keys);
  for (guint32 i = 0; i < n; i++)
    {
      JsValue key = list->u.array.elements[i];
      JsValue value = js_object_get (J, from, key, js_object_value (from));
      js_define_value (J, to, key, structured_clone (J, value, memory, depth + 1), JS_PROP_DEFAULT);
    }
}

static JsValue
structured_clone (JsState *J, JsValue v, JsObject *memory, int depth)
{
  JsObject *o, *copy;
  JsValue seen;

  if (js_is_symbol (v))
    throw_data_clone_error (J, v);
  if (!js_is_object (v))
    return v;
  if (depth > 5000)
    js_throw_range_error (J, "Maximum call stack size exceeded");
  seen = js_map_lookup (J, memory, v);
  if (!js_is_empty (seen))
    return seen;
  o = js_get_object (v);
  if (js_object_is_callable (o))
    throw_data_clone_error (J, v);
  switch (o->class_id)
    {
    case JS_CLASS_BOOLEAN:
    case JS_CLASS_NUMBER:
    case JS_CLASS_STRING:
    case JS_CLASS_DATE:
    case JS_CLASS_BIGINT:
      {
        static const JsIntrinsicId protos[] = {
          JS_INTRINSIC_BooleanPrototype, JS_INTRINSIC_NumberPrototype, JS_INTRINSIC_StringPrototype,
          JS_INTRINSIC_DatePrototype, JS_INTRINSIC_BigIntPrototype,
        };
        int which = o->class_id == JS_CLASS_BOOLEAN ? 0 : o->class_id == JS_CLASS_NUMBER ? 1
                  : o->class_id == JS_CLASS_STRING ? 2 : o->class_id == JS_CLASS_DATE ? 3 : 4;
        copy = js_object_new_class (J, o->class_id, J->intrinsics[protos[which]]);
        copy->u.primitive = o->u.primitive;
        js_map_insert (J, memory, v, js_object_value (copy));
        return js_object_value (copy);
      }
    case JS_CLASS_ARRAY_BUFFER:
      copy = js_array_buffer_new (J, o->u.buffer.byte_length);
      if (o->u.buffer.byte_length > 0)
        memcpy (copy->u.buffer.data, o->u.buffer.data, o->u.buffer.byte_length);
      js_map_insert (J, memory, v, js_object_value (copy));
      return js_object_value (copy);
    case JS_CLASS_TYPED_ARRAY:
    case JS_CLASS_DATA_VIEW:
      {
        /* The buffer first, through the memory: views of one buffer stay views of one copy. */
        JsValue buffer = structured_clone (J, js_object_value (o->u.view.buffer), memory, depth + 1);
        copy = js_array_buffer_view_clone (J, o, js_get_object (buffer));
        js_map_insert (J, memory, v, js_object_value (copy));
        return js_object_value (copy);
      }
    case JS_CLASS_ARRAY:
      copy = js_array_new (J, 0);
      js_map_insert (J, memory, v, js_object_value (copy));
      js_array_set_length (J, copy, js_array_length (o));
      clone_properties (J, o, copy, memory, depth);
      return js_object_value (copy);
    case JS_CLASS_MAP:
    case JS_CLASS_SET:
      {
        guint32 cursor = 0;
        JsValue key, value;
        JsObject *entries = js_array_new (J, 0);

        copy = o->class_id == JS_CLASS_MAP ? js_map_new (J) : js_set_new (J);
        js_map_insert (J, memory, v, js_object_value (copy));
        /* Snapshot first: cloning runs getters, which may change the original. */
        while (js_map_data_iterate (o->u.map, &cursor, &key, &value))
          {
            js_array_push (J, entries, key);
            js_array_push (J, entries, value);
          }
        for (guint32 i = 0; i + 1 < js_array_length (entries); i += 2)
          {
            JsValue k = structured_clone (J, entries->u.array.elements[i], memory, depth + 1);
            JsValue val = structured_clone (J, entries->u.array.elements[i + 1], memory, depth + 1);
            js_map_insert (J, copy, k, o->class_id == JS_CLASS_MAP ? val : k);
          }
        return js_object_value (copy);
      }
    case JS_CLASS_ERROR:
      {
        static const char *const names[] = {
          "Error", "TypeError", "RangeError", "ReferenceError", "SyntaxError", "EvalError", "URIError",
        };
        static const JsErrorType types[] = {
          JS_ERROR, JS_TYPE_ERROR, JS_RANGE_ERROR, JS_REFERENCE_ERROR, JS_SYNTAX_ERROR, JS_EVAL_ERROR, JS_URI_ERROR,
        };
        JsValue name = js_get (J, v, JS_KEY (J, name));
        JsErrorType type = JS_ERROR;
        JsPropertyDescriptor desc;

        if (js_is_string (name))
          for (guint i = 0; i < G_N_ELEMENTS (names); i++)
            if (js_string_equal_ascii (js_get_string (name), names[i]))
              type = types[i];
        copy = js_error_new (J, type, NULL);
        js_map_insert (J, memory, v, js_object_value (copy));
        if (js_get_own_property (J, o, JS_KEY (J, message), &desc))
          js_define_value (J, copy, JS_KEY (J, message),
                           js_string_value (js_to_string (J, js_get (J, v, JS_KEY (J, message)))), JS_PROP_HIDDEN);
        if (js_get_own_property (J, o, JS_KEY (J, cause), &desc))
          js_define_value (J, copy, JS_KEY (J, cause),
                           structured_clone (J, js_get (J, v, JS_KEY (J, cause)), memory, depth + 1), JS_PROP_HIDDEN);
        return js_object_value (copy);
      }
    case JS_CLASS_REGEXP:
      /* [[OriginalSource]] and [[OriginalFlags]] only: lastIndex starts at 0 */
      copy = js_regexp_clone (J, o);
      if (copy == NULL)
        throw_data_clone_error (J, v);
      js_map_insert (J, memory, v, js_object_value (copy));
      return js_object_value (copy);
    case JS_CLASS_OBJECT:
    case JS_CLASS_ARGUMENTS:
    case JS_CLASS_MAPPED_ARGUMENTS:
      copy = js_plain_object_new (J);
      js_map_insert (J, memory, v, js_object_value (copy));
      clone_properties (J, o, copy, memory, depth);
      return js_object_value (copy);
    default:
      throw_data_clone_error (J, v);
    }
}

JsValue
js_builtin_structured_clone (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target,
                             JsObject *callee)
{
  if (argc == 0)
    js_throw_type_error (J, "The \"value\" argument must be specified");
  return structured_clone (J, argv[0], js_map_new (J), 0);
}

/* ------------------------------------------------------------------------
 * Intl (ECMA-402), the parts scripts use: NumberFormat, DateTimeFormat,
 * Collator, PluralRules, for en-US (and the separators and date forms of a
 * few other locales).  The formatting is the toLocaleString methods'.
 * Instances are host objects: slot 0 the locale, slot 1 a snapshot of the
 * options taken at construction, slot 2 the bound format/compare function.
 * ------------------------------------------------------------------------ */

static const JsHostClass number_format_class = { "Intl.NumberFormat", NULL, NULL };
static const JsHostClass date_time_format_class = { "Intl.DateTimeFormat", NULL, NULL };
static const JsHostClass collator_class = { "Intl.Collator", NULL, NULL };
static const JsHostClass plural_rules_class = { "Intl.PluralRules", NULL, NULL };

static const char *const number_format_options[] = {
  "style", "currency", "currencyDisplay", "minimumIntegerDigits", "minimumFractionDigits", "maximumFractionDigits",
  "minimumSignificantDigits", "maximumSignificantDigits", "useGrouping", "notation", "compactDisplay",
  "signDisplay", "unit", "unitDisplay", NULL,
};
static const char *const date_time_format_options[] = {
  "weekday", "era", "year", "month", "day", "hour", "minute", "second", "hour12", "hourCycle", "timeZone",
  "timeZoneName", "dateStyle", "timeStyle", NULL,
};
static const char *const collator_options[] = { "usage", "sensitivity", "ignorePunctuation", "numeric", "caseFirst", NULL };
static const char *const plural_rules_options[] = { "type", NULL };

/* The requested locale: the first of `locales`, else en-US. */
static JsValue
resolve_locale (JsState *J, JsValue locales)
{
  if (js_is_object (locales))
    locales = js_get_index (J, locales, 0);
  if (js_is_undefined (locales))
    return js_string_value (js_string_new_utf8 (J, "en-US", -1));
  return js_string_value (js_to_string (J, locales));
}

/* Reads each known option once, as the constructors do (GetOption). */
static JsValue
snapshot_options (JsState *J, JsValue options, const char *const *names)
{
  JsObject *copy = js_object_new (J, NULL);

  if (js_is_undefined (options))
    return js_object_value (copy);
  options = js_object_value (js_to_object (J, options));
  for (int i = 0; names[i] != NULL; i++)
    {
      JsValue v = js_get_utf8 (J, options, names[i]);
      if (!js_is_undefined (v))
        js_define_value_utf8 (J, copy, names[i], v, JS_PROP_DEFAULT);
    }
  return js_object_value (copy);
}

static JsObject *
intl_object_new (JsState *J, JsValue new_target, JsObject *callee, const JsHostClass *klass, JsValue locales,
                 JsValue options, const char *const *names)
{
  JsObject *fallback = js_get_object (js_get_own_data (J, callee, JS_KEY (J, prototype)));
  JsObject *obj = js_create_from_constructor (J, js_is_undefined (new_target) ? js_object_value (callee) : new_target,
                                              JS_CLASS_HOST, fallback);

  obj->u.host.klass = klass;
  obj->u.host.slots[0] = resolve_locale (J, locales);
  obj->u.host.slots[1] = snapshot_options (J, options, names);
  return obj;
}

static JsObject *
this_intl_object (JsState *J, JsValue v, const JsHostClass *klass, const char *method)
{
  if (js_is_object (v) && js_get_object (v)->class_id == JS_CLASS_HOST && js_get_object (v)->u.host.klass == klass)
    return js_get_object (v);
  {
    JsStringBuilder *b = js_string_builder_new (J);

    js_string_builder_append_ascii (J, b, "Method ");
    js_string_builder_append_ascii (J, b, klass->name);
    js_string_builder_append_ascii (J, b, ".prototype.");
    js_string_builder_append_ascii (J, b, method);
    js_string_builder_append_ascii (J, b, " called on incompatible receiver ");
    js_string_builder_append (J, b, js_describe_value (J, v, JS_DESCRIBE_PLAIN));
    js_throw (J, js_object_value (js_error_new (J, JS_TYPE_ERROR, js_string_builder_finish (J, b))));
  }
}

/* resolvedOptions: the locale, then the snapshot's options. */
static JsObject *
resolved_options (JsState *J, JsObject *obj)
{
  JsObject *resolved = js_plain_object_new (J);
  JsObject *options = js_get_object (obj->u.host.slots[1]);
  guint32 n;
  JsValue *keys;
  JsObject *list;

  js_define_value_utf8 (J, resolved, "locale", obj->u.host.slots[0], JS_PROP_DEFAULT);
  keys = js_own_property_keys (J, options, JS_KEYS_STRINGS, &n);
  list = js_array_from_values (J, keys, n);
  g_free (keys);
  for (guint32 i = 0; i < n; i++)
    js_define_value (J, resolved, list->u.array.elements[i],
                     js_get_own_data (J, options, list->u.array.elements[i]), JS_PROP_DEFAULT);
  return resolved;
}

/* The bound function behind the format and compare getters, made once. */
static JsValue
bound_intl_function (JsState *J, JsObject *obj, const char *name, int length, JsNativeFn fn)
{
  if (js_is_undefined (obj->u.host.slots[2]))
    {
      JsObject *f = js_native_function_new (J, name, length, fn, 1);
      js_native_captures (f)[0] = js_object_value (obj);
      obj->u.host.slots[2] = js_object_value (f);
    }
  return obj->u.host.slots[2];
}

/* Intl.NumberFormat (ECMA-402 15) */
NATIVE (intl_number_format)
{
  JsObject *nf = intl_object_new (J, new_target, callee, &number_format_class, ARG (0), ARG (1),
                                  number_format_options);

  /* Option errors show at construction, as in V8. */
  js_number_format (J, 0, nf->u.host.slots[0], nf->u.host.slots[1]);
  return js_object_value (nf);
}

NATIVE (intl_number_format_bound_format)
{
  JsObject *nf = js_get_object (js_native_captures (callee)[0]);
  JsValue x = js_to_numeric (J, ARG (0));

  if (js_is_bigint (x))
    return js_string_value (js_bigint_format (J, x, nf->u.host.slots[0], nf->u.host.slots[1]));
  return js_string_value (js_number_format (J, js_get_number (x), nf->u.host.slots[0], nf->u.host.slots[1]));
}

NATIVE (intl_number_format_proto_format)
{
  JsObject *nf = this_intl_object (J, this_value, &number_format_class, "format");
  return bound_intl_function (J, nf, "", 1, intl_number_format_bound_format);
}

NATIVE (intl_number_format_proto_resolved_options)
{
  JsObject *nf = this_intl_object (J, this_value, &number_format_class, "resolvedOptions");
  JsObject *resolved = js_plain_object_new (J);
  JsValue style = js_get_utf8 (J, nf->u.host.slots[1], "style");

  js_define_value_utf8 (J, resolved, "locale", nf->u.host.slots[0], JS_PROP_DEFAULT);
  js_define_value_utf8 (J, resolved, "numberingSystem", js_string_value (js_string_new_utf8 (J, "latn", -1)),
                        JS_PROP_DEFAULT);
  js_define_value_utf8 (J, resolved, "style",
                        js_is_undefined (style) ? js_string_value (js_string_new_utf8 (J, "decimal", -1)) : style,
                        JS_PROP_DEFAULT);
  if (!js_is_undefined (js_get_utf8 (J, nf->u.host.slots[1], "currency")))
    {
      JsString *code = js_to_string (J, js_get_utf8 (J, nf->u.host.slots[1], "currency"));
      char *utf8 = js_string_to_utf8 (code);
      char *upper = g_ascii_strup (utf8, -1);
      JsString *s = js_string_new_utf8 (J, upper, -1);

      g_free (utf8);
      g_free (upper);
      js_define_value_utf8 (J, resolved, "currency", js_string_value (s), JS_PROP_DEFAULT);
      js_define_value_utf8 (J, resolved, "currencyDisplay", js_string_value (js_string_new_utf8 (J, "symbol", -1)),
                            JS_PROP_DEFAULT);
      js_define_value_utf8 (J, resolved, "currencySign", js_string_value (js_string_new_utf8 (J, "standard", -1)),
                            JS_PROP_DEFAULT);
    }
  js_number_format_resolve (J, nf->u.host.slots[0], nf->u.host.slots[1], resolved);
  return js_object_value (resolved);
}

/* Intl.DateTimeFormat (ECMA-402 11) */
NATIVE (intl_date_time_format)
{
  JsObject *dtf = intl_object_new (J, new_target, callee, &date_time_format_class, ARG (0), ARG (1),
                                   date_time_format_options);
  DateFormatOptions o;

  /* Option errors show at construction, as in V8. */
  read_date_format_options (J, dtf->u.host.slots[1], REQUIRED_ANY, DEFAULTS_DATE, &o);
  return js_object_value (dtf);
}

NATIVE (intl_date_time_format_bound_format)
{
  JsObject *dtf = js_get_object (js_native_captures (callee)[0]);
  double t = js_is_undefined (ARG (0)) ? js_date_now (J) : time_clip (js_to_number (J, ARG (0)));

  if (isnan (t))
    js_throw_range_error (J, "Invalid time value");
  return format_locale (J, t, dtf->u.host.slots[0], dtf->u.host.slots[1], REQUIRED_ANY, DEFAULTS_DATE);
}

NATIVE (intl_date_time_format_proto_format)
{
  JsObject *dtf = this_intl_object (J, this_value, &date_time_format_class, "format");
  return bound_intl_function (J, dtf, "", 1, intl_date_time_format_bound_format);
}

NATIVE (intl_date_time_format_proto_resolved_options)
{
  JsObject *dtf = this_intl_object (J, this_value, &date_time_format_class, "resolvedOptions");
  JsObject *resolved = js_plain_object_new (J);
  static const char *const fields[] = { "weekday", "year", "month", "day", "hour", "minute", "second" };
  static const char *const styles[] = { NULL, "numeric", "2-digit", "long", "short", "narrow" };
  DateFormatOptions o;
  FieldStyle values[7];

  read_date_format_options (J, dtf->u.host.slots[1], REQUIRED_ANY, DEFAULTS_DATE, &o);
  values[0] = o.weekday, values[1] = o.year, values[2] = o.month, values[3] = o.day;
  values[4] = o.hour, values[5] = o.minute, values[6] = o.second;
  js_define_value_utf8 (J, resolved, "locale", dtf->u.host.slots[0], JS_PROP_DEFAULT);
  js_define_value_utf8 (J, resolved, "calendar", js_string_value (js_string_new_utf8 (J, "gregory", -1)),
                        JS_PROP_DEFAULT);
  js_define_value_utf8 (J, resolved, "numberingSystem", js_string_value (js_string_new_utf8 (J, "latn", -1)),
                        JS_PROP_DEFAULT);
  js_define_value_utf8 (J, resolved, "timeZone",
                        js_string_value (js_string_new_utf8 (J, o.zone->canonical != NULL ? o.zone->canonical
                                                                                          : o.zone->name, -1)),
                        JS_PROP_DEFAULT);
  if (o.hour)
    {
      js_define_value_utf8 (J, resolved, "hourCycle",
                            js_string_value (js_string_new_utf8 (J, o.hour12 ? "h12" : o.h24 ? "h24" : "h23", -1)),
                            JS_PROP_DEFAULT);
      js_define_value_utf8 (J, resolved, "hour12", js_boolean (o.hour12), JS_PROP_DEFAULT);
    }
  for (int i = 0; i < 7; i++)
    if (values[i] != STYLE_NONE && !(o.date_style || o.time_style))
      js_define_value_utf8 (J, resolved, fields[i],
                            js_string_value (js_string_new_utf8 (J, styles[values[i]], -1)), JS_PROP_DEFAULT);
  if (o.date_style || o.time_style)
    {
      static const char *const names[] = { NULL, "full", "long", "medium", "short" };
      if (o.date_style)
        js_define_value_utf8 (J, resolved, "dateStyle",
                              js_string_value (js_string_new_utf8 (J, names[o.date_style], -1)), JS_PROP_DEFAULT);
      if (o.time_style)
        js_define_value_utf8 (J, resolved, "timeStyle",
                              js_string_value (js_string_new_utf8 (J, names[o.time_style], -1)), JS_PROP_DEFAULT);
    }
  return js_object_value (resolved);
}

/* Intl.Collator (ECMA-402 10) */
NATIVE (intl_collator)
{
  return js_object_value (intl_object_new (J, new_target, callee, &collator_class, ARG (0), ARG (1),
                                           collator_options));
}

NATIVE (intl_collator_bound_compare)
{
  JsObject *collator = js_get_object (js_native_captures (callee)[0]);
  JsString *a = js_to_string (J, ARG (0));
  JsString *b = js_to_string (J, ARG (1));

  return js_number (js_locale_compare (J, a, b, collator->u.host.slots[0], collator->u.host.slots[1]));
}

NATIVE (intl_collator_proto_compare)
{
  JsObject *collator = this_intl_object (J, this_value, &collator_class, "compare");
  return bound_intl_function (J, collator, "", 2, intl_collator_bound_compare);
}

NATIVE (intl_collator_proto_resolved_options)
{
  JsObject *collator = this_intl_object (J, this_value, &collator_class, "resolvedOptions");
  return js_object_value (resolved_options (J, collator));
}

/* Intl.PluralRules (ECMA-402 16): English's rules. */
NATIVE (intl_plural_rules)
{
  JsObject *rules;
  JsString *locale;
  guint32 n = 0;

  if (js_is_undefined (new_target))
    js_throw_type_error (J, "Constructor Intl.PluralRules requires 'new'");
  rules = intl_object_new (J, new_target, callee, &plural_rules_class, ARG (0), ARG (1), plural_rules_options);
  /* Plural rules are per language: ICU resolves "en-US" to "en". */
  locale = js_get_string (rules->u.host.slots[0]);
  while (n < locale->length && locale->chars[n] != '-' && locale->chars[n] != '_')
    n++;
  rules->u.host.slots[0] = js_string_value (js_string_substring (J, locale, 0, n));
  return js_object_value (rules);
}

NATIVE (intl_plural_rules_proto_select)
{
  JsObject *rules = this_intl_object (J, this_value, &plural_rules_class, "select");
  double n = js_to_number (J, ARG (0));
  JsValue type = js_get_utf8 (J, rules->u.host.slots[1], "type");
  const char *category = "other";

  if (js_is_string (type) && js_string_equal_ascii (js_get_string (type), "ordinal"))
    {
      double i = fabs (n), mod10 = fmod (i, 10), mod100 = fmod (i, 100);
      if (i == trunc (i))
        {
          if (mod10 == 1 && mod100 != 11)
            category = "one";
          else if (mod10 == 2 && mod100 != 12)
            category = "two";
          else if (mod10 == 3 && mod100 != 13)
            category = "few";
        }
    }
  else if (fabs (n) == 1)
    category = "one";
  return js_string_value (js_string_new_utf8 (J, category, -1));
}

NATIVE (intl_plural_rules_proto_resolved_options)
{
  JsObject *rules = this_intl_object (J, this_value, &plural_rules_class, "resolvedOptions");
  JsValue type = js_get_utf8 (J, rules->u.host.slots[1], "type");
  gboolean ordinal = js_is_string (type) && js_string_equal_ascii (js_get_string (type), "ordinal");
  static const char *const cardinal_categories[] = { "one", "other" };
  static const char *const ordinal_categories[] = { "few", "one", "two", "other" };
  JsObject *resolved = js_plain_object_new (J), *categories = js_array_new (J, 0);

  js_define_value_utf8 (J, resolved, "locale", rules->u.host.slots[0], JS_PROP_DEFAULT);
  js_define_value_utf8 (J, resolved, "type",
                        js_string_value (js_string_new_utf8 (J, ordinal ? "ordinal" : "cardinal", -1)),
                        JS_PROP_DEFAULT);
  js_define_value_utf8 (J, resolved, "minimumIntegerDigits", js_number (1), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, resolved, "minimumFractionDigits", js_number (0), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, resolved, "maximumFractionDigits", js_number (3), JS_PROP_DEFAULT);
  for (guint i = 0; i < (ordinal ? G_N_ELEMENTS (ordinal_categories) : G_N_ELEMENTS (cardinal_categories)); i++)
    js_array_push (J, categories,
                   js_string_value (js_string_new_utf8 (J, ordinal ? ordinal_categories[i] : cardinal_categories[i],
                                                        -1)));
  js_define_value_utf8 (J, resolved, "pluralCategories", js_object_value (categories), JS_PROP_DEFAULT);
  return js_object_value (resolved);
}

/* Intl.ListFormat (ECMA-402 13): English patterns. */
static const JsHostClass list_format_class = { "Intl.ListFormat", NULL, NULL };
static const char *const list_format_options[] = { "type", "style", NULL };

NATIVE (intl_list_format)
{
  if (js_is_undefined (new_target))
    js_throw_type_error (J, "Constructor Intl.ListFormat requires 'new'");
  return js_object_value (intl_object_new (J, new_target, callee, &list_format_class, ARG (0), ARG (1),
                                           list_format_options));
}

NATIVE (intl_list_format_proto_format)
{
  JsObject *lf = this_intl_object (J, this_value, &list_format_class, "format");
  JsValue type = js_get_utf8 (J, lf->u.host.slots[1], "type");
  JsValue style = js_get_utf8 (J, lf->u.host.slots[1], "style");
  gboolean disjunction = js_is_string (type) && js_string_equal_ascii (js_get_string (type), "disjunction");
  gboolean unit = js_is_string (type) && js_string_equal_ascii (js_get_string (type), "unit");
  gboolean narrow = js_is_string (style) && js_string_equal_ascii (js_get_string (style), "narrow");
  gboolean short_style = js_is_string (style) && js_string_equal_ascii (js_get_string (style), "short");
  const char *separator = unit && narrow ? " " : ", ";
  const char *last_pair, *last_many;
  JsObject *items;
  JsStringBuilder *b;
  guint32 n;

  if (disjunction)
    last_pair = " or ", last_many = ", or ";
  else if (unit)
    last_pair = last_many = separator;
  else if (narrow)
    last_pair = last_many = ", ";
  else if (short_style)
    last_pair = " & ", last_many = ", & ";
  else
    last_pair = " and ", last_many = ", and ";
  items = js_iterable_to_array (J, ARG (0));
  n = js_array_length (items);
  b = js_string_builder_new (J);
  for (guint32 i = 0; i < n; i++)
    {
      JsValue item = js_get_index (J, js_object_value (items), i);

      if (!js_is_string (item))
        js_throw_error_with_value (J, JS_TYPE_ERROR, "Iterable yielded %s which is not a string", item,
                                   JS_DESCRIBE_PLAIN);
      if (i > 0)
        js_string_builder_append_ascii (J, b, i + 1 < n ? separator : n == 2 ? last_pair : last_many);
      js_string_builder_append (J, b, js_get_string (item));
    }
  return js_string_value (js_string_builder_finish (J, b));
}

NATIVE (intl_list_format_proto_resolved_options)
{
  JsObject *lf = this_intl_object (J, this_value, &list_format_class, "resolvedOptions");
  JsObject *resolved = js_plain_object_new (J);
  JsValue type = js_get_utf8 (J, lf->u.host.slots[1], "type");
  JsValue style = js_get_utf8 (J, lf->u.host.slots[1], "style");

  js_define_value_utf8 (J, resolved, "locale", lf->u.host.slots[0], JS_PROP_DEFAULT);
  js_define_value_utf8 (J, resolved, "type",
                        js_is_undefined (type) ? js_string_value (js_string_new_utf8 (J, "conjunction", -1)) : type,
                        JS_PROP_DEFAULT);
  js_define_value_utf8 (J, resolved, "style",
                        js_is_undefined (style) ? js_string_value (js_string_new_utf8 (J, "long", -1)) : style,
                        JS_PROP_DEFAULT);
  return js_object_value (resolved);
}

/* Intl.RelativeTimeFormat (ECMA-402 17): English patterns. */
static const JsHostClass relative_time_format_class = { "Intl.RelativeTimeFormat", NULL, NULL };
static const char *const relative_time_format_options[] = { "numeric", "style", NULL };

NATIVE (intl_relative_time_format)
{
  if (js_is_undefined (new_target))
    js_throw_type_error (J, "Constructor Intl.RelativeTimeFormat requires 'new'");
  return js_object_value (intl_object_new (J, new_target, callee, &relative_time_format_class, ARG (0), ARG (1),
                                           relative_time_format_options));
}

NATIVE (intl_relative_time_format_proto_format)
{
  /* unit, long singular and plural, short singular and plural, narrow,
   * and the words for -1, 0, +1 with numeric: "auto". */
  static const struct {
    const char *unit, *one, *other, *short_one, *short_other, *narrow, *last, *now, *next;
  } units[] = {
    { "second", "second", "seconds", "sec.", "sec.", "s", NULL, "now", NULL },
    { "minute", "minute", "minutes", "min.", "min.", "m", NULL, "this minute", NULL },
    { "hour", "hour", "hours", "hr.", "hr.", "h", NULL, "this hour", NULL },
    { "day", "day", "days", "day", "days", "d", "yesterday", "today", "tomorrow" },
    { "week", "week", "weeks", "wk.", "wk.", "w", "last week", "this week", "next week" },
    { "month", "month", "months", "mo.", "mo.", "mo", "last month", "this month", "next month" },
    { "quarter", "quarter", "quarters", "qtr.", "qtrs.", "q", "last quarter", "this quarter", "next quarter" },
    { "year", "year", "years", "yr.", "yr.", "y", "last year", "this year", "next year" },
  };
  JsObject *rtf = this_intl_object (J, this_value, &relative_time_format_class, "format");
  JsValue numeric = js_get_utf8 (J, rtf->u.host.slots[1], "numeric");
  JsValue style = js_get_utf8 (J, rtf->u.host.slots[1], "style");
  double value = js_to_number (J, ARG (0));
  JsString *unit = js_to_string (J, ARG (1)), *number;
  gboolean narrow = js_is_string (style) && js_string_equal_ascii (js_get_string (style), "narrow");
  gboolean short_style = js_is_string (style) && js_string_equal_ascii (js_get_string (style), "short");
  gboolean past;
  JsStringBuilder *b;
  int u = -1;

  for (int i = 0; i < (int) G_N_ELEMENTS (units) && u < 0; i++)
    {
      gsize n = strlen (units[i].unit);
      if (js_string_equal_ascii (unit, units[i].unit) ||
          (unit->length == n + 1 && unit->chars[n] == 's' && js_string_equal (js_string_substring (J, unit, 0, n),
                                                                              js_string_new_utf8 (J, units[i].unit, -1))))
        u = i;
    }
  if (u < 0)
    {
      JsStringBuilder *m = js_string_builder_new (J);
      js_string_builder_append_ascii (J, m, "Invalid unit argument for Intl.RelativeTimeFormat.prototype.format() '");
      js_string_builder_append (J, m, unit);
      js_string_builder_append_ascii (J, m, "'");
      js_throw (J, js_object_value (js_error_new (J, JS_RANGE_ERROR, js_string_builder_finish (J, m))));
    }
  if (!isfinite (value))
    js_throw_range_error (J, "Invalid time value");
  if (js_is_string (numeric) && js_string_equal_ascii (js_get_string (numeric), "auto"))
    {
      const char *word = value == -1 ? units[u].last : value == 0 ? units[u].now : value == 1 ? units[u].next : NULL;
      if (word != NULL)
        return js_string_value (js_string_new_utf8 (J, word, -1));
    }
  past = signbit (value);
  number = js_number_format (J, fabs (value), rtf->u.host.slots[0], JS_UNDEFINED);
  b = js_string_builder_new (J);
  if (!past)
    js_string_builder_append_ascii (J, b, "in ");
  js_string_builder_append (J, b, number);
  if (!narrow)
    js_string_builder_append_ascii (J, b, " ");
  {
    gboolean one = fabs (value) == 1;
    const char *word = narrow ? units[u].narrow : short_style ? (one ? units[u].short_one : units[u].short_other)
                                                               : (one ? units[u].one : units[u].other);
    js_string_builder_append_ascii (J, b, word);
  }
  if (past)
    js_string_builder_append_ascii (J, b, " ago");
  return js_string_value (js_string_builder_finish (J, b));
}

NATIVE (intl_relative_time_format_proto_resolved_options)
{
  JsObject *rtf = this_intl_object (J, this_value, &relative_time_format_class, "resolvedOptions");
  JsObject *resolved = js_plain_object_new (J);
  JsValue numeric = js_get_utf8 (J, rtf->u.host.slots[1], "numeric");
  JsValue style = js_get_utf8 (J, rtf->u.host.slots[1], "style");

  js_define_value_utf8 (J, resolved, "locale", rtf->u.host.slots[0], JS_PROP_DEFAULT);
  js_define_value_utf8 (J, resolved, "style",
                        js_is_undefined (style) ? js_string_value (js_string_new_utf8 (J, "long", -1)) : style,
                        JS_PROP_DEFAULT);
  js_define_value_utf8 (J, resolved, "numeric",
                        js_is_undefined (numeric) ? js_string_value (js_string_new_utf8 (J, "always", -1)) : numeric,
                        JS_PROP_DEFAULT);
  js_define_value_utf8 (J, resolved, "numberingSystem", js_string_value (js_string_new_utf8 (J, "latn", -1)),
                        JS_PROP_DEFAULT);
  return js_object_value (resolved);
}

NATIVE (intl_get_canonical_locales)
{
  JsObject *result = js_array_new (J, 0);
  JsValue locales = ARG (0);

  if (js_is_undefined (locales))
    return js_object_value (result);
  if (js_is_string (locales))
    js_array_push (J, result, locales);
  else
    {
      double n = js_length_of_array_like (J, locales);
      for (double i = 0; i < n; i++)
        js_array_push (J, result, js_string_value (js_to_string (J, js_get_index (J, locales, (guint32) i))));
    }
  return js_object_value (result);
}

static JsObject *
define_intl_constructor (JsState *J, JsObject *intl, const char *name, JsNativeFn fn, const char *tag)
{
  JsObject *proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *ctor = js_native_constructor_new (J, name, 0, fn, proto);

  js_define_value (J, proto, JS_SYMBOL_KEY (J, toStringTag), js_string_value (js_string_new_utf8 (J, tag, -1)),
                   JS_PROP_CONFIGURABLE);
  js_define_value_utf8 (J, intl, name, js_object_value (ctor), JS_PROP_HIDDEN);
  return proto;
}

static void
init_intl (JsState *J)
{
  JsObject *intl = js_plain_object_new (J);
  JsObject *proto;

  js_define_method (J, intl, "getCanonicalLocales", intl_get_canonical_locales, 1);
  proto = define_intl_constructor (J, intl, "DateTimeFormat", intl_date_time_format, "Intl.DateTimeFormat");
  js_define_method (J, proto, "resolvedOptions", intl_date_time_format_proto_resolved_options, 0);
  js_define_getter (J, proto, "format", intl_date_time_format_proto_format);
  proto = define_intl_constructor (J, intl, "NumberFormat", intl_number_format, "Intl.NumberFormat");
  js_define_method (J, proto, "resolvedOptions", intl_number_format_proto_resolved_options, 0);
  js_define_getter (J, proto, "format", intl_number_format_proto_format);
  proto = define_intl_constructor (J, intl, "Collator", intl_collator, "Intl.Collator");
  js_define_method (J, proto, "resolvedOptions", intl_collator_proto_resolved_options, 0);
  js_define_getter (J, proto, "compare", intl_collator_proto_compare);
  proto = define_intl_constructor (J, intl, "PluralRules", intl_plural_rules, "Intl.PluralRules");
  js_define_method (J, proto, "resolvedOptions", intl_plural_rules_proto_resolved_options, 0);
  js_define_method (J, proto, "select", intl_plural_rules_proto_select, 1);
  proto = define_intl_constructor (J, intl, "RelativeTimeFormat", intl_relative_time_format,
                                   "Intl.RelativeTimeFormat");
  js_define_method (J, proto, "resolvedOptions", intl_relative_time_format_proto_resolved_options, 0);
  js_define_method (J, proto, "format", intl_relative_time_format_proto_format, 2);
  proto = define_intl_constructor (J, intl, "ListFormat", intl_list_format, "Intl.ListFormat");
  js_define_method (J, proto, "resolvedOptions", intl_list_format_proto_resolved_options, 0);
  js_define_method (J, proto, "format", intl_list_format_proto_format, 1);
  js_define_value (J, intl, JS_SYMBOL_KEY (J, toStringTag), js_string_value (js_string_new_utf8 (J, "Intl", -1)),
                   JS_PROP_CONFIGURABLE);
  js_define_value_utf8 (J, J->global, "Intl", js_object_value (intl), JS_PROP_HIDDEN);
}

/* ------------------------------------------------------------------------ */

void
js_builtin_global_init (JsState *J)
{
  JsObject *global = J->global;
  JsObject *number = JS_INTRINSIC (J, Number);

  js_define_value (J, global, JS_KEY (J, globalThis), js_object_value (global), JS_PROP_HIDDEN);
  js_define_value (J, global, JS_KEY (J, NaN), js_number (NAN), 0);
  js_define_value (J, global, JS_KEY (J, Infinity), js_number (INFINITY), 0);
  js_define_value (J, global, JS_KEY (J, undefined), JS_UNDEFINED, 0);
  /* Node's global object reports itself as [object global]. */
  if (J->options.host == JS_HOST_NODE)
    js_define_value (J, global, JS_SYMBOL_KEY (J, toStringTag), js_string_value (js_string_new_utf8 (J, "global", -1)),
                     JS_PROP_CONFIGURABLE);
  JS_INTRINSIC (J, Eval) = js_define_method (J, global, "eval", global_eval, 1);
  js_define_method (J, global, "isNaN", global_is_nan, 1);
  js_define_method (J, global, "isFinite", global_is_finite, 1);
  /* One function object each for the global and Number's (21.1.2.12, 13). */
  js_define_value_utf8 (J, global, "parseFloat", js_get_own_data (J, number, js_key_from_utf8 (J, "parseFloat")),
                        JS_PROP_HIDDEN);
  js_define_value_utf8 (J, global, "parseInt", js_get_own_data (J, number, js_key_from_utf8 (J, "parseInt")),
                        JS_PROP_HIDDEN);
  js_define_method (J, global, "decodeURI", global_decode_uri, 1);
  js_define_method (J, global, "decodeURIComponent", global_decode_uri_component, 1);
  js_define_method (J, global, "encodeURI", global_encode_uri, 1);
  js_define_method (J, global, "encodeURIComponent", global_encode_uri_component, 1);
  js_define_method (J, global, "escape", global_escape, 1);
  js_define_method (J, global, "unescape", global_unescape, 1);
  /* The host's global, installed here until the host puts it where Node
   * has it (enumerable, after queueMicrotask). */
  js_define_method (J, global, "structuredClone", js_builtin_structured_clone, 0);
  init_date (J);
  init_intl (J);
}
