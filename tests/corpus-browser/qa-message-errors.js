// Argument checks of MessageChannel, MessagePort and window.postMessage.
// @host browser
const c = new MessageChannel();
console.log(Object.getOwnPropertyNames(c).length, typeof Object.getOwnPropertyDescriptor(MessageChannel.prototype, 'port1').get, String(c.port1 === c.port1));
try { MessagePort(); } catch (e) { console.log(e.message); }
try { new MessagePort(); } catch (e) { console.log(e.message); }
try { MessageChannel(); } catch (e) { console.log(e.message); }
try { c.port1.postMessage(); } catch (e) { console.log(e.message); }
try { window.postMessage(); } catch (e) { console.log(e.message); }
try { window.postMessage(1, 'nope'); } catch (e) { console.log(e.name, e.message); }
window.postMessage('default origin');
window.onmessage = (e) => console.log('got', e.data);
