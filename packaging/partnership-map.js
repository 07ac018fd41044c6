// Partnership Map: one module that starts the widget. Load it with
//   <script type="module" src=".../partnership-map.js"></script>
// and every <partnership-map> element of the page becomes a map. For bundlers:
//   import { mount, ready } from 'partnership-map';
//   const map = await mount(element, { lang: 'zh', focus: 'unido' });
// The WebAssembly file (core_bg.wasm) is fetched from beside this file; nothing else is fetched
// but the `src` a page gives a map.
import init, { defineElement, mount as mountNow } from './core.js';

/** Resolves once the widget is ready and `<partnership-map>` is defined. */
export const ready = init({ module_or_path: new URL('./core_bg.wasm', import.meta.url) }).then(() => {
  defineElement();
});

/** Mounts a map into `element` (see README.md for the options); resolves to its handle. */
export async function mount(element, options) {
  await ready;
  return mountNow(element, options);
}
