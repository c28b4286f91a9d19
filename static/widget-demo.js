// Renders the widget with widget.js, which loads it in two parts.
import init, { mount } from './widget.js';

await init();
window.miningVsAiDemo = mount(document.getElementById('widget'), { mw: 20, btc: 90000 });
