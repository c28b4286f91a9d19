//! The switch between today's view and the decision over the years.

use yew::prelude::*;

use crate::format::count;
use crate::state::{Action, View};

/// Two buttons, one pressed: "Today" and "Over N years". Buttons, so that Tab reaches them
/// and Enter or Space presses them; `aria-pressed` tells a screen reader which is shown.
/// `onchange` gets the action that shows the view chosen. A plain function: it holds no
/// state.
pub fn view_switch(view: View, horizon_years: u32, onchange: &Callback<Action>) -> Html {
    let button = |choice: View, label: String, testid: &'static str| {
        html! {
            <button
                type="button"
                aria-pressed={(view == choice).to_string()}
                data-testid={testid}
                onclick={onchange.reform(move |_: MouseEvent| Action::SetView(choice))}
            >
                { label }
            </button>
        }
    };
    html! {
        <div class="view-switch" role="group" aria-label="View">
            { button(View::Today, "Today".to_owned(), "view-today") }
            { button(View::Years, format!("Over {}", count(f64::from(horizon_years), "year")), "view-years") }
        </div>
    }
}
