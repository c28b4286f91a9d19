//! Hooks that connect components to the browser.

pub mod use_canvas_chart;
pub mod use_deferred;
pub mod use_display;
pub mod use_element_size;
pub mod use_embed_messages;
pub mod use_unique_id;
pub mod use_url_sync;

pub use use_canvas_chart::use_canvas_chart;
pub use use_deferred::use_deferred;
pub use use_display::{use_display, Display};
pub use use_element_size::use_element_size;
pub use use_embed_messages::use_embed_messages;
pub use use_unique_id::{use_unique_id, UniqueId};
pub use use_url_sync::use_url_sync;
