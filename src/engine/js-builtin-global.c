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
 * Direct eval's access to the caller's variables would need the compiler.
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

static int
hex_value (uint16_t c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* One %XX escape at s[k] (the caller checked that three units remain). */
static int
decode_byte (JsState *J, JsString *s, guint32 k)
{
  int hi, lo;

  if (s->chars[k] != '%')
    throw_uri_error (J);
  hi = hex_value (s->chars[k + 1]);
  lo = hex_value (s->chars[k + 2]);
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
                  int h = hex_value (s->chars[k + i]);
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
          if (k + 2 < s->length && hex_value (s->chars[k + 1]) >= 0 && hex_value (s->chars[k + 2]) >= 0)
            {
              js_string_builder_append_unit (J, b, (uint16_t) (hex_value (s->chars[k + 1]) * 16 +
                                                               hex_value (s->chars[k + 2])));
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
  return floor (VIRTUAL_EPOCH_MS + js_virtual_now_ms (J));
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
  double t = this_time_value (J, this_value);
  DateParts p;

  if (isnan (t))
    return js_number (NAN);
  split_time (t, &p);
  return js_number (p.year - 1900);
}

NATIVE (date_proto_set_year)
{
  double t = this_time_value (J, this_value);
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
  this_time_value (J, this_value);
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
  double t = this_time_value (J, this_value);
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
  double t = this_time_value (J, this_value);
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
  double t = this_time_value (J, this_value);
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
  double t = this_time_value (J, this_value);
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
  double t = this_time_value (J, this_value);
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
  double t = this_time_value (J, this_value);
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
  double t = this_time_value (J, this_value);
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
    g_string_append_printf (out, "-%06.0f", -year);
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
  return format_date (J, this_time_value (J, this_value), FORMAT_FULL);
}

NATIVE (date_proto_to_date_string)
{
  return format_date (J, this_time_value (J, this_value), FORMAT_DATE);
}

NATIVE (date_proto_to_time_string)
{
  return format_date (J, this_time_value (J, this_value), FORMAT_TIME);
}

NATIVE (date_proto_to_utc_string)
{
  return format_date (J, this_time_value (J, this_value), FORMAT_UTC);
}

NATIVE (date_proto_to_iso_string)
{
  double t = this_time_value (J, this_value);
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

typedef struct {
  FieldStyle weekday, year, month, day, hour, minute, second;
  gboolean hour12, h24;               /* h24: hour12 false shows midnight as 24, as ICU does for en-US */
  int date_style, time_style;         /* 0 none, 1 full, 2 long, 3 medium, 4 short */
} DateFormatOptions;

typedef enum { REQUIRED_DATE, REQUIRED_TIME, REQUIRED_ANY } DateRequired;

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
read_date_format_options (JsState *J, JsValue options, DateRequired required, DateFormatOptions *o)
{
  gboolean need_defaults = TRUE;

  memset (o, 0, sizeof *o);
  o->hour12 = TRUE;
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
  if (need_defaults && required != REQUIRED_TIME)
    o->year = o->month = o->day = STYLE_NUMERIC;
  if (need_defaults && required != REQUIRED_DATE)
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
append_time_part (GString *out, const DateParts *p, const DateFormatOptions *o)
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
      if (o->time_style == 1)
        g_string_append (out, " Coordinated Universal Time");
      else if (o->time_style == 2)
        g_string_append (out, " UTC");
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
append_other_locale (GString *out, JsValue locales, const DateParts *p, const DateFormatOptions *o,
                     gboolean has_options)
{
  char tag[3] = { 0 };
  gboolean date = o->day != STYLE_NONE, time = o->hour != STYLE_NONE;
  const char *date_format, *separator;

  if (has_options || !js_is_string (locales) || js_get_string (locales)->length < 2)
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
format_locale (JsState *J, double t, JsValue locales, JsValue options, DateRequired required)
{
  DateFormatOptions o;
  gboolean date, time;
  GString *out;
  DateParts p;

  if (!js_is_undefined (options) && !js_is_null (options))
    options = js_object_value (js_to_object (J, options));
  read_date_format_options (J, options, required, &o);
  if (isnan (t))
    return js_string_value (js_string_new_utf8 (J, "Invalid Date", -1));
  split_time (t, &p);
  out = g_string_new (NULL);
  if (append_other_locale (out, locales, &p, &o, js_is_object (options)))
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
    append_time_part (out, &p, &o);
  return take_gstring (J, out);
}

NATIVE (date_proto_to_locale_string)
{
  return format_locale (J, this_time_value (J, this_value), ARG (0), ARG (1), REQUIRED_ANY);
}

NATIVE (date_proto_to_locale_date_string)
{
  return format_locale (J, this_time_value (J, this_value), ARG (0), ARG (1), REQUIRED_DATE);
}

NATIVE (date_proto_to_locale_time_string)
{
  return format_locale (J, this_time_value (J, this_value), ARG (0), ARG (1), REQUIRED_TIME);
}

/* Date.prototype.toJSON (21.4.4.37) */
NATIVE (date_proto_to_json)
{
  JsObject *o = js_to_object (J, this_value);
  JsValue tv = js_to_primitive (J, js_object_value (o), JS_HINT_NUMBER);

  if (js_is_number (tv) && !isfinite (js_get_number (tv)))
    return JS_NULL;
  return js_invoke (J, js_object_value (o), js_key_from_utf8 (J, "toISOString"), 0, NULL);
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

  if (js_is_callable (v))
    js_string_builder_append (J, b, js_to_string (J, js_invoke (J, v, JS_KEY (J, toString), 0, NULL)));
  else
    js_string_builder_append (J, b, js_describe_value (J, v, JS_DESCRIBE_PLAIN));
  js_string_builder_append_ascii (J, b, " could not be cloned.");
  error = js_error_new (J, JS_ERROR, js_string_builder_finish (J, b));
  js_define_value (J, error, JS_KEY (J, name), js_string_value (js_string_new_utf8 (J, "DataCloneError", -1)),
                   JS_PROP_HIDDEN);
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
      {
        static const JsIntrinsicId protos[] = {
          JS_INTRINSIC_BooleanPrototype, JS_INTRINSIC_NumberPrototype, JS_INTRINSIC_StringPrototype,
          JS_INTRINSIC_DatePrototype,
        };
        int which = o->class_id == JS_CLASS_BOOLEAN ? 0 : o->class_id == JS_CLASS_NUMBER ? 1
                  : o->class_id == JS_CLASS_STRING ? 2 : 3;
        copy = js_object_new_class (J, o->class_id, J->intrinsics[protos[which]]);
        copy->u.primitive = o->u.primitive;
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
    case JS_CLASS_OBJECT:
    case JS_CLASS_ARGUMENTS:
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
  js_define_method (J, global, "eval", global_eval, 1);
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
}
