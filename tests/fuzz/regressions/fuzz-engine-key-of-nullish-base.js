// Reading a property of undefined or null with a key that is not already
// an interned string (a fraction, an object) must throw a TypeError; it
// aborted in key_of() (js-object.c: s->gc.gc_flags & JS_STRING_INTERNED).
var u;
try { u[1.5]; } catch (e) { console.log(e.message); }
try { null[{}]; } catch (e) { console.log(e.message); }
