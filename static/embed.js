// Embeds the mining-vs-ai calculator in any page:
//
//   <script src="https://example.org/mining-vs-ai/embed.js" async></script>
//   <mining-vs-ai mw="50" btc="90000" ai="gpu"></mining-vs-ai>
//   <div data-mining-vs-ai data-btc="90000"></div>
//
// Each placeholder becomes an iframe of the calculator's embed page, with its attributes
// (the calculator's URL keys) as the scenario: those in the page when the script runs and
// those added later (single-page apps, lazily loaded blocks). The iframe's height follows
// its content. The iframe element fires a bubbling "mining-vs-ai:change" event whose detail
// is { scenario, outputs } each time the reader changes the scenario.
//
// A page may load this script more than once, from one origin or several, in one version or
// several. Each copy keeps its own iframes and its own message listener and shares nothing
// with the others. A placeholder with a `src` (or `data-src`) attribute, the address of a
// calculator or of its embed.js, is embedded only by the copy loaded from there; one without
// it, by the first copy that sees it.
(() => {
  'use strict';

  // The calculator's scenario keys, in the order of its declaration, then the view, the
  // map's axis and the embed's options (a Rust test checks this list against them).
  const KEYS = [
    'mw', 'power', 'btc', 'hashrate', 'subsidy', 'fees', 'pool', 'eff', 'mpue', 'uptime',
    'lease', 'gpu', 'gpukw', 'util', 'apue', 'years', 'rate', 'airate', 'halving', 'btcg',
    'hashg', 'powerg', 'mopex', 'asicrem', 'neweff', 'asic', 'asiclife', 'capex', 'hallife',
    'asicsale', 'tenant', 'build', 'esc', 'term', 'landlord', 'haircut', 'exitcap', 'gpucost',
    'gpulife', 'gpudecl', 'resid', 'gpuopex', 'ai', 'passthru', 'minebuild', 'path', 'data',
    'miner', 'deal', 'preset', 'asof', 'view', 'mapy', 'theme', 'bg', 'controls', 'title',
    'notes', 'credit',
  ];
  const VALUE_LENGTH_MAX = 64;
  // A newsroom's words are longer: the embed cuts each to its own length (100, 300 and 100
  // characters, with an ellipsis); this cut, before it, only keeps the frame's address
  // bounded.
  const TEXT_LENGTH_MAX = 1000;
  const TEXT_KEYS = ['title', 'notes', 'credit'];
  const HEIGHT_MIN_PX = 200;
  // The tallest height a message may set: above the widget at 320 px with every section
  // unfolded, so that a forged message cannot grow an article without end.
  const HEIGHT_MAX_PX = 10000;
  // The compact embed's height while it loads, by its width, so that the article does not
  // jump when the embed reports its own: measured on the default scenario, 762-798 px from
  // 480 to 720 px wide, 879 at 400 and at 360 and 1,022 at 320, where its words take more
  // lines (the line through them is within 40 px from 360 px up).
  const HEIGHT_WIDE_PX = 787;
  const WIDE_PX = 480;
  const HEIGHT_PER_NARROWER_PX = 0.75;
  const reservedHeight = (width) =>
    Math.round(HEIGHT_WIDE_PX + Math.max(0, WIDE_PX - width) * HEIGHT_PER_NARROWER_PX);
  // What a newsroom's words add, estimated at the embed's type sizes: about 10 px a
  // character in the title (beside Reset) and 7 px in the notes and the source line, on
  // lines of 24 and 18 px.
  const wordsHeight = (params, width) => {
    const lines = (text, pixels, room) => Math.ceil((text.length * pixels) / Math.max(room, 100));
    const [title, notes, credit] = TEXT_KEYS.map((key) => params.get(key) ?? '');
    return (title ? (lines(title, 10, width - 100) - 1) * 24 : 0)
      + (notes ? lines(notes, 7, width - 24) * 18 + 6 : 0)
      + (credit ? lines(`Chart: ${credit}. `, 7, width - 24) * 18 : 0);
  };
  const RESIZE = 'mining-vs-ai:resize';
  const CHANGE = 'mining-vs-ai:change';
  const TAG = 'mining-vs-ai';
  const SELECTOR = `${TAG}, [data-mining-vs-ai]`;

  const script = document.currentScript;
  if (!script || !script.src) return;
  // The calculator's site, where this script lives, and its widget's page there.
  const site = new URL('./', script.src);
  const widgetPage = new URL('./embed/', site);
  const widgetOrigin = site.origin;

  // This copy's iframes that are in the document; one that leaves it is forgotten.
  const frames = new Set();
  // Every iframe this copy made, so that one moved out of the document and back is taken
  // back. Weak: a removed iframe is not kept alive.
  const made = new WeakSet();

  function scenarioOf(placeholder) {
    const params = new URLSearchParams({ embed: '1' });
    for (const key of KEYS) {
      const value = placeholder.getAttribute(key) ?? placeholder.getAttribute(`data-${key}`);
      if (value === null) continue;
      if (TEXT_KEYS.includes(key)) params.set(key, value.trim().slice(0, TEXT_LENGTH_MAX));
      else if (value.length <= VALUE_LENGTH_MAX) params.set(key, value.trim());
    }
    return params;
  }

  // Whether this copy should embed `placeholder`: it names no calculator, or names this
  // copy's (its address or its embed.js).
  function isMine(placeholder) {
    const named = placeholder.getAttribute('src') ?? placeholder.getAttribute('data-src');
    if (named === null) return true;
    try {
      return new URL('./', new URL(named, document.baseURI)).href === site.href;
    } catch {
      return false;
    }
  }

  function embed(placeholder) {
    // Already embedded (by this copy or another), or inside a placeholder replaced before.
    if (!placeholder.isConnected || !isMine(placeholder)) return;
    const iframe = document.createElement('iframe');
    const params = scenarioOf(placeholder);
    iframe.src = `${widgetPage.href}?${params}`;
    iframe.title = placeholder.getAttribute('title') || placeholder.getAttribute('data-title') || 'Mining vs AI: what is a megawatt worth?';
    iframe.loading = 'lazy';
    iframe.referrerPolicy = 'no-referrer';
    iframe.setAttribute(
      'sandbox',
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads',
    );
    iframe.style.cssText = 'display:block;width:100%;border:0';
    iframe.className = 'mining-vs-ai-frame';
    placeholder.replaceWith(iframe);
    const width = iframe.getBoundingClientRect().width;
    iframe.style.height = `${reservedHeight(width) + wordsHeight(params, width)}px`;
    made.add(iframe);
    frames.add(iframe);
  }

  function forgetRemoved() {
    for (const frame of frames) {
      if (!frame.isConnected) frames.delete(frame);
    }
  }

  // The iframe of this copy whose window is `source`, if any.
  function frameOf(source) {
    if (source === null) return undefined;
    forgetRemoved();
    for (const frame of frames) {
      if (frame.contentWindow === source) return frame;
    }
    return undefined;
  }

  const isObject = (value) => value !== null && typeof value === 'object';

  // A message counts only if it comes from one of this copy's iframes' windows, from the
  // widget's origin, and has the expected shape. Anything else, forged or foreign (another
  // copy's iframes included), is ignored.
  function onMessage(event) {
    if (event.origin !== widgetOrigin) return;
    const data = event.data;
    if (!isObject(data)) return;
    const iframe = frameOf(event.source);
    if (!iframe) return;
    if (data.type === RESIZE && typeof data.height === 'number' && Number.isFinite(data.height)) {
      const height = Math.min(HEIGHT_MAX_PX, Math.max(HEIGHT_MIN_PX, Math.ceil(data.height)));
      iframe.style.height = `${height}px`;
    } else if (data.type === CHANGE && isObject(data.scenario) && isObject(data.outputs)) {
      iframe.dispatchEvent(
        new CustomEvent(CHANGE, {
          bubbles: true,
          detail: { scenario: data.scenario, outputs: data.outputs },
        }),
      );
    }
  }

  // Placeholders and this copy's iframes in the subtree of `node` (itself included).
  function added(node) {
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const found = [node, ...node.querySelectorAll(`${SELECTOR}, iframe`)];
    for (const element of found) {
      if (made.has(element)) frames.add(element);
      else if (element.matches(SELECTOR)) embed(element);
    }
  }

  window.addEventListener('message', onMessage);

  // <mining-vs-ai> as a custom element embeds itself once it is in the document, in a shadow
  // root too; a microtask later, so that attributes set just after inserting it count.
  // Another copy may have defined it already; then that copy's element, or this copy's
  // observer, embeds it.
  if (window.customElements && !customElements.get(TAG)) {
    customElements.define(
      TAG,
      class extends HTMLElement {
        connectedCallback() {
          queueMicrotask(() => embed(this));
        }
      },
    );
  }

  // Placeholders added later, and this copy's iframes leaving or coming back.
  new MutationObserver((records) => {
    let removed = false;
    for (const record of records) {
      record.addedNodes.forEach(added);
      removed ||= record.removedNodes.length > 0;
    }
    if (removed) forgetRemoved();
  }).observe(document, { childList: true, subtree: true });

  document.querySelectorAll(SELECTOR).forEach(embed);
})();
