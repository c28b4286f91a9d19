//! Element ids that stay unique with several widgets on one page.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

/// The id prefix of one widget, given to its components as a context.
#[derive(Debug, Clone, PartialEq)]
pub struct WidgetIds(Rc<str>);

thread_local! {
    static WIDGETS_CREATED: Cell<u32> = const { Cell::new(0) };
}

impl WidgetIds {
    /// A prefix no other widget in this page has: "mva1-", "mva2-", ...
    pub fn next() -> Self {
        let number = WIDGETS_CREATED.with(|count| {
            count.set(count.get() + 1);
            count.get()
        });
        Self(format!("mva{number}-").into())
    }
}

/// The page-unique id for `name` within the widget the component belongs to, for `id`,
/// `for`, `aria-describedby` and radio-group names.
///
/// ```no_run
/// use mining_vs_ai::hooks::use_widget_id;
/// use yew::prelude::*;
///
/// #[component]
/// fn Field() -> Html {
///     let id = use_widget_id("field");
///     html! { <><label for={id.clone()}>{ "Field" }</label><input id={id} /></> }
/// }
/// ```
#[hook]
pub fn use_widget_id(name: &str) -> String {
    let ids = use_context::<WidgetIds>();
    match ids {
        Some(WidgetIds(prefix)) => format!("{prefix}{name}"),
        None => name.to_owned(),
    }
}
