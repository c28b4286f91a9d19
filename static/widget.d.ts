// The types of widget.js: the widget in two parts, with the full module's `mount()`.
import type { Config } from './mining-vs-ai.js';

export type { Config };

/** A widget rendered by `mount()`. */
export interface WidgetHandle {
  /** Removes the widget and everything it added to the page, whichever part is on screen.
   * Calling it again does nothing. */
  destroy(): void;
  /** Frees the handle's memory in the module (as the full module's handles have it). */
  free(): void;
}

/** Loads the first screen's module and the widget's markup; `mount()` needs both. Calls
 * after the first return the same promise. */
export default function init(): Promise<void>;

/** Renders the widget into `element` with the scenario of `config` (as the full module's
 * `mount()` reads it); returns a handle whose `destroy()` removes it. */
export function mount(element: Element, config: Config | null | undefined): WidgetHandle;
