// display of typed arrays and ArrayBuffers
console.log(new Uint8Array([1, 2, 3]));
console.log(new Float64Array(2), new Int16Array([-1, 300]));
console.log(new ArrayBuffer(4));
console.log([new Uint8Array(0)], { buf: new Uint8Array([255]) });
