//! mining-vs-ai: what a megawatt is worth when it mines Bitcoin, and when it serves AI.
//!
//! [`model`] is the pure economics; [`components`] is the Yew front end that shows it.

pub mod chart;
pub mod components;
pub mod embed;
pub mod format;
pub mod hooks;
pub mod model;
pub mod number_text;
pub mod panic;
pub mod state;
pub mod url_state;

/// A small allocator: the default one costs the page about 4 KB of gzip, and the widget
/// allocates little.
// SAFETY: wasm32-unknown-unknown without the atomics feature runs one thread, which is what
// `AssumeSingleThreaded` requires.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
