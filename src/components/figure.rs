//! One labelled output value.

use yew::prelude::*;

use crate::number_text::number_text;

/// A label and its value, as a `<dt>`/`<dd>` pair; the `<dd>` carries `data-testid` and
/// `data-value` (the raw number, unformatted, for scripts and tests; absent when there is
/// none). A plain function rather than a component: figures hold no state, and each
/// component type costs the page code of its own.
pub fn figure(label: &str, display: String, value: Option<f64>, testid: &str) -> Html {
    defined_figure(label, None, display, value, testid)
}

/// A [`figure`] whose label has a short definition within reach (`definition`): a "?"
/// beside it unfolds it, by click, tap or keyboard, and a screen reader hears what it opens
/// (its name starts with the "?" it shows).
pub fn defined_figure(
    label: &str,
    definition: Option<&'static str>,
    display: String,
    value: Option<f64>,
    testid: &str,
) -> Html {
    html! {
        <div class="figure">
            <dt>
                { label.to_owned() }
                if let Some(definition) = definition {
                    <details class="define" data-testid={format!("{testid}-define")}>
                        <summary aria-label={format!("? What \u{201c}{label}\u{201d} means")}>{ "?" }</summary>
                        <p>{ definition }</p>
                    </details>
                }
            </dt>
            // Words in place of a figure ("paid by the tenant") read as a note, not a number.
            <dd
                class={(!display.contains(|c: char| c.is_ascii_digit())).then_some("words")}
                data-testid={testid.to_owned()}
                data-value={value.map(number_text)}
            >
                { breakable(&display) }
            </dd>
        </div>
    }
}

/// A figure's text with a place to break after each "/" of its unit ("$28.68/PH/day"), so
/// that a narrow column wraps it between its parts rather than overflowing or cutting a
/// word; its text is unchanged. The first screen writes the same (`figures_html`).
fn breakable(display: &str) -> Html {
    let mut parts = display.split_inclusive('/').peekable();
    html! {
        { for std::iter::from_fn(|| {
            let part = parts.next()?;
            Some(if parts.peek().is_some() {
                html! { <>{ part.to_owned() }<wbr /></> }
            } else {
                html! { { part.to_owned() } }
            })
        }) }
    }
}
