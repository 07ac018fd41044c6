// Puts the widget into ../shared/bench/peers (run by scripts/bench-peers.sh): the harness graph
// converted to the project's data format, given with `data` (no layout: the widget lays it out),
// its first drawing, the end of its layout (`aria-busy` on the map goes "false") and the
// harness's scripted zoom, done as Ctrl+wheel steps on the drawing at the viewport centre.
const query = new URLSearchParams(location.search);
const harness = query.get('harness');

await new Promise((resolve, reject) => {
  const script = document.createElement('script');
  script.src = `${harness}/pages/common.js`;
  script.onload = resolve;
  script.onerror = () => reject(new Error('common.js did not load'));
  document.head.append(script);
});
// Main-thread tasks over 50 ms from here on (the wasm is about to start).
const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)))
  .observe({ type: 'longtask', buffered: false });
const { mount } = await import('./pm/partnership-map.js');

// The harness's six node types onto ours (all may support anything), its edges as `supports`.
const TYPES = ['organization', 'person', 'place', 'organization', 'place', 'person'];
function convert(g) {
  const typeOf = new Map();
  const text = 'Generated for the benchmark.';
  return {
    version: 1,
    documents: [{ id: 'bench', title: 'Benchmark graph', lang: 'en', date: '2025-01-01', text }],
    entities: g.nodes.map((n) => {
      if (!typeOf.has(n.type)) typeOf.set(n.type, TYPES[typeOf.size % TYPES.length]);
      return { id: n.id, type: typeOf.get(n.type), name: { en: n.label }, aliases: [] };
    }),
    relations: g.edges.map((e) => ({
      source: e.source, target: e.target, type: 'supports',
      evidence: [{ doc: 'bench', quote: text }],
    })),
  };
}

Bench.run('partnership-map', '0.1.0', async (B, graph) => {
  const element = document.getElementById('g');
  const data = convert(graph);
  const svg = () => {
    const root = element.shadowRoot || element;
    return root.querySelector('svg[role="group"]');
  };
  B.layoutStart();
  const map = await mount(element, { data, height: '100vh' });
  // First drawing: every entity's mark is in the page, as a button of its own or (a large map)
  // as a shape of a batched path.
  const drawn = (s) => {
    let shapes = 0;
    for (const p of s.querySelectorAll('.mark-batch')) shapes += (p.getAttribute('d').match(/Z/g) || []).length;
    return shapes + s.querySelectorAll('g[role="button"]').length;
  };
  await new Promise((resolve) => {
    const look = () => {
      const s = svg();
      if (s && drawn(s) === graph.nodes.length) {
        B.firstDraw();
        resolve();
      } else requestAnimationFrame(look);
    };
    look();
  });
  // The layout's end.
  (function watch() {
    const s = svg();
    if (s && s.getAttribute('aria-busy') === 'false') B.layoutEnd({ converged: true });
    else requestAnimationFrame(watch);
  })();
  await B.waitLayout(() => {});
  const s = svg();
  const r = s.getBoundingClientRect();
  let zoom = 1;
  await B.animate((z) => {
    // Our wheel zoom: factor exp(-deltaY × 0.005), deltaY within ±100.
    let delta = -Math.log(z / zoom) / 0.005;
    while (Math.abs(delta) > 1e-6) {
      const d = Math.max(-100, Math.min(100, delta));
      s.dispatchEvent(new WheelEvent('wheel', {
        deltaY: d, ctrlKey: true, bubbles: true, cancelable: true,
        clientX: r.left + r.width / 2, clientY: r.top + r.height / 2,
      }));
      delta -= d;
    }
    zoom = z;
  });
  // The wasm's linear memory (it never shrinks: its high-water mark), beside the JS heap the
  // harness reads.
  const core = await import('./pm/core.js');
  const wasm = await core.default();
  B.finish({
    wasmMemoryMB: wasm.memory.buffer.byteLength / 1048576,
    longTasks: longTasks.length,
    longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
  });
  void map;
});
