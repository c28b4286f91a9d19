//! The words the calculator writes, pure Rust that neither draws nor renders: the sentences
//! of both views and the figures' words. The components, the first screen and the build's
//! static shells (`src/bin/shell.rs`) take them from here, so that each says the same.

pub mod decision;
pub mod today;
