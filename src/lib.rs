//! mining-vs-ai: what a megawatt is worth when it mines Bitcoin, and when it serves AI.
//!
//! Layers, each using only those below it: [`api`] (the JS API) above [`components`], then
//! [`hooks`], then the edges ([`url_state`], [`protocol`], [`browser`], [`chart`],
//! [`csv`]), then
//! [`model`], the pure economics.

// The JS API (`compute()`, `mount()`, and `take_over()` for the first screen) is the full
// module's: host pages import it from there.
#[cfg(feature = "site")]
pub mod api;
pub mod browser;
pub mod chart;
pub mod components;
pub mod csv;
pub mod first_screen;
pub mod format;
pub mod hooks;
pub mod model;
pub mod months;
pub mod newsroom;
pub mod number_text;
pub mod panic;
pub mod protocol;
pub mod state;
pub mod url_state;
pub mod words;
