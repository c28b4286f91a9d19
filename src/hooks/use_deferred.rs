//! Work that may land after the figures it follows.

use std::any::Any;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo_render::request_animation_frame;
use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// Shortest time between two computations while the inputs keep changing, in ms. Measured
/// with `make bench`: computing the decision map and the tornado in every frame of a
/// dragged slider took the years view's input-to-chart latency at 4x CPU throttle from 10
/// to 40 ms; at most one computation per 150 ms leaves the frames in between to the
/// figures, and the map still follows the slider several times a second.
const INTERVAL_MS: f64 = 150.0;

/// The hook's state between renders.
struct Deferred<I> {
    /// The newest inputs not computed yet.
    pending: Option<I>,
    /// When the last computation ran, in ms since the epoch.
    last_run_ms: f64,
    /// Whether a computation is scheduled.
    scheduled: bool,
    /// The animation frame or timer that starts the computation scheduled, and the timer
    /// the frame sets: kept only so that dropping the hook cancels them, each replaced,
    /// never dropped, from its own callback. Their callbacks hold the state weakly.
    handles: [Option<Box<dyn Any>>; 2],
}

/// `compute(inputs)`, computed on the first render and afterwards after `inputs` change:
/// in a task right after the next frame is painted, with the figures that changed, or,
/// when the last computation ran less than [`INTERVAL_MS`] ago, at the end of that
/// interval, with the newest inputs. Until then it returns the result of the inputs
/// before. So slow work (the decision map and the tornado, a few thousand projections)
/// never delays the paint of what the reader just moved.
#[hook]
pub fn use_deferred<I, T>(inputs: I, compute: fn(&I) -> T) -> Rc<T>
where
    I: PartialEq + Clone + 'static,
    T: 'static,
{
    let result = use_state(|| (inputs.clone(), Rc::new(compute(&inputs))));
    let deferred = use_mut_ref(|| Deferred::<I> {
        pending: None,
        last_run_ms: 0.0,
        scheduled: false,
        handles: [None, None],
    });
    {
        let result = result.clone();
        use_effect_with(inputs, move |inputs| {
            let mut state = deferred.borrow_mut();
            // Back to the inputs of the result shown: nothing left to compute, even if a
            // computation of other inputs is scheduled.
            if result.0 == *inputs {
                state.pending = None;
                return;
            }
            state.pending = Some(inputs.clone());
            if state.scheduled {
                return;
            }
            state.scheduled = true;
            let weak = Rc::downgrade(&deferred);
            let wait_ms = state.last_run_ms + INTERVAL_MS - js_sys::Date::now();
            state.handles[0] = Some(if wait_ms <= 0.0 {
                // A frame's callbacks run before it is painted: a task posted from one runs
                // after.
                Box::new(request_animation_frame(move |_| {
                    if let Some(deferred) = weak.upgrade() {
                        let timer = {
                            let weak = Rc::downgrade(&deferred);
                            Timeout::new(0, move || run_pending(&weak, &result, compute))
                        };
                        deferred.borrow_mut().handles[1] = Some(Box::new(timer));
                    }
                })) as Box<dyn Any>
            } else {
                Box::new(Timeout::new(wait_ms.ceil() as u32, move || {
                    run_pending(&weak, &result, compute)
                }))
            });
        });
    }
    result.1.clone()
}

/// Computes the pending inputs, if the hook is still there and any are pending, and stores
/// their result.
fn run_pending<I: Clone + 'static, T: 'static>(
    deferred: &Weak<RefCell<Deferred<I>>>,
    result: &UseStateHandle<(I, Rc<T>)>,
    compute: fn(&I) -> T,
) {
    let Some(deferred) = deferred.upgrade() else {
        return;
    };
    let pending = {
        let mut state = deferred.borrow_mut();
        state.scheduled = false;
        state.last_run_ms = js_sys::Date::now();
        state.pending.take()
    };
    if let Some(inputs) = pending {
        let computed = Rc::new(compute(&inputs));
        result.set((inputs, computed));
    }
}
