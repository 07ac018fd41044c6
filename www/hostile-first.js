// The hostile page's first script, before the package: it counts the listeners on window and
// document (`liveListeners()`; the page's own and its scripts'), keeps every error the page sees, and
// (as the address asks) patches built-ins the way libraries on real pages do, or defines
// <partnership-map> itself as another library might.
const live = new Map();
for (const target of [window, document]) {
  const add = target.addEventListener.bind(target), remove = target.removeEventListener.bind(target);
  target.addEventListener = (type, f, o) => { live.set(f, (live.get(f) || 0) + 1); add(type, f, o); };
  target.removeEventListener = (type, f, o) => { if (live.get(f)) live.set(f, live.get(f) - 1); remove(type, f, o); };
}
window.liveListeners = () => [...live.values()].reduce((a, b) => a + b, 0);
window.pageErrors = [];
window.addEventListener('error', (e) => window.pageErrors.push(`error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => window.pageErrors.push(`rejection: ${e.reason}`));
window.consoleErrors = [];
window.consoleWarnings = [];
for (const [level, list] of [['error', window.consoleErrors], ['warn', window.consoleWarnings]]) {
  const original = console[level];
  console[level] = (...args) => { list.push(args.map(String).join(' ')); original.apply(console, args); };
}
const asked = new URLSearchParams(location.search);
if (asked.has('patched')) {
  // Enumerable fields on every object, named like the map's options and data fields.
  const fields = {
    src: 'https://evil.example/graph.json', lang: 'zh', theme: 'dark', focus: 'miit', filters: 'person',
    height: '1px', urlState: true, namespace: 'evil', date: '1999', role: 'Emperor', aliases: 'x',
    url: 'https://evil.example/', featured: true, layout: 'broken', notices: 'x', _map: 'x', _data: 'x',
  };
  for (const [k, v] of Object.entries(fields)) Object.prototype[k] = v;
  // Prototype.js 1.6 made every array serialise as a string; others add enumerable helpers.
  Array.prototype.toJSON = function () { return 'array'; };
  Array.prototype.last = function () { return this[this.length - 1]; };
  // Wrappers that keep the behaviour, as monitoring scripts install them.
  const parse = JSON.parse;
  JSON.parse = function (text, reviver) { window.parses = (window.parses || 0) + 1; return parse.call(JSON, text, reviver); };
  const fetch = window.fetch;
  window.fetched = [];
  window.fetch = function (input, init) { window.fetched.push(String(input)); return fetch.call(window, input, init); };
}
if (asked.has('predefined')) {
  customElements.define('partnership-map', class extends HTMLElement {
    connectedCallback() { this.textContent = 'Another library’s element'; }
  });
}
