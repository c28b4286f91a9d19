//! Renders the calculator into the page's `#app` element. A page that loads the module
//! only to call `compute()` or `mount()` has no such element, and gets nothing rendered.

fn main() {
    mining_vs_ai::panic::install_hook();
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"));
    if let Some(root) = root {
        // The static shell is only there until the app takes over.
        root.set_inner_html("");
        yew::Renderer::<mining_vs_ai::components::App>::with_root(root).render();
    }
}
