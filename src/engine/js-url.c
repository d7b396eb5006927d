/* js-url.c: the WHATWG URL Standard's basic URL parser (4.4), host parsing
 * (3.5), serializers (4.5) and application/x-www-form-urlencoded (5).
 *
 * The parser is the standard's state machine, state by state, over the
 * input's code points.  Domains are lowercased ASCII: there is no IDNA
 * mapping, so a non-ASCII domain is encoded with Punycode label by label
 * after lowercasing, which covers the common cases but not UTS #46's
 * mapping table.
 */
#include "js-url.h"

#include <string.h>

typedef enum {
  ST_SCHEME_START, ST_SCHEME, ST_NO_SCHEME, ST_SPECIAL_RELATIVE_OR_AUTHORITY, ST_PATH_OR_AUTHORITY,
  ST_RELATIVE, ST_RELATIVE_SLASH, ST_SPECIAL_AUTHORITY_SLASHES, ST_SPECIAL_AUTHORITY_IGNORE_SLASHES,
  ST_AUTHORITY, ST_HOST, ST_HOSTNAME, ST_PORT, ST_FILE, ST_FILE_SLASH, ST_FILE_HOST, ST_PATH_START,
  ST_PATH, ST_OPAQUE_PATH, ST_QUERY, ST_FRAGMENT,
} State;

/* ------------------------------------------------------------------------
 * Records
 * ------------------------------------------------------------------------ */

JsUrl *
js_url_new (void)
{
  JsUrl *url = g_new0 (JsUrl, 1);

  url->scheme = g_strdup ("");
  url->username = g_strdup ("");
  url->password = g_strdup ("");
  url->port = -1;
  url->path = g_ptr_array_new_with_free_func (g_free);
  return url;
}

void
js_url_free (JsUrl *url)
{
  if (url == NULL)
    return;
  g_free (url->scheme);
  g_free (url->username);
  g_free (url->password);
  g_free (url->host);
  g_ptr_array_unref (url->path);
  g_free (url->query);
  g_free (url->fragment);
  g_free (url);
}

static void
replace (char **field, char *value)
{
  g_free (*field);
  *field = value;
}

static void
copy_path (JsUrl *dest, const JsUrl *src)
{
  g_ptr_array_set_size (dest->path, 0);
  for (guint i = 0; i < src->path->len; i++)
    g_ptr_array_add (dest->path, g_strdup (g_ptr_array_index (src->path, i)));
  dest->opaque_path = src->opaque_path;
}

/* The relative states take base's username, password, host and port as one. */
static void
copy_authority (JsUrl *dest, const JsUrl *src)
{
  replace (&dest->username, g_strdup (src->username));
  replace (&dest->password, g_strdup (src->password));
  replace (&dest->host, g_strdup (src->host));
  dest->port = src->port;
}

/* ------------------------------------------------------------------------
 * Schemes and code point classes
 * ------------------------------------------------------------------------ */

static const struct { const char *scheme; int port; } special_schemes[] = {
  { "ftp", 21 }, { "file", -1 }, { "http", 80 }, { "https", 443 }, { "ws", 80 }, { "wss", 443 },
};

static gboolean
scheme_is_special (const char *scheme)
{
  for (guint i = 0; i < G_N_ELEMENTS (special_schemes); i++)
    if (strcmp (scheme, special_schemes[i].scheme) == 0)
      return TRUE;
  return FALSE;
}

gboolean
js_url_is_special (const JsUrl *url)
{
  return scheme_is_special (url->scheme);
}

int
js_url_default_port (const char *scheme)
{
  for (guint i = 0; i < G_N_ELEMENTS (special_schemes); i++)
    if (strcmp (scheme, special_schemes[i].scheme) == 0)
      return special_schemes[i].port;
  return -1;
}

gboolean
js_url_cannot_have_credentials (const JsUrl *url)
{
  return url->host == NULL || url->host[0] == '\0' || strcmp (url->scheme, "file") == 0;
}

