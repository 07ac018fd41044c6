// Starts the standalone page's map. An external module, so the page needs no inline script and
// can keep a strict Content-Security-Policy. Violations, if any, are kept for diagnostics.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
});
import init from './partnership-map.js';
init({ module_or_path: new URL('./partnership-map_bg.wasm', import.meta.url) });
