//! The first screen's module: what a page loads first (see `first_screen`).

/// A small allocator for the small module: the default one costs about 4 KB of gzip, and
/// the first screen allocates little. The full calculator keeps the default: measured with
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