static gboolean is_ascii_alpha (gunichar c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static gboolean is_ascii_digit (gunichar c) { return c >= '0' && c <= '9'; }
static gboolean is_ascii_hex (gunichar c) { return is_ascii_digit (c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
static gboolean is_ascii_alphanumeric (gunichar c) { return is_ascii_alpha (c) || is_ascii_digit (c); }

/* Percent-encode sets (1.3) */
typedef enum { SET_C0, SET_FRAGMENT, SET_QUERY, SET_SPECIAL_QUERY, SET_PATH, SET_USERINFO, SET_COMPONENT,
               SET_FORM } EncodeSet;

static gboolean
in_encode_set (gunichar c, EncodeSet set)
{
  if (c < 0x20 || c > 0x7E)
    return TRUE;
  switch (set)
    {
    case SET_C0:
      return FALSE;
    case SET_FRAGMENT:
      return strchr (" \"<>`", (int) c) != NULL;
    case SET_QUERY:
      return strchr (" \"#<>", (int) c) != NULL;
    case SET_SPECIAL_QUERY:
      return strchr (" \"#<>'", (int) c) != NULL;
    case SET_PATH:
      return strchr (" \"#<>?`{}", (int) c) != NULL;
    case SET_USERINFO:
      return strchr (" \"#<>?`{}/:;=@[\\]^|", (int) c) != NULL;
    case SET_COMPONENT:
      return strchr (" \"#<>?`{}/:;=@[\\]^|$%&+,", (int) c) != NULL;
    case SET_FORM:
      return strchr (" \"#<>?`{}/:;=@[\\]^|$%&+,!'()~", (int) c) != NULL;
    }
  return FALSE;
}

/* UTF-8 percent-encode a code point into `out`. */
static void
append_encoded (GString *out, gunichar c, EncodeSet set)
{
  char utf8[6];
  int n;

  if (!in_encode_set (c, set))
    {
      g_string_append_c (out, (char) c);
      return;
    }
  n = g_unichar_to_utf8 (c, utf8);
  for (int i = 0; i < n; i++)
    g_string_append_printf (out, "%%%02X", (guint8) utf8[i]);
}

static int
hex_digit_value (int c)
{
  return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

/* Percent-decode (1.3) a byte string. */
static GString *
percent_decode (const char *s, gsize n)
{
  GString *out = g_string_sized_new (n);

  for (gsize i = 0; i < n; i++)
    {
      if (s[i] == '%' && i + 2 < n && is_ascii_hex ((guchar) s[i + 1]) && is_ascii_hex ((guchar) s[i + 2]))
        {
          g_string_append_c (out, (char) (hex_digit_value (s[i + 1]) << 4 | hex_digit_value (s[i + 2])));
          i += 2;
        }
      else
        g_string_append_c (out, s[i]);
    }
  return out;
}

/* ------------------------------------------------------------------------
 * Hosts (3.5)
 * ------------------------------------------------------------------------ */

/* IPv6 parser (3.5.1): FALSE on failure. */
static gboolean
parse_ipv6 (const gunichar *input, gsize n, guint16 address[8])
{
  int piece_index = 0, compress = -1;
  gsize p = 0;

  memset (address, 0, 8 * sizeof (guint16));
#define C (p < n ? input[p] : 0)
  if (C == ':')
    {
      if (p + 1 >= n || input[p + 1] != ':')
        return FALSE;
      p += 2;
      compress = ++piece_index;
    }
  while (p < n)
    {
      guint value = 0, length = 0;
      if (piece_index == 8)
        return FALSE;
      if (C == ':')
        {
          if (compress != -1)
            return FALSE;
          p++;
          compress = ++piece_index;
          continue;
        }
      while (length < 4 && p < n && is_ascii_hex (C))
        {
          value = value * 0x10 + (guint) hex_digit_value ((int) C);
          p++;
          length++;
        }
      if (C == '.')
        {
          int numbers_seen = 0;
          if (length == 0)
            return FALSE;
          p -= length;
          if (piece_index > 6)
            return FALSE;
          while (p < n)
            {
              int ipv4_piece = -1;
              if (numbers_seen > 0)
                {
                  if (C == '.' && numbers_seen < 4)
                    p++;
                  else
                    return FALSE;
                }
              if (!is_ascii_digit (C))
                return FALSE;
              while (p < n && is_ascii_digit (C))
                {
                  int number = (int) (C - '0');
                  if (ipv4_piece == -1)
                    ipv4_piece = number;
                  else if (ipv4_piece == 0)
                    return FALSE;
                  else
                    ipv4_piece = ipv4_piece * 10 + number;
                  if (ipv4_piece > 255)
                    return FALSE;
                  p++;
                }
              address[piece_index] = (guint16) (address[piece_index] * 0x100 + ipv4_piece);
              numbers_seen++;
              if (numbers_seen == 2 || numbers_seen == 4)
                piece_index++;
            }
          if (numbers_seen != 4)
            return FALSE;
          break;
        }
      else if (C == ':')
        {
          p++;
          if (p >= n)
            return FALSE;
        }
      else if (p < n)
        return FALSE;
      address[piece_index++] = (guint16) value;
    }
#undef C
  if (compress != -1)
    {
      int swaps = piece_index - compress;
      piece_index = 7;
      while (piece_index != 0 && swaps > 0)
        {
          guint16 tmp = address[piece_index];
          address[piece_index] = address[compress + swaps - 1];
          address[compress + swaps - 1] = tmp;
          piece_index--;
          swaps--;
        }
    }
  else if (piece_index != 8)
    return FALSE;
  return TRUE;
}

/* IPv6 serializer (3.6): the first longest run of two or more zeros becomes "::". */
static char *
serialize_ipv6 (const guint16 address[8])
{
  GString *out = g_string_new ("[");
  int compress = -1, best = 1;
  gboolean ignore0 = FALSE;

  for (int i = 0; i < 8;)
    {
      int j = i;
      while (j < 8 && address[j] == 0)
        j++;
      if (j - i > best)
        {
          best = j - i;
          compress = i;
        }
      i = j > i ? j : i + 1;
    }
  for (int i = 0; i < 8; i++)
    {
      if (ignore0 && address[i] == 0)
        continue;
      ignore0 = FALSE;
      if (compress == i)
        {
          g_string_append (out, i == 0 ? "::" : ":");
          ignore0 = TRUE;
          continue;
        }
      g_string_append_printf (out, "%x", address[i]);
      if (i != 7)
        g_string_append_c (out, ':');
    }
  g_string_append_c (out, ']');
  return g_string_free (out, FALSE);
}

/* IPv4 number parser (3.5): -1 on failure, else the value (which may exceed 2^32). */
static gint64
parse_ipv4_number (const char *s, gsize n)
{
  int radix = 10;
  gint64 value = 0;

  if (n == 0)
    return -1;
  if (n >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
    s += 2, n -= 2, radix = 16;
  else if (n >= 2 && s[0] == '0')
    s += 1, n -= 1, radix = 8;
  if (n == 0)
    return 0;
  for (gsize i = 0; i < n; i++)
    {
      int d;
      if (radix == 16 && is_ascii_hex ((guchar) s[i]))
        d = hex_digit_value (s[i]);
      else if (is_ascii_digit ((guchar) s[i]) && s[i] - '0' < radix)
        d = s[i] - '0';
      else
        return -1;
      value = value * radix + d;
      if (value > G_GINT64_CONSTANT (0xFFFFFFFFFF))
        value = G_GINT64_CONSTANT (0xFFFFFFFFFF);   /* saturate: already too large */
    }
  return value;
}

/* The ends-in-a-number checker (3.5) */
static gboolean
ends_in_a_number (const char *host)
{
  g_auto (GStrv) parts = g_strsplit (host, ".", -1);
  guint n = g_strv_length (parts);
  const char *last;

  if (n > 0 && parts[n - 1][0] == '\0')
    {
      if (n == 1)
        return FALSE;
      n--;
    }
  last = parts[n - 1];
  if (last[0] != '\0' && strspn (last, "0123456789") == strlen (last))
    return TRUE;
  return parse_ipv4_number (last, strlen (last)) >= 0;
}

/* IPv4 parser (3.5): the serialized address, or NULL on failure. */
static char *
parse_ipv4 (const char *host)
{
  g_auto (GStrv) parts = g_strsplit (host, ".", -1);
  guint n = g_strv_length (parts);
  gint64 numbers[4];
  guint64 ipv4;

  if (n > 0 && parts[n - 1][0] == '\0' && n > 1)
    n--;
  if (n > 4)
    return NULL;
  for (guint i = 0; i < n; i++)
    {
      numbers[i] = parse_ipv4_number (parts[i], strlen (parts[i]));
      if (numbers[i] < 0)
        return NULL;
    }
  for (guint i = 0; i + 1 < n; i++)
    if (numbers[i] > 255)
      return NULL;
  if (numbers[n - 1] >= (gint64) 1 << (8 * (5 - n)))
    return NULL;
  ipv4 = (guint64) numbers[n - 1];
  for (guint i = 0; i + 1 < n; i++)
    ipv4 += (guint64) numbers[i] << (8 * (3 - i));
  return g_strdup_printf ("%u.%u.%u.%u", (guint) (ipv4 >> 24) & 255, (guint) (ipv4 >> 16) & 255,
                          (guint) (ipv4 >> 8) & 255, (guint) ipv4 & 255);
}

static gboolean
is_forbidden_host_code_point (gunichar c)
{
  return c == 0 || c == '\t' || c == '\n' || c == '\r' || c == ' ' || c == '#' || c == '/' || c == ':' ||
         c == '<' || c == '>' || c == '?' || c == '@' || c == '[' || c == '\\' || c == ']' || c == '^' || c == '|';
}

static gboolean
is_forbidden_domain_code_point (gunichar c)
{
  return is_forbidden_host_code_point (c) || (c <= 0x1F) || c == '%' || c == 0x7F;
}

/* Punycode (RFC 3492) encoding of one label of code points. */
static gboolean
punycode_encode (const gunichar *input, gsize n, GString *out)
{
  const guint base = 36, tmin = 1, tmax = 26, skew = 38, damp = 700;
  guint code = 128, delta = 0, bias = 72, h, b = 0;

  for (gsize i = 0; i < n; i++)
    if (input[i] < 0x80)
      {
        g_string_append_c (out, (char) input[i]);
        b++;
      }
  h = b;
  if (b > 0)
    g_string_append_c (out, '-');
  while (h < n)
    {
      gunichar m = G_MAXUINT32;
      for (gsize i = 0; i < n; i++)
        if (input[i] >= code && input[i] < m)
          m = input[i];
      if ((m - code) > (G_MAXUINT32 - delta) / (h + 1))
        return FALSE;
      delta += (m - code) * (h + 1);
      code = m;
      for (gsize i = 0; i < n; i++)
        {
          if (input[i] < code)
            delta++;
          if (input[i] == code)
            {
              guint q = delta;
              for (guint k = base;; k += base)
                {
                  guint t = k <= bias ? tmin : k >= bias + tmax ? tmax : k - bias;
                  guint digit;
                  if (q < t)
                    break;
                  digit = t + (q - t) % (base - t);
                  g_string_append_c (out, (char) (digit < 26 ? 'a' + digit : '0' + digit - 26));
                  q = (q - t) / (base - t);
                }
              g_string_append_c (out, (char) (q < 26 ? 'a' + q : '0' + q - 26));
              /* adapt */
              {
                guint d = h == b ? delta / damp : delta / 2, k = 0;
                d += d / (h + 1);
                while (d > ((base - tmin) * tmax) / 2)
                  {
                    d /= base - tmin;
                    k += base;
                  }
                bias = k + (((base - tmin) + 1) * d) / (d + skew);
              }
              delta = 0;
              h++;
            }
        }
      delta++;
      code++;
    }
  return TRUE;
}

/* domain to ASCII, simplified: lowercase, Punycode for non-ASCII labels. */
static char *
domain_to_ascii (const char *domain)
{
  g_autofree gunichar *chars = g_utf8_to_ucs4 (domain, -1, NULL, NULL, NULL);
  GString *out = g_string_new (NULL);
  gsize start = 0, n;

  if (chars == NULL)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  for (n = 0; chars[n] != 0; n++)
    chars[n] = g_unichar_tolower (chars[n]);
  for (gsize i = 0; i <= n; i++)
    {
      gboolean ascii = TRUE;
      if (i < n && chars[i] != '.')
        continue;
      for (gsize j = start; j < i; j++)
        if (chars[j] >= 0x80)
          ascii = FALSE;
      if (ascii)
        for (gsize j = start; j < i; j++)
          g_string_append_c (out, (char) chars[j]);
      else
        {
          g_string_append (out, "xn--");
          if (!punycode_encode (chars + start, i - start, out))
            {
              g_string_free (out, TRUE);
              return NULL;
            }
        }
      if (i < n)
        g_string_append_c (out, '.');
      start = i + 1;
    }
  return g_string_free (out, FALSE);
}

/* The host parser (3.5): the serialized host, or NULL on failure. */
static char *
parse_host (const gunichar *input, gsize n, gboolean not_special)
{
  GString *utf8;
  GString *decoded;
  char *ascii;

  if (n > 0 && input[0] == '[')
    {
      guint16 address[8];
      if (input[n - 1] != ']' || !parse_ipv6 (input + 1, n - 2, address))
        return NULL;
      return serialize_ipv6 (address);
    }
  if (not_special)
    {
      /* opaque-host parser */
      GString *out = g_string_new (NULL);
      for (gsize i = 0; i < n; i++)
        {
          if (is_forbidden_host_code_point (input[i]))
            {
              g_string_free (out, TRUE);
              return NULL;
            }
          append_encoded (out, input[i], SET_C0);
        }
      return g_string_free (out, FALSE);
    }
  utf8 = g_string_new (NULL);
  for (gsize i = 0; i < n; i++)
    g_string_append_unichar (utf8, input[i]);
  decoded = percent_decode (utf8->str, utf8->len);
  g_string_free (utf8, TRUE);
  if (!g_utf8_validate (decoded->str, (gssize) decoded->len, NULL))
    {
      g_string_free (decoded, TRUE);
      return NULL;
    }
  ascii = domain_to_ascii (decoded->str);
  g_string_free (decoded, TRUE);
  if (ascii == NULL || ascii[0] == '\0')
    {
      g_free (ascii);
      return NULL;
    }
  for (const char *c = ascii; *c != '\0'; c++)
    if (is_forbidden_domain_code_point ((guchar) *c))
      {
        g_free (ascii);
        return NULL;
      }
  if (ends_in_a_number (ascii))
    {
      char *ipv4 = parse_ipv4 (ascii);
      g_free (ascii);
      return ipv4;
    }
  return ascii;
}

/* ------------------------------------------------------------------------
 * Paths
 * ------------------------------------------------------------------------ */

static gboolean
is_windows_drive_letter (const char *s, gboolean normalized)
{
  return strlen (s) == 2 && is_ascii_alpha ((guchar) s[0]) && (s[1] == ':' || (!normalized && s[1] == '|'));
}

/* "starts with a Windows drive letter" on code points from p */
static gboolean
starts_with_windows_drive_letter (const gunichar *c, gsize remaining)
{
  return remaining >= 2 && is_ascii_alpha (c[0]) && (c[1] == ':' || c[1] == '|') &&
         (remaining == 2 || c[2] == '/' || c[2] == '\\' || c[2] == '?' || c[2] == '#');
}

static void
shorten_path (JsUrl *url)
{
  if (strcmp (url->scheme, "file") == 0 && url->path->len == 1 &&
      is_windows_drive_letter (g_ptr_array_index (url->path, 0), TRUE))
    return;
  if (url->path->len > 0)
    g_ptr_array_remove_index (url->path, url->path->len - 1);
}

static gboolean
is_single_dot (const char *s)
{
  return strcmp (s, ".") == 0 || g_ascii_strcasecmp (s, "%2e") == 0;
}

static gboolean
is_double_dot (const char *s)
{
  return strcmp (s, "..") == 0 || g_ascii_strcasecmp (s, ".%2e") == 0 || g_ascii_strcasecmp (s, "%2e.") == 0 ||
         g_ascii_strcasecmp (s, "%2e%2e") == 0;
}

/* ------------------------------------------------------------------------
 * The basic URL parser (4.4)
 * ------------------------------------------------------------------------ */

typedef struct {
  const gunichar *input;
  gsize    n;
  gssize   p;          /* the pointer: -1 before the first code point when the scheme state starts over */
  JsUrl   *url;
  const JsUrl *base;
  State    state;
  JsUrlOverride override;
  GString *buffer;
  gboolean at_sign_seen, inside_brackets, password_token_seen;
} Parser;

static State
override_state (JsUrlOverride o)
{
  switch (o)
    {
    case JS_URL_SCHEME_START: return ST_SCHEME_START;
    case JS_URL_HOST: return ST_HOST;
    case JS_URL_HOSTNAME: return ST_HOSTNAME;
    case JS_URL_PORT: return ST_PORT;
    case JS_URL_PATH_START: return ST_PATH_START;
    case JS_URL_QUERY: return ST_QUERY;
    case JS_URL_FRAGMENT: return ST_FRAGMENT;
    default: return ST_SCHEME_START;
    }
}

typedef enum { STEP_CONTINUE, STEP_FAILURE, STEP_RETURN } Step;

/* Appends the buffer's code points, percent-encoded, to a string field. */
static void
append_buffer_encoded (GString *out, GString *buffer, EncodeSet set)
{
  const char *s = buffer->str;
  while (*s != '\0')
    {
      gunichar c = g_utf8_get_char (s);
      append_encoded (out, c, set);
      s = g_utf8_next_char (s);
    }
}

static Step
run_state (Parser *ps, gunichar c, gboolean eof)
{
  JsUrl *url = ps->url;
  const JsUrl *base = ps->base;
  gboolean has_override = ps->override != JS_URL_NO_OVERRIDE;
  gsize remaining = ps->n - (gsize) ps->p;   /* code points from c on */

  switch (ps->state)
    {
    case ST_SCHEME_START:
      if (!eof && is_ascii_alpha (c))
        {
          g_string_append_c (ps->buffer, (char) g_ascii_tolower ((char) c));
          ps->state = ST_SCHEME;
        }
      else if (!has_override)
        {
          ps->state = ST_NO_SCHEME;
          ps->p--;
        }
      else
        return STEP_FAILURE;
      break;

    case ST_SCHEME:
      if (!eof && (is_ascii_alphanumeric (c) || c == '+' || c == '-' || c == '.'))
        g_string_append_c (ps->buffer, (char) g_ascii_tolower ((char) c));
      else if (!eof && c == ':')
        {
          if (has_override)
            {
              if (scheme_is_special (url->scheme) != scheme_is_special (ps->buffer->str))
                return STEP_RETURN;
              if ((url->username[0] != '\0' || url->password[0] != '\0' || url->port != -1) &&
                  strcmp (ps->buffer->str, "file") == 0)
                return STEP_RETURN;
              if (strcmp (url->scheme, "file") == 0 && url->host != NULL && url->host[0] == '\0')
                return STEP_RETURN;
            }
          replace (&url->scheme, g_strdup (ps->buffer->str));
          if (has_override)
            {
              if (url->port == js_url_default_port (url->scheme))
                url->port = -1;
              return STEP_RETURN;
            }
          g_string_truncate (ps->buffer, 0);
          if (strcmp (url->scheme, "file") == 0)
            ps->state = ST_FILE;
          else if (js_url_is_special (url) && base != NULL && strcmp (base->scheme, url->scheme) == 0)
            ps->state = ST_SPECIAL_RELATIVE_OR_AUTHORITY;
          else if (js_url_is_special (url))
            ps->state = ST_SPECIAL_AUTHORITY_SLASHES;
          else if (remaining > 1 && ps->input[ps->p + 1] == '/')
            {
              ps->state = ST_PATH_OR_AUTHORITY;
              ps->p++;
            }
          else
            {
              url->opaque_path = TRUE;
              g_ptr_array_add (url->path, g_strdup (""));
              ps->state = ST_OPAQUE_PATH;
            }
        }
      else if (!has_override)
        {
          g_string_truncate (ps->buffer, 0);
          ps->state = ST_NO_SCHEME;
          ps->p = -1;   /* start over from the first code point */
        }
      else
        return STEP_FAILURE;
      break;

    case ST_NO_SCHEME:
      if (base == NULL || (base->opaque_path && !(!eof && c == '#')))
        return STEP_FAILURE;
      if (base->opaque_path && c == '#')
        {
          replace (&url->scheme, g_strdup (base->scheme));
          copy_path (url, base);
          replace (&url->query, g_strdup (base->query));
          replace (&url->fragment, g_strdup (""));
          ps->state = ST_FRAGMENT;
        }
      else if (strcmp (base->scheme, "file") != 0)
        {
          ps->state = ST_RELATIVE;
          ps->p--;
        }
      else
        {
          ps->state = ST_FILE;
          ps->p--;
        }
      break;

    case ST_SPECIAL_RELATIVE_OR_AUTHORITY:
      if (!eof && c == '/' && remaining > 1 && ps->input[ps->p + 1] == '/')
        {
          ps->state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
          ps->p++;
        }
      else
        {
          ps->state = ST_RELATIVE;
          ps->p--;
        }
      break;

    case ST_PATH_OR_AUTHORITY:
      if (!eof && c == '/')
        ps->state = ST_AUTHORITY;
      else
        {
          ps->state = ST_PATH;
          ps->p--;
        }
      break;

    case ST_RELATIVE:
      replace (&url->scheme, g_strdup (base->scheme));
      if (!eof && c == '/')
        ps->state = ST_RELATIVE_SLASH;
      else if (js_url_is_special (url) && !eof && c == '\\')
        ps->state = ST_RELATIVE_SLASH;
      else
        {
          copy_authority (url, base);
          copy_path (url, base);
          replace (&url->query, g_strdup (base->query));
          if (!eof && c == '?')
            {
              replace (&url->query, g_strdup (""));
              ps->state = ST_QUERY;
            }
          else if (!eof && c == '#')
            {
              replace (&url->fragment, g_strdup (""));
              ps->state = ST_FRAGMENT;
            }
          else if (!eof)
            {
              replace (&url->query, NULL);
              shorten_path (url);
              ps->state = ST_PATH;
              ps->p--;
            }
        }
      break;

    case ST_RELATIVE_SLASH:
      if (js_url_is_special (url) && !eof && (c == '/' || c == '\\'))
        ps->state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
      else if (!eof && c == '/')
        ps->state = ST_AUTHORITY;
      else
        {
          copy_authority (url, base);
          ps->state = ST_PATH;
          ps->p--;
        }
      break;

    case ST_SPECIAL_AUTHORITY_SLASHES:
      if (!eof && c == '/' && remaining > 1 && ps->input[ps->p + 1] == '/')
        {
          ps->state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
          ps->p++;
        }
      else
        {
          ps->state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
          ps->p--;
        }
      break;

    case ST_SPECIAL_AUTHORITY_IGNORE_SLASHES:
      if (eof || (c != '/' && c != '\\'))
        {
          ps->state = ST_AUTHORITY;
          ps->p--;
        }
      break;

    case ST_AUTHORITY:
      if (!eof && c == '@')
        {
          GString *user, *pass;
          const char *s;
          if (ps->at_sign_seen)
            g_string_prepend (ps->buffer, "%40");
          ps->at_sign_seen = TRUE;
          user = g_string_new (url->username);
          pass = g_string_new (url->password);
          for (s = ps->buffer->str; *s != '\0'; s = g_utf8_next_char (s))
            {
              gunichar cp = g_utf8_get_char (s);
              if (cp == ':' && !ps->password_token_seen)
                {
                  ps->password_token_seen = TRUE;
                  continue;
                }
              append_encoded (ps->password_token_seen ? pass : user, cp, SET_USERINFO);
            }
          replace (&url->username, g_string_free (user, FALSE));
          replace (&url->password, g_string_free (pass, FALSE));
          g_string_truncate (ps->buffer, 0);
        }
      else if (eof || c == '/' || c == '?' || c == '#' || (js_url_is_special (url) && c == '\\'))
        {
          if (ps->at_sign_seen && ps->buffer->len == 0)
            return STEP_FAILURE;
          ps->p -= (gssize) g_utf8_strlen (ps->buffer->str, (gssize) ps->buffer->len) + 1;
          g_string_truncate (ps->buffer, 0);
          ps->state = ST_HOST;
        }
      else
        g_string_append_unichar (ps->buffer, c);
      break;

    case ST_HOST:
    case ST_HOSTNAME:
      if (has_override && strcmp (url->scheme, "file") == 0)
        {
          ps->p--;
          ps->state = ST_FILE_HOST;
        }
      else if (!eof && c == ':' && !ps->inside_brackets)
        {
          g_autofree gunichar *chars = NULL;
          glong len;
          char *host;
          if (ps->buffer->len == 0)
            return STEP_FAILURE;
          if (ps->override == JS_URL_HOSTNAME)
            return STEP_RETURN;
          chars = g_utf8_to_ucs4_fast (ps->buffer->str, (glong) ps->buffer->len, &len);
          host = parse_host (chars, (gsize) len, !js_url_is_special (url));
          if (host == NULL)
            return STEP_FAILURE;
          replace (&url->host, host);
          g_string_truncate (ps->buffer, 0);
          ps->state = ST_PORT;
        }
      else if (eof || c == '/' || c == '?' || c == '#' || (js_url_is_special (url) && c == '\\'))
        {
          g_autofree gunichar *chars = NULL;
          glong len;
          char *host;
          ps->p--;
          if (js_url_is_special (url) && ps->buffer->len == 0)
            return STEP_FAILURE;
          if (has_override && ps->buffer->len == 0 &&
              (url->username[0] != '\0' || url->password[0] != '\0' || url->port != -1))
            return STEP_RETURN;
          chars = g_utf8_to_ucs4_fast (ps->buffer->str, (glong) ps->buffer->len, &len);
          host = parse_host (chars, (gsize) len, !js_url_is_special (url));
          if (host == NULL)
            return STEP_FAILURE;
          replace (&url->host, host);
          g_string_truncate (ps->buffer, 0);
          ps->state = ST_PATH_START;
          if (has_override)
            return STEP_RETURN;
        }
      else
        {
          if (c == '[')
            ps->inside_brackets = TRUE;
          if (c == ']')
            ps->inside_brackets = FALSE;
          g_string_append_unichar (ps->buffer, c);
        }
      break;

    case ST_PORT:
      if (!eof && is_ascii_digit (c))
        g_string_append_c (ps->buffer, (char) c);
      else if (eof || c == '/' || c == '?' || c == '#' || (js_url_is_special (url) && c == '\\') || has_override)
        {
          if (ps->buffer->len != 0)
            {
              guint64 port = g_ascii_strtoull (ps->buffer->str, NULL, 10);
              if (port > 65535 || ps->buffer->len > 10)
                return STEP_FAILURE;
              url->port = port == (guint64) js_url_default_port (url->scheme) ? -1 : (int) port;
              g_string_truncate (ps->buffer, 0);
              if (has_override)
                return STEP_RETURN;
            }
          if (has_override)
            return STEP_FAILURE;
          ps->state = ST_PATH_START;
          ps->p--;
        }
      else
        return STEP_FAILURE;
      break;

    case ST_FILE:
      replace (&url->scheme, g_strdup ("file"));
      replace (&url->host, g_strdup (""));
      if (!eof && (c == '/' || c == '\\'))
        ps->state = ST_FILE_SLASH;
      else if (base != NULL && strcmp (base->scheme, "file") == 0)
        {
          replace (&url->host, g_strdup (base->host));
          copy_path (url, base);
          replace (&url->query, g_strdup (base->query));
          if (!eof && c == '?')
            {
              replace (&url->query, g_strdup (""));
              ps->state = ST_QUERY;
            }
          else if (!eof && c == '#')
            {
              replace (&url->fragment, g_strdup (""));
              ps->state = ST_FRAGMENT;
            }
          else if (!eof)
            {
              replace (&url->query, NULL);
              if (!starts_with_windows_drive_letter (ps->input + ps->p, remaining))
                shorten_path (url);
              else
                g_ptr_array_set_size (url->path, 0);
              ps->state = ST_PATH;
              ps->p--;
            }
        }
      else
        {
          ps->state = ST_PATH;
          ps->p--;
        }
      break;

    case ST_FILE_SLASH:
      if (!eof && (c == '/' || c == '\\'))
        ps->state = ST_FILE_HOST;
      else
        {
          if (base != NULL && strcmp (base->scheme, "file") == 0)
            {
              replace (&url->host, g_strdup (base->host));
              if (!starts_with_windows_drive_letter (ps->input + ps->p, remaining) && base->path->len > 0 &&
                  is_windows_drive_letter (g_ptr_array_index (base->path, 0), TRUE))
                g_ptr_array_add (url->path, g_strdup (g_ptr_array_index (base->path, 0)));
            }
          ps->state = ST_PATH;
          ps->p--;
        }
      break;

    case ST_FILE_HOST:
      if (eof || c == '/' || c == '\\' || c == '?' || c == '#')
        {
          ps->p--;
          if (!has_override && is_windows_drive_letter (ps->buffer->str, FALSE))
            ps->state = ST_PATH;
          else if (ps->buffer->len == 0)
            {
              replace (&url->host, g_strdup (""));
              if (has_override)
                return STEP_RETURN;
              ps->state = ST_PATH_START;
            }
          else
            {
              g_autofree gunichar *chars = NULL;
              glong len;
              char *host;
              chars = g_utf8_to_ucs4_fast (ps->buffer->str, (glong) ps->buffer->len, &len);
              host = parse_host (chars, (gsize) len, !js_url_is_special (url));
              if (host == NULL)
                return STEP_FAILURE;
              if (strcmp (host, "localhost") == 0)
                host[0] = '\0';
              replace (&url->host, host);
              if (has_override)
                return STEP_RETURN;
              g_string_truncate (ps->buffer, 0);
              ps->state = ST_PATH_START;
            }
        }
      else
        g_string_append_unichar (ps->buffer, c);
      break;

    case ST_PATH_START:
      if (js_url_is_special (url))
        {
          ps->state = ST_PATH;
          if (eof || (c != '/' && c != '\\'))
            ps->p--;
        }
      else if (!has_override && !eof && c == '?')
        {
          replace (&url->query, g_strdup (""));
          ps->state = ST_QUERY;
        }
      else if (!has_override && !eof && c == '#')
        {
          replace (&url->fragment, g_strdup (""));
          ps->state = ST_FRAGMENT;
        }
      else if (!eof)
        {
          ps->state = ST_PATH;
          if (c != '/')
            ps->p--;
        }
      else if (has_override && url->host == NULL)
        g_ptr_array_add (url->path, g_strdup (""));
      break;

    case ST_PATH:
      if (eof || c == '/' || (js_url_is_special (url) && c == '\\') || (!has_override && (c == '?' || c == '#')))
        {
          gboolean slash = !eof && (c == '/' || (js_url_is_special (url) && c == '\\'));
          if (is_double_dot (ps->buffer->str))
            {
              shorten_path (url);
              if (!slash)
                g_ptr_array_add (url->path, g_strdup (""));
            }
          else if (is_single_dot (ps->buffer->str) && !slash)
            g_ptr_array_add (url->path, g_strdup (""));
          else if (!is_single_dot (ps->buffer->str))
            {
              if (strcmp (url->scheme, "file") == 0 && url->path->len == 0 &&
                  is_windows_drive_letter (ps->buffer->str, FALSE))
                ps->buffer->str[1] = ':';
              g_ptr_array_add (url->path, g_strdup (ps->buffer->str));
            }
          g_string_truncate (ps->buffer, 0);
          if (!eof && c == '?')
            {
              replace (&url->query, g_strdup (""));
              ps->state = ST_QUERY;
            }
          if (!eof && c == '#')
            {
              replace (&url->fragment, g_strdup (""));
              ps->state = ST_FRAGMENT;
            }
        }
      else
        append_encoded (ps->buffer, c, SET_PATH);
      break;

    case ST_OPAQUE_PATH:
      if (!eof && c == '?')
        {
          replace (&url->query, g_strdup (""));
          ps->state = ST_QUERY;
        }
      else if (!eof && c == '#')
        {
          replace (&url->fragment, g_strdup (""));
          ps->state = ST_FRAGMENT;
        }
      else if (!eof)
        {
          GString *s = g_string_new (g_ptr_array_index (url->path, 0));
          append_encoded (s, c, SET_C0);
          g_free (url->path->pdata[0]);
          url->path->pdata[0] = g_string_free (s, FALSE);
        }
      break;

    case ST_QUERY:
      if ((!has_override && !eof && c == '#') || eof)
        {
          GString *q = g_string_new (url->query != NULL ? url->query : "");
          append_buffer_encoded (q, ps->buffer, js_url_is_special (url) ? SET_SPECIAL_QUERY : SET_QUERY);
          replace (&url->query, g_string_free (q, FALSE));
          g_string_truncate (ps->buffer, 0);
          if (!eof && c == '#')
            {
              replace (&url->fragment, g_strdup (""));
              ps->state = ST_FRAGMENT;
            }
        }
      else if (!eof)
        g_string_append_unichar (ps->buffer, c);
      break;

    case ST_FRAGMENT:
      if (!eof)
        {
          GString *f = g_string_new (url->fragment != NULL ? url->fragment : "");
          append_encoded (f, c, SET_FRAGMENT);
          replace (&url->fragment, g_string_free (f, FALSE));
        }
      break;
    }
  return STEP_CONTINUE;
}

static gboolean
is_c0_or_space (gunichar c)
{
  return c <= 0x20;
}

static gboolean
run_parser (const char *input, JsUrl *url, const JsUrl *base, JsUrlOverride override)
{
  glong len = 0;
  gunichar *raw = g_utf8_to_ucs4_fast (input, -1, &len);
  gunichar *chars = g_new (gunichar, len + 1);
  gsize n = 0, start = 0, end = (gsize) len;
  Parser ps = { 0 };
  gboolean ok = TRUE;

  if (override == JS_URL_NO_OVERRIDE)
    {
      while (start < end && is_c0_or_space (raw[start]))
        start++;
      while (end > start && is_c0_or_space (raw[end - 1]))
        end--;
    }
  for (gsize i = start; i < end; i++)
    if (raw[i] != '\t' && raw[i] != '\n' && raw[i] != '\r')
      chars[n++] = raw[i];
  g_free (raw);

  ps.input = chars;
  ps.n = n;
  ps.url = url;
  ps.base = base;
  ps.override = override;
  ps.state = override == JS_URL_NO_OVERRIDE ? ST_SCHEME_START : override_state (override);
  ps.buffer = g_string_new (NULL);
  for (ps.p = 0;; ps.p++)
    {
      gboolean eof = ps.p >= (gssize) ps.n;
      Step step = run_state (&ps, eof ? 0 : ps.input[ps.p], eof);
      if (step == STEP_FAILURE)
        {
          ok = FALSE;
          break;
        }
      /* A state that moved the pointer back at EOF runs again. */
      if (step == STEP_RETURN || ps.p >= (gssize) ps.n)
        break;
    }
  g_string_free (ps.buffer, TRUE);
  g_free (chars);
  return ok;
}

JsUrl *
js_url_parse (const char *input, const JsUrl *base)
{
  JsUrl *url = js_url_new ();

  if (!run_parser (input, url, base, JS_URL_NO_OVERRIDE))
    {
      js_url_free (url);
      return NULL;
    }
  return url;
}

gboolean
js_url_parse_override (const char *input, JsUrl *url, JsUrlOverride state)
{
  return run_parser (input, url, NULL, state);
}

void
js_url_set_username (JsUrl *url, const char *value)
{
  GString *out = g_string_new (NULL);
  for (const char *s = value; *s != '\0'; s = g_utf8_next_char (s))
    append_encoded (out, g_utf8_get_char (s), SET_USERINFO);
  replace (&url->username, g_string_free (out, FALSE));
}

void
js_url_set_password (JsUrl *url, const char *value)
{
  GString *out = g_string_new (NULL);
  for (const char *s = value; *s != '\0'; s = g_utf8_next_char (s))
    append_encoded (out, g_utf8_get_char (s), SET_USERINFO);
  replace (&url->password, g_string_free (out, FALSE));
}

/* ------------------------------------------------------------------------
 * Serializers (4.5)
 * ------------------------------------------------------------------------ */

char *
js_url_path_string (const JsUrl *url)
{
  GString *out;

  if (url->opaque_path)
    return g_strdup (url->path->len > 0 ? g_ptr_array_index (url->path, 0) : "");
  out = g_string_new (NULL);
  for (guint i = 0; i < url->path->len; i++)
    {
      g_string_append_c (out, '/');
      g_string_append (out, g_ptr_array_index (url->path, i));
    }
  return g_string_free (out, FALSE);
}

char *
js_url_serialize (const JsUrl *url, gboolean exclude_fragment)
{
  GString *out = g_string_new (url->scheme);
  char *path;

  g_string_append_c (out, ':');
  if (url->host != NULL)
    {
      g_string_append (out, "//");
      if (url->username[0] != '\0' || url->password[0] != '\0')
        {
          g_string_append (out, url->username);
          if (url->password[0] != '\0')
            g_string_append_printf (out, ":%s", url->password);
          g_string_append_c (out, '@');
        }
      g_string_append (out, url->host);
      if (url->port != -1)
        g_string_append_printf (out, ":%d", url->port);
    }
  else if (!url->opaque_path && url->path->len > 1 && ((char *) g_ptr_array_index (url->path, 0))[0] == '\0')
    g_string_append (out, "/.");
  path = js_url_path_string (url);
  g_string_append (out, path);
  g_free (path);
  if (url->query != NULL)
    g_string_append_printf (out, "?%s", url->query);
  if (!exclude_fragment && url->fragment != NULL)
    g_string_append_printf (out, "#%s", url->fragment);
  return g_string_free (out, FALSE);
}

char *
js_url_origin (const JsUrl *url)
{
  if (strcmp (url->scheme, "blob") == 0)
    {
      g_autofree char *path = js_url_path_string (url);
      g_autoptr (JsUrl) inner = js_url_parse (path, NULL);
      if (inner != NULL && (strcmp (inner->scheme, "http") == 0 || strcmp (inner->scheme, "https") == 0))
        return js_url_origin (inner);
      return g_strdup ("null");
    }
  if (js_url_is_special (url) && strcmp (url->scheme, "file") != 0)
    {
      if (url->port != -1)
        return g_strdup_printf ("%s://%s:%d", url->scheme, url->host, url->port);
      return g_strdup_printf ("%s://%s", url->scheme, url->host);
    }
  return g_strdup ("null");
}

/* ------------------------------------------------------------------------
 * application/x-www-form-urlencoded (5.1, 5.2)
 * ------------------------------------------------------------------------ */

static char *
form_decode (const char *s, gsize n)
{
  GString *plus = g_string_new_len (s, (gssize) n);
  GString *decoded;
  char *valid;

  for (gsize i = 0; i < plus->len; i++)
    if (plus->str[i] == '+')
      plus->str[i] = ' ';
  decoded = percent_decode (plus->str, plus->len);
  g_string_free (plus, TRUE);
  /* UTF-8 decode without BOM, replacing invalid sequences */
  valid = g_utf8_make_valid (decoded->str, (gssize) decoded->len);
  g_string_free (decoded, TRUE);
  return valid;
}

GPtrArray *
js_urlencoded_parse (const char *input)
{
  GPtrArray *pairs = g_ptr_array_new_with_free_func (g_free);
  const char *s = input;

  while (*s != '\0')
    {
      const char *amp = strchr (s, '&');
      gsize len = amp != NULL ? (gsize) (amp - s) : strlen (s);
      if (len > 0)
        {
          const char *eq = memchr (s, '=', len);
          gsize name_len = eq != NULL ? (gsize) (eq - s) : len;
          g_ptr_array_add (pairs, form_decode (s, name_len));
          g_ptr_array_add (pairs, eq != NULL ? form_decode (eq + 1, len - name_len - 1) : g_strdup (""));
        }
      s += len;
      if (*s == '&')
        s++;
    }
  return pairs;
}

static void
form_encode (GString *out, const char *s)
{
  for (; *s != '\0'; s = g_utf8_next_char (s))
    {
      gunichar c = g_utf8_get_char (s);
      if (c == ' ')
        g_string_append_c (out, '+');
      else
        append_encoded (out, c, SET_FORM);
    }
}

char *
js_urlencoded_serialize (GPtrArray *pairs)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i + 1 < pairs->len; i += 2)
    {
      if (i > 0)
        g_string_append_c (out, '&');
      form_encode (out, g_ptr_array_index (pairs, i));
      g_string_append_c (out, '=');
      form_encode (out, g_ptr_array_index (pairs, i + 1));
    }
  return g_string_free (out, FALSE);
}
