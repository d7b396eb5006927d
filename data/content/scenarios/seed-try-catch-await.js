// @title try/catch around await
// @host node
// @note A rejected promise makes `await` throw, so an ordinary
// @note try/catch handles it.

function fetchRecipe(ok) {
  return new Promise((resolve, reject) =>
    setTimeout(() => (ok ? resolve('sourdough') : reject(new Error('recipe lost'))), 10));
}

async function main() {
  try {
    console.log('got', await fetchRecipe(true));
    console.log('got', await fetchRecipe(false));
    console.log('not reached');
  } catch (err) {
    console.log('caught:', err.message);
  } finally {
    console.log('cleanup');
  }
}

main();
