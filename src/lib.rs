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
pub mod state;
pub mod url_state;
