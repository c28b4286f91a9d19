// The widget for pages that render it themselves, in two parts: `mount()` as the full
// module's (`mining-vs-ai.js`: the same config, the same handle), but before its first
// slider answers a page loads only the first screen's module and the widget's page, for its
// markup. The rest of the calculator loads once the page is idle (when the browser asks
// to save data, once the reader asks for more) and takes the widget over with the reader's
// state.
//
//   import init, { mount } from 'https://example.org/mining-vs-ai/widget.js';
//   await init();
//   const widget = mount(document.getElementById('calculator'), { mw: 20 });
//   widget.destroy();
import initFirst, { mount_with as mountWith } from './first.js';

let shell = null;
let loading = null;

/** Loads the first screen's module and the widget's markup; mount() needs both. Calls
 * after the first return the same promise. */
export default function init() {
  loading ??= Promise.all([
    fetch(new URL('embed/index.html', import.meta.url)).then((response) => {
      if (!response.ok) throw new Error(`The widget's page could not be loaded (HTTP ${response.status}).`);
      return response.text();
    }),
    initFirst(),
  ]).then(([page]) => {
    const app = new DOMParser().parseFromString(page, 'text/html').getElementById('app');
    if (app === null) throw new Error("The widget's page has no widget.");
    shell = app.innerHTML;
  }).catch((error) => {
    // A failed load may be tried again.
    loading = null;
    throw error;
  });
  return loading;
}

/** Renders the widget into `element` with the scenario of `config`; returns a handle whose
 * `destroy()` removes it. */
export function mount(element, config) {
  if (shell === null) throw new Error('mount(element, config): await the default export first.');
  return mountWith(element, config, shell, (suffix) => import(`./mining-vs-ai.js${suffix}`));
}
