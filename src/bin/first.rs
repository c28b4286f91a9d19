//! The first screen's module: what a page loads first (see `first_screen`), and the first
//! part of a widget that a host page's script mounts (`widget.js`).

use wasm_bindgen::prelude::*;
use web_sys::Element;

use mining_vs_ai::first_screen::{self, ScreenId};

/// size: a small allocator for the small module: Rust's own costs this module 3.5 KB of gzip, and
/// the first screen allocates little. The full calculator keeps Rust's own: measured with
/// Chrome's profiler over a dragged slider in the years view, this one's `dealloc`, which
/// walks its free list, took a third of the module's time (its heap is large and
/// fragmented by Yew's renders).
// SAFETY: wasm32-unknown-unknown without the atomics feature runs one thread, which is what
// `AssumeSingleThreaded` requires.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    mining_vs_ai::first_screen::start();
}

/// A widget rendered by [`mount_with`]: its first screen, then the full calculator. Its own
/// name: a build with the `site` feature (the wasm tests') links the full module's
/// `MountedWidget` beside it.
#[wasm_bindgen]
pub struct WidgetHandle {
    screen: Option<ScreenId>,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Removes the widget and everything it added to the page. Calling it again does nothing.
    pub fn destroy(&mut self) {
        if let Some(id) = self.screen.take() {
            first_screen::destroy(id);
        }
    }
}

/// `widget.js`'s `mount(element, config)`: the widget's first screen in `element`, from
/// `shell`, the widget page's static shell, with `import_rest` to import the full module.
/// See [`first_screen::mount`].
#[wasm_bindgen]
pub fn mount_with(
    element: Element,
    config: JsValue,
    shell: String,
    import_rest: js_sys::Function,
) -> Result<WidgetHandle, JsError> {
    first_screen::mount(&element, &config, &shell, import_rest)
        .map(|id| WidgetHandle { screen: Some(id) })
        .map_err(|message| JsError::new(&message))
}
