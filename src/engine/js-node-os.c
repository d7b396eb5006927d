/* js-node-os.c: require('os') (lib/os.js).
 *
 * The values describe the same virtual machine every run (a Linux x64 box
 * with four CPUs, user "baker"), consistent with process.platform and
 * process.arch, so that scripts print the same thing on every host; the
 * constants are Linux's.
 */
#include "js-internal.h"

#include <math.h>

typedef struct { const char *name; int value; } NamedConstant;

static const NamedConstant signals[] = {
  { "SIGHUP", 1 }, { "SIGINT", 2 }, { "SIGQUIT", 3 }, { "SIGILL", 4 }, { "SIGTRAP", 5 }, { "SIGABRT", 6 }, {
  "SIGIOT", 6 }, { "SIGBUS", 7 }, { "SIGFPE", 8 }, { "SIGKILL", 9 }, { "SIGUSR1", 10 }, { "SIGSEGV", 11 }, {
  "SIGUSR2", 12 }, { "SIGPIPE", 13 }, { "SIGALRM", 14 }, { "SIGTERM", 15 }, { "SIGCHLD", 17 }, { "SIGSTKFLT", 16
  }, { "SIGCONT", 18 }, { "SIGSTOP", 19 }, { "SIGTSTP", 20 }, { "SIGTTIN", 21 }, { "SIGTTOU", 22 }, { "SIGURG", 23
  }, { "SIGXCPU", 24 }, { "SIGXFSZ", 25 }, { "SIGVTALRM", 26 }, { "SIGPROF", 27 }, { "SIGWINCH", 28 }, { "SIGIO",
  29 }, { "SIGPOLL", 29 }, { "SIGPWR", 30 }, { "SIGSYS", 31 }
};

static const NamedConstant errno_names[] = {
  { "E2BIG", 7 }, { "EACCES", 13 }, { "EADDRINUSE", 98 }, { "EADDRNOTAVAIL", 99 }, { "EAFNOSUPPORT", 97 }, {
  "EAGAIN", 11 }, { "EALREADY", 114 }, { "EBADF", 9 }, { "EBADMSG", 74 }, { "EBUSY", 16 }, { "ECANCELED", 125 }, {
  "ECHILD", 10 }, { "ECONNABORTED", 103 }, { "ECONNREFUSED", 111 }, { "ECONNRESET", 104 }, { "EDEADLK", 35 }, {
  "EDESTADDRREQ", 89 }, { "EDOM", 33 }, { "EDQUOT", 122 }, { "EEXIST", 17 }, { "EFAULT", 14 }, { "EFBIG", 27 }, {
  "EHOSTUNREACH", 113 }, { "EIDRM", 43 }, { "EILSEQ", 84 }, { "EINPROGRESS", 115 }, { "EINTR", 4 }, { "EINVAL", 22
  }, { "EIO", 5 }, { "EISCONN", 106 }, { "EISDIR", 21 }, { "ELOOP", 40 }, { "EMFILE", 24 }, { "EMLINK", 31 }, {
  "EMSGSIZE", 90 }, { "EMULTIHOP", 72 }, { "ENAMETOOLONG", 36 }, { "ENETDOWN", 100 }, { "ENETRESET", 102 }, {
  "ENETUNREACH", 101 }, { "ENFILE", 23 }, { "ENOBUFS", 105 }, { "ENODATA", 61 }, { "ENODEV", 19 }, { "ENOENT", 2
  }, { "ENOEXEC", 8 }, { "ENOLCK", 37 }, { "ENOLINK", 67 }, { "ENOMEM", 12 }, { "ENOMSG", 42 }, { "ENOPROTOOPT",
  92 }, { "ENOSPC", 28 }, { "ENOSR", 63 }, { "ENOSTR", 60 }, { "ENOSYS", 38 }, { "ENOTCONN", 107 }, { "ENOTDIR",
  20 }, { "ENOTEMPTY", 39 }, { "ENOTSOCK", 88 }, { "ENOTSUP", 95 }, { "ENOTTY", 25 }, { "ENXIO", 6 }, {
  "EOPNOTSUPP", 95 }, { "EOVERFLOW", 75 }, { "EPERM", 1 }, { "EPIPE", 32 }, { "EPROTO", 71 }, { "EPROTONOSUPPORT",
  93 }, { "EPROTOTYPE", 91 }, { "ERANGE", 34 }, { "EROFS", 30 }, { "ESPIPE", 29 }, { "ESRCH", 3 }, { "ESTALE", 116
  }, { "ETIME", 62 }, { "ETIMEDOUT", 110 }, { "ETXTBSY", 26 }, { "EWOULDBLOCK", 11 }, { "EXDEV", 18 }
};

