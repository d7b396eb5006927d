const c=require('crypto');
for (const [a,b] of [['a',Buffer.from('a')],[Buffer.from('a'),5],[new Uint16Array(1),Buffer.from('ab')],[new ArrayBuffer(2),new Uint8Array(2)],[new DataView(new ArrayBuffer(2)),Buffer.from('ab')]])
  try{console.log(c.timingSafeEqual(a,b))}catch(x){console.log(x.name,x.code,x.message)}
