// -0 is printed as -0 by console.log but as 0 when converted to string
console.log(-0, [-0], { z: -0 }, 0, [0]);
console.log(String(-0), `${-0}`, -0 + '');
console.log('%s %d %i', -0, -0, -0);
console.log(new Map([[-0, -0]]), new Set([-0]));
