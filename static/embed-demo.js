// The demo article reacting to its first calculator, and setting its scenario.
(() => {
  'use strict';
  const reaction = document.querySelector('[data-testid=reaction]');
  const first = () => document.querySelector('.mining-vs-ai-frame');

  document.addEventListener('mining-vs-ai:change', (event) => {
    if (event.target !== first()) return;
    const { scenario, outputs } = event.detail;
    const gap = outputs['margin-gap-mw-year'];
    const millions = (Math.abs(gap) / 1e6).toFixed(2);
    const price = `At BTC $${scenario.btc.toLocaleString('en-US')}`;
    reaction.textContent = gap >= 0
      ? `${price}, AI earns $${millions}M a year more per MW than mining, over the power bill.`
      : `${price}, mining earns $${millions}M a year more per MW than AI, over the power bill.`;
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
