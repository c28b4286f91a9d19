// The demo article reacting to its first calculator, and setting its scenario.
(() => {
  'use strict';
  const reaction = document.querySelector('[data-testid=reaction]');
  const first = () => document.querySelector('.mining-vs-ai-frame');

  document.addEventListener('mining-vs-ai:change', (event) => {
    if (event.target !== first()) return;
    const { scenario, outputs } = event.detail;
    const ratio = outputs['ai-to-mining-ratio'];
    reaction.textContent = ratio === null
      ? `At BTC $${scenario.btc.toLocaleString('en-US')}, mining loses money on this site.`
      : `At BTC $${scenario.btc.toLocaleString('en-US')}, AI earns ${ratio.toFixed(1)}x what mining earns.`;
    reaction.dataset.btc = String(scenario.btc);
  });

  document.getElementById('set-btc').addEventListener('click', () => {
    const frame = first();
    frame.contentWindow.postMessage(
      { type: 'mining-vs-ai:set', scenario: { mw: 50, btc: 100000 } },
      new URL(frame.src).origin,
    );
  });
})();
