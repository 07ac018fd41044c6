// A scripted visitor for long sessions (tests/e2e/tests/session.rs, BENCHMARKS.md): `visit(n)`
// does n actions on the bundled map — selects entities, searches, filters, plays with the time
// slider, opens the reader, exports, switches language, clears — one after another, and samples
// the memory every n/20 actions. A measurement of what the map keeps, not a test of input (the
// trusted-input suite is that): events here are dispatched by the script. Downloads are counted,
// not saved.
const pkg = await import('./pkg/partnership-map.js');
await pkg.ready;
const core = await import('./pkg/core.js');
const wasm = await core.default();
const anchorClick = HTMLAnchorElement.prototype.click;
window.downloads = 0;
HTMLAnchorElement.prototype.click = function () {
  if (this.hasAttribute('download')) { window.downloads++; return; }
  return anchorClick.call(this);
};

const map = document.getElementById('map');
const root = () => map.shadowRoot;
const pick = (list, i) => list[(i * 7919) % list.length];
const tick = () => new Promise((r) => setTimeout(r, 0));
const fire = (el, type) => el.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
const key = (el, k) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));

const actions = [
  (i) => { const marks = [...root().querySelectorAll('svg [role=button][aria-label]')]; if (marks.length) pick(marks, i).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })); },
  (i) => {
    const box = root().querySelector('input[role=combobox]');
    const words = ['UNIDO', 'Shang', '上海', 'AIM', 'Müller', '工业', 'cent', 'zz'];
    box.value = pick(words, i); fire(box, 'input');
    const option = root().querySelector('[role=option]');
    if (option && i % 2) option.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })); else key(box, 'Escape');
  },
  (i) => { const boxes = [...root().querySelectorAll('.filters input[type=checkbox]')]; if (boxes.length) pick(boxes, i).click(); },
  (i) => { const slider = root().querySelector('input[type=range]'); if (slider) { slider.value = String(Number(slider.min) + (i % (Number(slider.max) - Number(slider.min) + 1))); fire(slider, 'input'); } },
  () => { const read = [...root().querySelectorAll('button.read')]; if (read.length) read[0].click(); else key(root().querySelector('svg') || map, 'Escape'); },
  (i) => { const menu = root().querySelector('details.export'); if (menu) { menu.open = true; const items = [...menu.querySelectorAll('button')]; if (items.length) pick(items, i).click(); } },
  (i) => map.setAttribute('lang', i % 2 ? 'zh' : 'en'),
  (i) => { if (i % 3) map.clearSelection(); else map.select('unido'); },
];

async function sample(done) {
  if (window.gc) window.gc();
  await tick();
  const heap = performance.memory ? performance.memory.usedJSHeapSize : null;
  return { actions: done, heap, wasm: wasm.memory.buffer.byteLength, nodes: root().querySelectorAll('*').length, at: Math.round(performance.now()) };
}

window.visit = async (n) => {
  const samples = [await sample(0)];
  const every = Math.max(1, Math.floor(n / 20));
  for (let i = 1; i <= n; i++) {
    actions[i % actions.length](i);
    await tick();
    if (i % every === 0) samples.push(await sample(i));
  }
  return { samples, downloads: window.downloads, errors: [...window.pageErrors, ...window.consoleErrors] };
};
window.loaded = true;
