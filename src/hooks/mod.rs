//! Hooks that connect components to the browser.

pub mod use_element_width;
pub mod use_url_sync;

pub use use_element_width::use_element_width;
pub use use_url_sync::use_url_sync;
