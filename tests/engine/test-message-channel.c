/* test-message-channel.c: MessageChannel, MessagePort, MessageEvent and
 * window.postMessage in the browser profile.  The expected outputs are what
 * headless Chromium prints for the same scripts. */
#include "js.h"
#include "script-case.h"

#define BROWSER_CASE(name, source, out) { name, source, out, 0, JS_HOST_BROWSER }

static const Case cases[] = {
  BROWSER_CASE ("port-message-is-a-task",
                "const { port1, port2 } = new MessageChannel();\n"
                "port2.onmessage = (e) => console.log('message', e.data);\n"
                "port1.postMessage('a');\n"
                "Promise.resolve().then(() => console.log('microtask'));\n"
                "console.log('script');\n",
                "script\nmicrotask\nmessage a\n"),
  BROWSER_CASE ("interleaved-with-timers",
                "const { port1, port2 } = new MessageChannel();\n"
                "port2.onmessage = (e) => console.log('port', e.data);\n"
                "window.onmessage = (e) => console.log('window', e.data);\n"
                "setTimeout(() => console.log('timeout A'), 0);\n"
                "port1.postMessage(1);\n"
                "setTimeout(() => console.log('timeout B'), 0);\n"
                "window.postMessage('w', '*');\n"
                "port1.postMessage(2);\n",
                "timeout A\nport 1\ntimeout B\nwindow w\nport 2\n"),
  BROWSER_CASE ("listener-needs-start",
                "const { port1, port2 } = new MessageChannel();\n"
                "port2.addEventListener('message', (e) => console.log('got', e.data));\n"
                "port1.postMessage('early');\n"
                "setTimeout(() => { console.log('start'); port2.start(); }, 10);\n",
                "start\ngot early\n"),
  BROWSER_CASE ("data-is-a-clone",
                "const { port1, port2 } = new MessageChannel();\n"
                "const sent = { list: [1] };\n"
                "port2.onmessage = (e) => console.log(String(e.data === sent), e.data.list.length);\n"
                "port1.postMessage(sent);\n"
                "sent.list.push(2);\n"
                "try { port1.postMessage(Symbol('s')); } catch (err) { console.log(err.name, err.message); }\n",
                "DataCloneError Failed to execute 'postMessage' on 'MessagePort': Symbol(s) could not be cloned.\n"
                "false 1\n"),
  BROWSER_CASE ("close-drops-messages",
                "const { port1, port2 } = new MessageChannel();\n"
                "port2.onmessage = (e) => { console.log('got', e.data); port2.close(); };\n"
                "port1.postMessage(1);\n"
                "port1.postMessage(2);\n"
                "setTimeout(() => { port1.postMessage(3); console.log('done'); }, 5);\n",
                "got 1\ndone\n"),
  BROWSER_CASE ("window-message-event",
                "window.addEventListener('message', (e) => {\n"
                "  console.log(e.constructor.name, e.data.n, String(e.source === window), e.origin.slice(0, 16));\n"
                "});\n"
                "window.postMessage({ n: 7 }, '*');\n",
                "MessageEvent 7 true http://127.0.0.1\n"),
  BROWSER_CASE ("message-event-constructor",
                "const e = new MessageEvent('message', { data: 3, origin: 'x' });\n"
                "console.log(e.data, e.origin, String(e.source), e.ports.length, JSON.stringify(e.lastEventId));\n"
                "try { MessageEvent.prototype.data; } catch (err) { console.log(err.constructor.name); }\n",
                "3 x null 0 \"\"\nTypeError\n"),
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  add_cases ("/engine/message-channel", cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
