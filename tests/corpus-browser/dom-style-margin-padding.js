// margin and padding shorthands set the four longhands and serialise back.
// @host browser
const box = document.createElement('div');
box.style.margin = '1px 2px';
console.log(box.style.marginTop, box.style.marginRight, box.style.marginBottom, box.style.marginLeft);
console.log('margin:', box.style.margin, '| attr:', box.getAttribute('style'));
box.style.padding = '1px 2px 3px';
console.log('padding:', box.style.padding, box.style.paddingLeft, '|', box.style.cssText);
box.style.marginLeft = '5px';
console.log('margin now:', box.style.margin, '|', box.style.cssText);
box.style.paddingTop = '';
console.log('padding now:', JSON.stringify(box.style.padding), '|', box.style.cssText);
box.style.margin = '0';
console.log('zero:', box.style.margin, box.style.marginTop, '|', box.style.cssText);
box.style.cssText = 'padding: 4px; margin: 1px 2px 3px 4px';
console.log('cssText:', box.style.cssText, '|', box.style.paddingRight, box.style.marginBottom);
box.style.margin = '';
console.log('cleared:', JSON.stringify(box.style.cssText));
