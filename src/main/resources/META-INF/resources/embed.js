/*
 * CiteQA embed loader. Paste where the card should appear:
 *   <script src="https://citeqa.example.org/embed.js" data-question="Who led the delegation?"></script>
 *   <script src="https://citeqa.example.org/embed.js" data-mode="verify" data-claim="Spain recognised Kosovo."></script>
 * It inserts an iframe to /embed that resizes to its content. The site must be listed in the service's
 * citeqa.web.frame-ancestors setting, or the browser will refuse to show the card.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src || typeof URL === 'undefined') return;
  var origin = new URL(script.src, document.baseURI).origin;
  var verifying = script.getAttribute('data-mode') === 'verify';
  var params = new URLSearchParams();
  if (verifying) {
    params.set('mode', 'verify');
    params.set('claim', script.getAttribute('data-claim') || '');
  } else {
    params.set('q', script.getAttribute('data-question') || '');
  }
  var frame = document.createElement('iframe');
  frame.src = origin + '/embed?' + params.toString();
  frame.title = verifying ? 'CiteQA claim check' : 'CiteQA answer';
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

  window.addEventListener('message', function (event) {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    var data = event.data;
    if (!data || data.type !== 'citeqa:resize') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    frame.style.height = Math.min(Math.ceil(height), 5000) + 'px';
  });
})();
