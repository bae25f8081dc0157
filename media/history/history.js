// The history panel's script (runs in the webview, loaded with a CSP nonce). It only wires events:
// the extension renders the page. Clicks and Enter/Space on an element with data-file ask the
// extension to open that note line (the extension checks it is a note of this rep); data-command
// buttons ask for one of a fixed set of commands. After every render it reports what it shows
// (notes, clickable points) so tests can check the DOM, and it reports script errors and CSP
// violations instead of failing silently.
(function () {
  'use strict';
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const main = document.getElementById('history');

  function post(message) {
    vscode.postMessage(message);
  }

  function reportRendered() {
    post({
      type: 'rendered',
      notes: main.querySelectorAll('[data-note]').length,
      points: main.querySelectorAll('[data-file]').length,
      charts: main.querySelectorAll('svg.chart').length,
    });
  }

  function activate(element) {
    const commandElement = element.closest('[data-command]');
    if (commandElement) {
      post({ type: 'command', command: commandElement.getAttribute('data-command') });
      return true;
    }
    const target = element.closest('[data-file]');
    if (target) {
      post({
        type: 'open',
        file: target.getAttribute('data-file'),
        line: Number(target.getAttribute('data-line')),
      });
      return true;
    }
    return false;
  }

  document.addEventListener('click', function (event) {
    if (event.target instanceof Element && activate(event.target)) event.preventDefault();
  });

  // Buttons get Enter and Space from the browser; chart points (SVG groups) need them here.
  document.addEventListener('keydown', function (event) {
    const target = event.target;
    if (!(target instanceof Element) || target.tagName === 'BUTTON') return;
    if ((event.key === 'Enter' || event.key === ' ') && target.hasAttribute('data-file')) {
      event.preventDefault();
      activate(target);
    }
  });

  /** A key that finds the same element after the page is rendered again. */
  function focusKey(element) {
    if (!(element instanceof Element) || !main.contains(element)) return null;
    return element.getAttribute('data-command') || element.getAttribute('aria-label') || null;
  }

  window.addEventListener('message', function (event) {
    const message = event.data;
    if (!message || message.type !== 'render' || typeof message.html !== 'string') return;
    const key = focusKey(document.activeElement);
    const scrollY = window.scrollY;
    main.innerHTML = message.html;
    if (key) {
      const again = Array.from(main.querySelectorAll('[data-command], [aria-label]')).find(
        function (element) {
          return focusKey(element) === key;
        },
      );
      if (again instanceof HTMLElement || again instanceof SVGElement) again.focus({ preventScroll: true });
    }
    window.scrollTo(0, scrollY);
    vscode.setState({ rep: main.getAttribute('data-rep') });
    reportRendered();
  });

  window.addEventListener('error', function (event) {
    post({ type: 'problem', message: String(event.message) });
  });
  document.addEventListener('securitypolicyviolation', function (event) {
    post({
      type: 'problem',
      message: 'Content-Security-Policy blocked ' + event.blockedURI + ' (' + event.violatedDirective + ')',
    });
  });

  vscode.setState({ rep: main.getAttribute('data-rep') });
  post({ type: 'ready' });
  reportRendered();
})();
