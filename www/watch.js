// Keeps every Content-Security-Policy violation of the page (the tests read it; none expected).
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
});
