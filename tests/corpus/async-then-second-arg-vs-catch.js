// then(onOk, onErr) does not catch errors thrown by onOk; a following catch does
Promise.resolve('ok')
  .then(
    () => { throw new Error('thrown in onOk'); },
    e => console.log('onErr never sees it', e),
  )
  .catch(e => console.log('catch sees:', e.message));
Promise.reject(new Error('initial'))
  .then(() => console.log('skip'), e => console.log('onErr sees:', e.message));
