// TypeError for const assignment and ReferenceError for TDZ, exact messages
const k = 1;
try { k = 2; } catch (e) { console.log(e.name + ': ' + e.message); }
try { x; let x; } catch (e) { console.log(e.name + ': ' + e.message); }
try { new K(); class K {} } catch (e) { console.log(e.name + ': ' + e.message); }
try { const [a = b, b] = []; } catch (e) { console.log(e.name + ': ' + e.message); }
