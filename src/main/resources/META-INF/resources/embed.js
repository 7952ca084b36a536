/*
 * CiteQA embed loader. Paste where the card should appear:
 *   <script src="https://citeqa.example.org/embed.js" data-question="Who led the delegation?"></script>
 *   <script src="https://citeqa.example.org/embed.js" data-mode="verify" data-claim="The observatory was founded in 1871."></script>
 *   <script src="https://citeqa.example.org/embed.js" data-mode="verify-text" data-text="A paragraph. Of sentences."></script>
 *   <script src="https://citeqa.example.org/embed.js" data-mode="verify-text">A paragraph written here.</script>
 * A paragraph to check comes from data-text, else from the element that data-text-from selects, else from the
 * script element's own text. It inserts an iframe to /embed that resizes to its content. The site must be listed
 * in the service's citeqa.web.frame-ancestors setting, or the browser will refuse to show the card.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src || typeof URL === 'undefined') return;
  var origin = new URL(script.src, document.baseURI).origin;
  var mode = script.getAttribute('data-mode');
  var verifying = mode === 'verify';
  var checkingText = mode === 'verify-text';
  var params = new URLSearchParams();
  if (checkingText) {
    params.set('mode', 'verify-text');
    params.set('text', paragraph());
  } else if (verifying) {
    params.set('mode', 'verify');
    params.set('claim', script.getAttribute('data-claim') || '');
  } else {
    params.set('q', script.getAttribute('data-question') || '');
  }
  var frame = document.createElement('iframe');
  // A long paragraph goes after '#': it never reaches the server, whose request line is bounded.
  var query = params.toString();
  frame.src = origin + '/embed' + (query.length > 6000 ? '#' : '?') + query;
  frame.title = checkingText ? 'CiteQA paragraph check' : verifying ? 'CiteQA claim check' : 'CiteQA answer';
  frame.className = 'citeqa-embed';
  frame.setAttribute('loading', 'lazy');
  frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  frame.style.display = 'block';
  frame.style.width = '100%';
  frame.style.maxWidth = script.getAttribute('data-max-width') || '640px';
  frame.style.height = '200px';
  frame.style.border = '0';
  frame.style.colorScheme = 'normal';
  script.parentNode.insertBefore(frame, script.nextSibling);

  /** The paragraph as given, or the text of an element, where markup's line breaks and indents mean nothing. */
  function paragraph() {
    if (script.hasAttribute('data-text')) return script.getAttribute('data-text');
    var from = script.getAttribute('data-text-from');
    var source = from ? document.querySelector(from) : script;
    return ((source && source.textContent) || '').replace(/\s+/g, ' ').trim();
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    var data = event.data;
    if (!data || data.type !== 'citeqa:resize') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    frame.style.height = Math.min(Math.ceil(height), 5000) + 'px';
  });
})();
