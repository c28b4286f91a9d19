// Loads the calculator's module, then uses compute() and mount().
import init, { compute, mount } from './mining-vs-ai.js';

await init();
const outputs = compute({ btc: 90000, deal: 'h100' });
document.querySelector('[data-testid=computed]').textContent =
  `compute({ btc: 90000, deal: 'h100' })['margin-gap-mw-year'] = ${outputs['margin-gap-mw-year'].toFixed(2)}`;
window.miningVsAiDemo = mount(document.getElementById('widget'), { mw: 20, btc: 90000 });
