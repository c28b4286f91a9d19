//! Copies a text to the clipboard.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use yew::platform::spawn_local;
use yew::prelude::*;

/// Props of [`CopyButton`].
#[derive(Properties, PartialEq, Clone)]
pub struct CopyButtonProps {
    /// What the button copies.
    pub text: AttrValue,
    /// The button's label, e.g. "Copy link".
    pub label: AttrValue,
    /// What was copied, for the confirmation: "Link copied."
    pub copied: AttrValue,
    /// Test id of the button; its status is `{testid}-status`.
    pub testid: AttrValue,
}

#[derive(Debug, Clone, PartialEq)]
enum Status {
    Idle,
    Copied,
    /// The clipboard refused: the text is shown to copy by hand.
    Failed,
}

/// A button that copies `text`, and says whether that worked; where the clipboard is
/// refused it shows the text, selected, to copy by hand.
#[component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let status = use_state_eq(|| Status::Idle);
    {
        // "Copied" speaks of the text of the moment: a new text clears it.
        let status = status.clone();
        use_effect_with(props.text.clone(), move |_| status.set(Status::Idle));
    }
    let on_click = {
        let status = status.clone();
        let text = props.text.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            let text = text.clone();
            spawn_local(async move {
                let copied = match clipboard() {
                    Some(clipboard) => JsFuture::from(clipboard.write_text(&text)).await.is_ok(),
                    None => false,
                };
                status.set(if copied {
                    Status::Copied
                } else {
                    Status::Failed
                });
            });
        })
    };
    let on_focus = Callback::from(|event: FocusEvent| {
        event
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .select();
    });
    let message = match &*status {
        Status::Idle => html! {},
        Status::Copied => html! { { props.copied.clone() } },
        Status::Failed => html! {
            <>
                { "Copying was refused; copy it from here: " }
                <input
                    class="copy-by-hand"
                    type="text"
                    readonly=true
                    value={props.text.clone()}
                    aria-label={props.label.clone()}
                    onfocus={on_focus}
                />
            </>
        },
    };
    html! {
        <span class="copy-button">
            <button type="button" data-testid={props.testid.clone()} onclick={on_click}>
                { props.label.clone() }
            </button>
            <span class="copy-status" role="status" data-testid={format!("{}-status", props.testid)}>
                { message }
            </span>
        </span>
    }
}

/// The clipboard, where the page may use it (secure contexts only).
fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = web_sys::window()?.navigator();
    let present = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|clipboard| !clipboard.is_undefined());
    present.then(|| navigator.clipboard())
}
