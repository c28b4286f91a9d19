//! Hooks that connect components to the browser.

pub mod use_element_width;
pub mod use_embed_messages;
pub mod use_url_sync;
pub mod use_widget_id;

pub use use_element_width::use_element_width;
pub use use_embed_messages::use_embed_messages;
pub use use_url_sync::use_url_sync;
pub use use_widget_id::{use_widget_id, WidgetIds};
