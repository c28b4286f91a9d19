// The types of widget.js: the widget in two parts, with the full module's `mount()`.
import type { Config, MountedWidget } from './mining-vs-ai.js';

export type { Config, MountedWidget };

/** Loads the first screen's module and the widget's markup; `mount()` needs both. */
export default function init(): Promise<void>;

/** Renders the widget into `element` with the scenario of `config` (as the full module's
 * `mount()` reads it); returns a handle whose `destroy()` removes it. */
export function mount(element: Element, config: Config | null | undefined): MountedWidget;
