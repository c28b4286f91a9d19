//! What the screen is like: the reader's light or dark theme and the device pixel ratio.

use gloo_events::EventListener;
use yew::prelude::*;

use crate::number_text::number_text;

/// The theme and pixel density a drawing depends on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Display {
    /// Whether the reader's system asks for a dark theme.
    pub dark: bool,
    /// Device pixels per CSS pixel.
    pub pixel_ratio: f64,
}

fn current() -> Display {
    let Some(window) = web_sys::window() else {
        return Display {
            dark: false,
            pixel_ratio: 1.0,
        };
    };
    let dark = window
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches());
    Display {
        dark,
        pixel_ratio: window.device_pixel_ratio(),
    }
}

/// The screen's [`Display`], updated when the reader's system switches between light and
/// dark, or the window moves to a screen of another pixel ratio (or is zoomed).
///
/// ```no_run
/// use mining_vs_ai::hooks::use_display;
/// use yew::prelude::*;
///
/// #[component]
/// fn Density() -> Html {
///     let display = use_display();
///     html! { <p>{ format!("{} device pixels per CSS pixel", display.pixel_ratio) }</p> }
/// }
/// ```
#[hook]
pub fn use_display() -> Display {
    let display = use_state_eq(current);
    {
        let setter = display.setter();
        use_effect_with(*display, move |shown| {
            // A query for today's ratio stops matching when the ratio changes; the theme's
            // query changes either way. Both are asked again for the next change.
            let queries = [
                "(prefers-color-scheme: dark)".to_owned(),
                format!("(resolution: {}dppx)", number_text(shown.pixel_ratio)),
            ];
            let listeners: Vec<EventListener> = web_sys::window()
                .map(|window| {
                    queries
                        .iter()
                        .filter_map(|query| window.match_media(query).ok().flatten())
                        .map(|list| {
                            let setter = setter.clone();
                            EventListener::new(&list, "change", move |_| setter.set(current()))
                        })
                        .collect()
                })
                .unwrap_or_default();
            // Dropping the listeners removes them.
            move || drop(listeners)
        });
    }
    *display
}
