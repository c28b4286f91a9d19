//! One labelled output value.

use yew::prelude::*;

use crate::number_text::number_text;

/// Props of [`Figure`].
#[derive(Properties, PartialEq, Clone)]
pub struct FigureProps {
    /// What the value is, for people.
    pub label: AttrValue,
    /// The value formatted for people, unit included.
    pub display: AttrValue,
    /// The raw number, unformatted, for scripts and tests; absent when there is none.
    pub value: Option<f64>,
    /// Stable identifier for scripts and tests.
    pub testid: AttrValue,
}

/// A label and its value; the element carries `data-testid` and `data-value`.
#[component]
pub fn Figure(props: &FigureProps) -> Html {
    let raw = props.value.map(number_text);
    html! {
        <div class="figure">
            <dt>{ props.label.clone() }</dt>
            <dd data-testid={props.testid.clone()} data-value={raw}>{ props.display.clone() }</dd>
        </div>
    }
}
