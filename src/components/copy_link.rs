//! Copies a link to the current scenario.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::hooks::use_url_sync::page_url_with;

/// Props of [`CopyLink`].
#[derive(Properties, PartialEq, Clone)]
pub struct CopyLinkProps {
    /// The scenario's query string, without `?`.
    pub query: AttrValue,
}

#[derive(Debug, Clone, PartialEq)]
enum Status {
    Idle,
    Copied,
    /// The clipboard refused; the link is shown to copy by hand.
    Failed(String),
}

/// A button that copies this page's address with the scenario, built at the moment of the
/// click so it never lags behind the debounced address bar.
#[component]
pub fn CopyLink(props: &CopyLinkProps) -> Html {
    let status = use_state_eq(|| Status::Idle);
    {
        // "Copied" speaks of the link of the moment: a new scenario clears it.
        let status = status.clone();
        use_effect_with(props.query.clone(), move |_| status.set(Status::Idle));
    }
    let on_click = {
        let status = status.clone();
        let query = props.query.clone();
        Callback::from(move |_: MouseEvent| {
            let url = page_url_with(&query);
            let status = status.clone();
            spawn_local(async move {
                let copied = match clipboard() {
                    Some(clipboard) => JsFuture::from(clipboard.write_text(&url)).await.is_ok(),
                    None => false,
                };
                status.set(if copied {
                    Status::Copied
                } else {
                    Status::Failed(url)
                });
            });
        })
    };
    let message = match &*status {
        Status::Idle => html! {},
        Status::Copied => html! { { "Link copied." } },
        Status::Failed(url) => html! {
            <>
                { "Copy this link: " }
                <input class="link" type="text" readonly=true value={url.clone()} aria-label="Link to this scenario" />
            </>
        },
    };
    html! {
        <div class="copy-link">
            <button type="button" data-testid="copy-link" onclick={on_click}>{ "Copy link" }</button>
            <span class="copy-status" role="status" data-testid="copy-status">{ message }</span>
        </div>
    }
}

/// The clipboard, where the page may use it (secure contexts only).
fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = web_sys::window()?.navigator();
    let present = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|clipboard| !clipboard.is_undefined());
    present.then(|| navigator.clipboard())
}
