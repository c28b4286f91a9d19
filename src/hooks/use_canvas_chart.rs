//! A chart drawn on a canvas: sized by its container, in the page's colours, once a frame.

use std::rc::Rc;

use gloo_render::{request_animation_frame, AnimationFrame};
use yew::prelude::*;

use crate::chart::canvas::draw_on_canvas;
use crate::chart::Drawing;
use crate::hooks::{use_display, use_element_size, Display};

/// A canvas chart: returns the container's and the canvas' refs (the stylesheet sizes the
/// container) and why the last drawing failed, if it did. The canvas is redrawn when
/// `drawing`, the container's size or the display (theme, pixel ratio) change, at most once
/// an animation frame and with the newest of them: a dragged slider changes the data many
/// times a frame, and one drawing per frame is all anyone sees.
///
/// ```no_run
/// use std::rc::Rc;
/// use mining_vs_ai::chart::{chart_data, Drawing};
/// use mining_vs_ai::hooks::use_canvas_chart;
/// use mining_vs_ai::model::{Scenario, SweepAxis};
/// use yew::prelude::*;
///
/// #[component]
/// fn Chart() -> Html {
///     let data = chart_data(&Scenario::default(), SweepAxis::BtcPrice);
///     let (container, canvas, _failure) = use_canvas_chart(Rc::new(Drawing::Comparison(data)));
///     html! { <div ref={container}><canvas ref={canvas} /></div> }
/// }
/// ```
#[hook]
pub fn use_canvas_chart(drawing: Rc<Drawing>) -> (NodeRef, NodeRef, Option<String>) {
    let container = use_node_ref();
    let canvas = use_node_ref();
    // No inline styles for the size, which a strict content security policy refuses.
    let size = use_element_size(container.clone());
    let failure = use_state_eq(|| None::<String>);
    let display = use_display();
    // The latest drawing, size and display not drawn yet.
    let pending = use_mut_ref(|| None::<(Rc<Drawing>, (u32, u32), Display)>);
    // The frame requested; dropped with the component, which cancels it.
    let frame = use_mut_ref(|| None::<AnimationFrame>);
    {
        let canvas = canvas.clone();
        let failure = failure.setter();
        use_effect_with((drawing, size, display), move |(drawing, size, display)| {
            let frame_requested = pending
                .borrow_mut()
                .replace((drawing.clone(), *size, *display))
                .is_some();
            if !frame_requested {
                *frame.borrow_mut() = Some(request_animation_frame(move |_| {
                    if let Some((drawing, size, display)) = pending.borrow_mut().take() {
                        let element = canvas.cast::<web_sys::HtmlCanvasElement>();
                        let drawn = match element {
                            Some(element) if size.0 > 0 && size.1 > 0 => draw_on_canvas(
                                &element,
                                size,
                                display.pixel_ratio,
                                |backend, style| drawing.draw(backend, style),
                            ),
                            _ => Ok(()),
                        };
                        failure.set(drawn.err());
                    }
                }));
            }
        });
    }
    (container, canvas, (*failure).clone())
}
