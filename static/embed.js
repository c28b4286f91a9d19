// Embeds the mining-vs-ai calculator in any page:
//
//   <script src="https://example.org/mining-vs-ai/embed.js" async></script>
//   <mining-vs-ai mw="50" btc="90000" ai="gpu"></mining-vs-ai>
//   <div data-mining-vs-ai data-btc="90000"></div>
//
// Each placeholder becomes an iframe of the calculator's embed page, with its attributes
// (the calculator's URL keys) as the scenario. The iframe's height follows its content.
// The iframe element fires a bubbling "mining-vs-ai:change" event whose detail is
// { scenario, outputs } each time the reader changes the scenario.
(() => {
  'use strict';

  // The calculator's scenario keys, in the order of its declaration (a Rust test checks
  // this list against it).
  const KEYS = [
    'mw', 'power', 'btc', 'hashrate', 'subsidy', 'fees', 'pool', 'eff', 'mpue', 'uptime',
    'lease', 'gpu', 'gpukw', 'util', 'apue', 'ai', 'passthru', 'preset',
  ];
  const VALUE_LENGTH_MAX = 64;
  const HEIGHT_MIN_PX = 200;
  const HEIGHT_MAX_PX = 5000;
  const HEIGHT_BEFORE_FIRST_MESSAGE_PX = 1500;
  const RESIZE = 'mining-vs-ai:resize';
  const CHANGE = 'mining-vs-ai:change';
  const SELECTOR = 'mining-vs-ai, [data-mining-vs-ai]';

  const script = document.currentScript;
  if (!script || !script.src) return;
  const embedPage = new URL('./', script.src);
  const widgetOrigin = embedPage.origin;

  // A page may load this script twice; the second copy does nothing.
  const registry = (window.__miningVsAiEmbeds ??= { frames: new Set(), listening: false });

  function scenarioOf(placeholder) {
    const params = new URLSearchParams({ embed: '1' });
    for (const key of KEYS) {
      const value = placeholder.getAttribute(key) ?? placeholder.getAttribute(`data-${key}`);
      if (value !== null && value.length <= VALUE_LENGTH_MAX) params.set(key, value.trim());
    }
    return params;
  }

  function embed(placeholder) {
    const iframe = document.createElement('iframe');
    iframe.src = `${embedPage.href}?${scenarioOf(placeholder)}`;
    iframe.title = placeholder.getAttribute('title') || 'Mining vs AI: what is a megawatt worth?';
    iframe.loading = 'lazy';
    iframe.referrerPolicy = 'no-referrer';
    iframe.setAttribute(
      'sandbox',
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    );
    iframe.setAttribute('allow', 'clipboard-write');
    iframe.style.cssText = `display:block;width:100%;border:0;height:${HEIGHT_BEFORE_FIRST_MESSAGE_PX}px`;
    iframe.className = 'mining-vs-ai-frame';
    placeholder.replaceWith(iframe);
    registry.frames.add(iframe);
  }

  // A message counts only if it comes from one of our iframes' windows, from the widget's
  // origin, and has the expected shape. Anything else, forged or foreign, is ignored.
  function onMessage(event) {
    if (event.origin !== widgetOrigin) return;
    const data = event.data;
    if (data === null || typeof data !== 'object') return;
    const iframe = [...registry.frames].find((frame) => frame.contentWindow === event.source);
    if (!iframe || !iframe.isConnected) return;
    if (data.type === RESIZE && typeof data.height === 'number' && Number.isFinite(data.height)) {
      const height = Math.min(HEIGHT_MAX_PX, Math.max(HEIGHT_MIN_PX, Math.ceil(data.height)));
      iframe.style.height = `${height}px`;
    } else if (data.type === CHANGE && typeof data.scenario === 'object' && typeof data.outputs === 'object') {
      iframe.dispatchEvent(
        new CustomEvent(CHANGE, {
          bubbles: true,
          detail: { scenario: data.scenario, outputs: data.outputs },
        }),
      );
    }
  }

  function embedAll() {
    document.querySelectorAll(SELECTOR).forEach(embed);
  }

  if (!registry.listening) {
    window.addEventListener('message', onMessage);
    registry.listening = true;
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', embedAll, { once: true });
  } else {
    embedAll();
  }
})();