static const NamedConstant priorities[] = {
  { "PRIORITY_LOW", 19 }, { "PRIORITY_BELOW_NORMAL", 10 }, { "PRIORITY_NORMAL", 0 },
  { "PRIORITY_ABOVE_NORMAL", -7 }, { "PRIORITY_HIGH", -14 }, { "PRIORITY_HIGHEST", -20 },
};

#define N_CPUS 4
#define TOTAL_MEMORY 8589934592.0   /* 8 GiB */
#define FREE_MEMORY  4294967296.0
#define BOOT_UPTIME  3600.0         /* the machine was up an hour before the run */


/* A method returning one fixed string. */
static void
define_string_method (JsState *J, JsObject *os, const char *name, const char *value)
{
  js_define_constant_method (J, os, name, 0, js_string_value_utf8 (J, value), JS_PROP_DEFAULT);
}

/* The module's methods are plain enumerable properties, as in Node. */
static void
define_enumerable_method (JsState *J, JsObject *os, const char *name, JsNativeFn fn, int length)
{
  js_define_value_utf8 (J, os, name, js_object_value (js_native_function_new (J, name, length, fn, 0)),
                        JS_PROP_DEFAULT);
}

static JsValue
os_cpus (JsState *J, JsValue this_value, int argc, const JsValue *argv,
         JsValue new_target, JsObject *callee)
{
  JsObject *cpus = js_array_new (J, N_CPUS);
  double uptime_ms = (BOOT_UPTIME + js_virtual_now_ms (J) / 1000.0) * 1000.0;

  for (int i = 0; i < N_CPUS; i++)
    {
      JsObject *cpu = js_plain_object_new (J), *times = js_plain_object_new (J);
      js_define_value_utf8 (J, cpu, "model", js_string_value_utf8 (J, "Virtual CPU"), JS_PROP_DEFAULT);
      js_define_value_utf8 (J, cpu, "speed", js_number (2400), JS_PROP_DEFAULT);
      js_define_value_utf8 (J, times, "user", js_number (floor (uptime_ms / 10)), JS_PROP_DEFAULT);
      js_define_value_utf8 (J, times, "nice", js_number (0), JS_PROP_DEFAULT);
      js_define_value_utf8 (J, times, "sys", js_number (floor (uptime_ms / 40)), JS_PROP_DEFAULT);
      js_define_value_utf8 (J, times, "idle", js_number (floor (uptime_ms * 0.85)), JS_PROP_DEFAULT);
      js_define_value_utf8 (J, times, "irq", js_number (0), JS_PROP_DEFAULT);
      js_define_value_utf8 (J, cpu, "times", js_object_value (times), JS_PROP_DEFAULT);
      js_array_push (J, cpus, js_object_value (cpu));
    }
  return js_object_value (cpus);
}

static JsValue
os_uptime (JsState *J, JsValue this_value, int argc, const JsValue *argv,
           JsValue new_target, JsObject *callee)
{
  return js_number (floor (BOOT_UPTIME + js_virtual_now_ms (J) / 1000.0));
}

static JsValue
os_loadavg (JsState *J, JsValue this_value, int argc, const JsValue *argv,
            JsValue new_target, JsObject *callee)
{
  JsValue zeros[3] = { js_number (0), js_number (0), js_number (0) };

  return js_object_value (js_array_from_values (J, zeros, 3));
}

static JsObject *
null_proto_object (JsState *J)
{
  return js_object_new (J, NULL);
}

static JsValue
os_user_info (JsState *J, JsValue this_value, int argc, const JsValue *argv,
              JsValue new_target, JsObject *callee)
{
  JsObject *info = null_proto_object (J);

  js_define_value_utf8 (J, info, "uid", js_number (1000), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, info, "gid", js_number (1000), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, info, "username", js_string_value_utf8 (J, "baker"), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, info, "homedir", js_string_value_utf8 (J, "/home/baker"), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, info, "shell", js_string_value_utf8 (J, "/bin/bash"), JS_PROP_DEFAULT);
  return js_object_value (info);
}

static JsObject *
interface_new (JsState *J, const char *address, const char *netmask, const char *family, const char *cidr,
               gboolean ipv6)
{
  JsObject *entry = js_plain_object_new (J);

  js_define_value_utf8 (J, entry, "address", js_string_value_utf8 (J, address), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, entry, "netmask", js_string_value_utf8 (J, netmask), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, entry, "family", js_string_value_utf8 (J, family), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, entry, "mac", js_string_value_utf8 (J, "00:00:00:00:00:00"), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, entry, "internal", JS_TRUE, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, entry, "cidr", js_string_value_utf8 (J, cidr), JS_PROP_DEFAULT);
  if (ipv6)
    js_define_value_utf8 (J, entry, "scopeid", js_number (0), JS_PROP_DEFAULT);
  return entry;
}

