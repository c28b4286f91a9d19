//! Element ids that stay unique with several widgets on one page.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

/// An id prefix no other component instance in this page has: "mva1-", "mva2-", ...
#[derive(Debug, Clone, PartialEq)]
pub struct UniqueId(Rc<str>);

thread_local! {
    static IDS_GIVEN: Cell<u32> = const { Cell::new(0) };
}

impl UniqueId {
    fn next() -> Self {
        let number = IDS_GIVEN.with(|count| {
            count.set(count.get() + 1);
            count.get()
        });
        Self(format!("mva{number}-").into())
    }

    /// The page-unique id for `name` within this component instance, for `id`, `for`,
    /// `aria-describedby` and radio-group names.
    pub fn id(&self, name: &str) -> String {
        format!("{}{name}", self.0)
    }
}

/// A prefix for the ids of one component instance, the same on every render.
///
/// ```no_run
/// use mining_vs_ai::hooks::use_unique_id;
/// use yew::prelude::*;
///
/// #[component]
/// fn Field() -> Html {
///     let id = use_unique_id().id("field");
///     html! { <><label for={id.clone()}>{ "Field" }</label><input id={id} /></> }
/// }
/// ```
#[hook]
pub fn use_unique_id() -> UniqueId {
    (*use_state(UniqueId::next)).clone()
}
