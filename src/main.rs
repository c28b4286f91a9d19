fn main() {
    yew::Renderer::<mining_vs_ai::components::App>::new().render();
}
