// The hostile page's module: loads the package now, later (`?late`: the elements exist, one
// with its data already set, before the package is there) or twice (`?twice`: a second copy
// from another address). `window.pkg` (and `window.pkg2`) are then the packages, ready.
const asked = new URLSearchParams(location.search);
window.listenersBefore = window.liveListeners();
const early = document.getElementById('early');
if (asked.has('late')) {
  const graph = await (await fetch('data/small.json')).json();
  early.removeAttribute('src');
  early.data = graph;
  await new Promise((r) => setTimeout(r, 300));
}
window.pkg = await import('./pkg/partnership-map.js');
await window.pkg.ready;
if (asked.has('twice')) {
  window.pkg2 = await import('/__copy/pkg/partnership-map.js');
  await window.pkg2.ready;
}
window.loaded = true;
