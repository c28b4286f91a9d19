//! Work that may land a frame after the figures it follows.

use std::rc::Rc;

use gloo_render::{request_animation_frame, AnimationFrame};
use yew::prelude::*;

/// `compute(inputs)`, computed on the first render and afterwards in the animation frame
/// after `inputs` change, with the newest inputs of that frame: until then the result of
/// the inputs before. So slow work (the decision map and the tornado, a few hundred
/// projections) never delays the render of what the reader just moved, and a dragged
/// slider, which changes the inputs many times a frame, costs one computation a frame.
#[hook]
pub fn use_deferred<I, T>(inputs: I, compute: fn(&I) -> T) -> Rc<T>
where
    I: PartialEq + Clone + 'static,
    T: 'static,
{
    let result = use_state(|| (inputs.clone(), Rc::new(compute(&inputs))));
    // The frame requested; replacing or dropping it cancels it.
    let frame = use_mut_ref(|| None::<AnimationFrame>);
    {
        let result = result.clone();
        use_effect_with(inputs, move |inputs| {
            let done = result.0 == *inputs;
            *frame.borrow_mut() = (!done).then(|| {
                let inputs = inputs.clone();
                request_animation_frame(move |_| {
                    let computed = Rc::new(compute(&inputs));
                    result.set((inputs, computed));
                })
            });
        });
    }
    result.1.clone()
}
