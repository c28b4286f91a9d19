//! Yew components, one per file.

pub mod app;
pub mod figure;
pub mod use_card;

pub use app::App;
pub use figure::Figure;
pub use use_card::UseCard;
