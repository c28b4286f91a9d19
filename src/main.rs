//! The full calculator's module. A page loads the first screen's module first
//! (`src/bin/first.rs`), which loads this one when the reader asks for more and calls its
//! `take_over()`; host pages import it for `compute()` and `mount()`. Nothing runs on its
//! own when it starts, but the panic hook.

fn main() {
    mining_vs_ai::panic::install_hook();
}