/* Only the loopback interface: the run has no network. */
static JsValue
os_network_interfaces (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                       JsValue new_target, JsObject *callee)
{
  JsObject *interfaces = js_plain_object_new (J);
  JsObject *lo = js_array_new (J, 2);

  js_array_push (J, lo, js_object_value (interface_new (J, "127.0.0.1", "255.0.0.0", "IPv4", "127.0.0.1/8", FALSE)));
  js_array_push (J, lo, js_object_value (interface_new (J, "::1", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "IPv6",
                                                        "::1/128", TRUE)));
  js_define_value_utf8 (J, interfaces, "lo", js_object_value (lo), JS_PROP_DEFAULT);
  return js_object_value (interfaces);
}

static JsObject *
constants_object (JsState *J, const NamedConstant *table, guint n)
{
  JsObject *obj = null_proto_object (J);

  for (guint i = 0; i < n; i++)
    js_define_value_utf8 (J, obj, table[i].name, js_number (table[i].value), JS_PROP_DEFAULT);
  return obj;
}

JsValue
js_node_os_module_new (JsState *J)
{
  JsObject *os = js_plain_object_new (J);
  JsObject *constants = null_proto_object (J);
  static const NamedConstant dlopen_flags[] = {
    { "RTLD_LAZY", 1 }, { "RTLD_NOW", 2 }, { "RTLD_GLOBAL", 256 }, { "RTLD_LOCAL", 0 }, { "RTLD_DEEPBIND", 8 },
  };

  define_string_method (J, os, "arch", "x64");
  js_define_constant_method (J, os, "availableParallelism", 0, js_number (N_CPUS), JS_PROP_DEFAULT);
  define_enumerable_method (J, os, "cpus", os_cpus, 0);
  define_string_method (J, os, "endianness", "LE");
  js_define_constant_method (J, os, "freemem", 0, js_number (FREE_MEMORY), JS_PROP_DEFAULT);
  js_define_constant_method (J, os, "getPriority", 0, js_number (0), JS_PROP_DEFAULT);
  define_string_method (J, os, "homedir", "/home/baker");
  define_string_method (J, os, "hostname", "loop-bakery");
  define_enumerable_method (J, os, "loadavg", os_loadavg, 0);
  define_enumerable_method (J, os, "networkInterfaces", os_network_interfaces, 0);
  define_string_method (J, os, "platform", "linux");
  define_string_method (J, os, "release", "6.1.0-loop-bakery");
  js_define_constant_method (J, os, "setPriority", 2, JS_UNDEFINED, JS_PROP_DEFAULT);
  define_string_method (J, os, "tmpdir", "/tmp");
  js_define_constant_method (J, os, "totalmem", 0, js_number (TOTAL_MEMORY), JS_PROP_DEFAULT);
  define_string_method (J, os, "type", "Linux");
  define_enumerable_method (J, os, "userInfo", os_user_info, 1);
  define_enumerable_method (J, os, "uptime", os_uptime, 0);
  define_string_method (J, os, "version", "#1 SMP PREEMPT_DYNAMIC Loop Bakery");
  define_string_method (J, os, "machine", "x86_64");
  js_define_value_utf8 (J, constants, "UV_UDP_REUSEADDR", js_number (4), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, constants, "dlopen", js_object_value (constants_object (J, dlopen_flags, G_N_ELEMENTS (dlopen_flags))),
                        JS_PROP_DEFAULT);
  js_define_value_utf8 (J, constants, "errno", js_object_value (constants_object (J, errno_names, G_N_ELEMENTS (errno_names))),
                        JS_PROP_DEFAULT);
  js_define_value_utf8 (J, constants, "signals", js_object_value (constants_object (J, signals, G_N_ELEMENTS (signals))),
                        JS_PROP_DEFAULT);
  js_define_value_utf8 (J, constants, "priority",
                        js_object_value (constants_object (J, priorities, G_N_ELEMENTS (priorities))), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, os, "constants", js_object_value (constants), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, os, "EOL", js_string_value_utf8 (J, "\n"), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, os, "devNull", js_string_value_utf8 (J, "/dev/null"), JS_PROP_DEFAULT);
  return js_object_value (os);
}
