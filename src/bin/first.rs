//! The first screen's module: what a page loads first (see `first_screen`).

fn main() {
    mining_vs_ai::first_screen::start();
}
