// The pages' inline script, which runs before the first paint, written here to be read; the
// build (post-build.mjs) writes it into each page, minified in a release build, and its
// hash into the page's content security policy. It
// - tells the first screen how to import the full calculator (src/first_screen/rest.rs):
//   import() is syntax that WebAssembly cannot call;
// - in the widget, sets the embed's theme and transparent background at once, so that a
//   dark embed never flashes light;
// - marks the page when its address names a scenario other than the default one the static
//   shell shows, which then shows dimmed until the calculator has drawn its own. The
//   address's scenario pairs are hashed here; the build hashes the default scenario's
//   pinned address with the same function (`scenarioHash`), so that the two agree.

/** The keys of an address that are not the scenario's, on the full page: the embed's
 * display options and Pym.js's parameters. */
export const PAGE_OPTION_KEYS = ['embed', 'theme', 'bg', 'controls', 'childId', 'initialWidth',
  'parentTitle', 'parentUrl'];

/** The same in the widget, which also takes a newsroom's words. */
export const EMBED_OPTION_KEYS = ['theme', 'bg', 'controls', 'title', 'notes', 'credit', 'embed',
  'childId', 'initialWidth', 'parentTitle', 'parentUrl'];

/** FNV-1a, 32 bits, over the UTF-16 code units of `text`. Written in the oldest
 * JavaScript the pages run, as it runs inline before anything else. */
export function fnv1a(text) {
  var hash = 2166136261;
  for (var i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  return hash;
}

/** The hash of the scenario's pairs of `query` (a URLSearchParams; its keys other than
 * `optionKeys`), as "key=value" sorted and joined with "&"; null when it has none. */
export function scenarioHash(query, optionKeys) {
  var pairs = [];
  query.forEach(function (value, key) {
    if (optionKeys.indexOf(key) < 0) pairs.push(key + '=' + value);
  });
  if (!pairs.length) return null;
  pairs.sort();
  return fnv1a(pairs.join('&'));
}

/** What the inline script does, with its arguments: see the top of this file. */
function beforeFirstPaint(restModule, optionKeys, defaultHash, embed) {
  window.mvaImportRest = function () { return import(restModule); };
  var query = new URLSearchParams(location.search);
  var root = document.documentElement;
  if (embed) {
    var theme = query.get('theme');
    if (theme === 'dark' || theme === 'auto') root.setAttribute('data-theme', theme);
    if (query.get('bg') === 'transparent') root.setAttribute('data-bg', 'transparent');
  }
  var hash = scenarioHash(query, optionKeys);
  if (hash !== null && hash !== defaultHash) root.setAttribute('data-scenario', 'other');
}

/**
 * The inline script's source for the full page (`embed` false) or the widget's, whose
 * address is `defaultQuery` for the default scenario (its pinned address's query string),
 * and whose full calculator's module is at `restModule`, relative to the page.
 */
export function firstPaintScript({ embed, restModule, defaultQuery }) {
  const optionKeys = embed ? EMBED_OPTION_KEYS : PAGE_OPTION_KEYS;
  const defaultHash = scenarioHash(new URLSearchParams(defaultQuery), optionKeys);
  const args = [restModule, optionKeys, defaultHash, embed].map((value) => JSON.stringify(value));
  return `(function(){${fnv1a}\n${scenarioHash}\n(${beforeFirstPaint})(${args.join(',')})})()`;
}
