// Injected as the first script of a page loaded in a test frame with `?attune-guard=1`
// (test-routes.mjs): records uncaught errors, unhandled rejections and console.error calls from
// the page's very first line, for the parent test to read as `frame.contentWindow.__attuneErrors`.
(function () {
  var errors = [];
  window.__attuneErrors = errors;
  window.addEventListener('error', function (e) {
    errors.push('uncaught: ' + (e.message || (e.target && e.target.outerHTML ? 'resource ' + String(e.target.outerHTML).slice(0, 80) : 'error')));
  }, true);
  window.addEventListener('unhandledrejection', function (e) {
    errors.push('unhandled rejection: ' + (e.reason && e.reason.message ? e.reason.message : String(e.reason)));
  });
  var original = console.error;
  console.error = function () {
    errors.push('console.error: ' + Array.prototype.map.call(arguments, String).join(' '));
    return original.apply(console, arguments);
  };
})();
