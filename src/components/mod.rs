//! Yew components, one per file.

pub mod advanced_inputs;
pub mod ai_mode_choice;
pub mod app;
pub mod article_check;
pub mod comparison_chart;
pub mod copy_button;
pub mod data_note;
pub mod embed_code;
pub mod figure;
pub mod glossary;
pub mod headline;
pub mod number_control;
pub mod preset_picker;
pub mod scenario_pickers;
pub mod use_card;

pub use advanced_inputs::advanced_inputs;
pub use ai_mode_choice::ai_mode_choice;
pub use app::App;
pub use article_check::article_check;
pub use comparison_chart::ComparisonChart;
pub use copy_button::CopyButton;
pub use data_note::data_note;
pub use embed_code::EmbedCode;
pub use figure::figure;
pub use glossary::glossary;
pub use headline::headline;
pub use number_control::NumberControl;
pub use preset_picker::preset_picker;
pub use scenario_pickers::ScenarioPickers;
pub use use_card::use_card;
