//! Work that may land after the figures it follows, done in slices between the reader's
//! inputs.

use std::any::Any;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo_render::request_animation_frame;
use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// Shortest time between the starts of two computations while the inputs keep changing,
/// in ms. Measured with `make bench`: computing the decision map and the tornado in every
/// frame of a dragged slider took the years view's input-to-chart latency at 4x CPU
/// throttle from 10 to 40 ms; at most one computation per 150 ms leaves most frames to the
/// figures, and the map still follows the slider several times a second.
const INTERVAL_MS: f64 = 150.0;

/// Longest run of steps in one task, in ms: an input that arrives during a slice waits at
/// most this long (and one step) before it is answered. Measured with `make bench`: the
/// map and the tornado computed in one task took the years view's input-to-chart latency
/// at 4x CPU throttle to 124 ms at the 95th percentile; in slices of this length, inside a
/// frame at every percentile.
const SLICE_MS: f64 = 4.0;

/// A computation done a step at a time.
pub trait Stepwise {
    /// What it computes.
    type Output;
    /// Takes the next step; false once there is none left.
    fn step(&mut self) -> bool;
    /// The result, after the steps not taken yet.
    fn finish(self) -> Self::Output;
}

/// The hook's state between renders.
struct Deferred<I, W> {
    /// The newest inputs not started yet.
    pending: Option<I>,
    /// The computation under way, and its inputs.
    working: Option<(I, W)>,
    /// When the last computation started, in ms since the epoch.
    last_start_ms: f64,
    /// Whether a slice is scheduled.
    scheduled: bool,
    /// The animation frame or timer that runs the next slice, and the timer the frame
    /// sets: kept only so that dropping the hook cancels them. A slice replaces them when it
    /// schedules the next, from the callback of one of them (wasm-bindgen frees a closure
    /// dropped while it runs once it returns). Their
    /// callbacks hold the state weakly.
    handles: [Option<Box<dyn Any>>; 2],
}

/// `start(inputs)` computed to its end ([`Stepwise`]), on the first render at once and
/// afterwards after `inputs` change: from a task right after the next frame is painted,
/// with the figures that changed, or, when the last computation started less than
/// [`INTERVAL_MS`] ago, at the end of that interval, with the newest inputs; in slices of
/// [`SLICE_MS`], each its own task, so that the reader's inputs are answered between them.
/// Until it is done it returns the result of the inputs before. So slow work (the decision
/// map and the tornado, a few thousand projections) never delays the paint of what the
/// reader just moved.
#[hook]
pub fn use_deferred<I, W>(inputs: I, start: fn(&I) -> W) -> Rc<W::Output>
where
    I: PartialEq + Clone + 'static,
    W: Stepwise + 'static,
    W::Output: 'static,
{
    let result = use_state(|| (inputs.clone(), Rc::new(start(&inputs).finish())));
    let deferred = use_mut_ref(|| Deferred::<I, W> {
        pending: None,
        working: None,
        last_start_ms: 0.0,
        scheduled: false,
        handles: [None, None],
    });
    {
        let result = result.clone();
        use_effect_with(inputs, move |inputs| {
            let mut state = deferred.borrow_mut();
            // Back to the inputs of the result shown, with nothing under way: nothing to
            // start.
            if result.0 == *inputs && state.working.is_none() {
                state.pending = None;
                return;
            }
            state.pending = Some(inputs.clone());
            if !state.scheduled {
                schedule(&deferred, &mut state, &result, start);
            }
        });
    }
    result.1.clone()
}

/// Schedules the next slice: after the next frame if a computation may start now or is
/// under way, else at the end of [`INTERVAL_MS`].
fn schedule<I: PartialEq + Clone + 'static, W: Stepwise + 'static>(
    deferred: &Rc<RefCell<Deferred<I, W>>>,
    state: &mut Deferred<I, W>,
    result: &UseStateHandle<(I, Rc<W::Output>)>,
    start: fn(&I) -> W,
) {
    state.scheduled = true;
    let weak = Rc::downgrade(deferred);
    let result = result.clone();
    let wait_ms = if state.working.is_some() {
        0.0
    } else {
        state.last_start_ms + INTERVAL_MS - js_sys::Date::now()
    };
    state.handles[0] = Some(if wait_ms <= 0.0 {
        // A frame's callbacks run before it is painted: a task posted from one runs after.
        Box::new(request_animation_frame(move |_| {
            if let Some(deferred) = weak.upgrade() {
                let timer = {
                    let weak = Rc::downgrade(&deferred);
                    Timeout::new(0, move || run_slice(&weak, &result, start))
                };
                deferred.borrow_mut().handles[1] = Some(Box::new(timer));
            }
        })) as Box<dyn Any>
    } else {
        Box::new(Timeout::new(wait_ms.ceil() as u32, move || {
            run_slice(&weak, &result, start)
        }))
    });
}

/// Runs steps of the computation under way, or of the newest inputs, for up to
/// [`SLICE_MS`]; stores the result when it is done, and schedules what is left.
fn run_slice<I: PartialEq + Clone + 'static, W: Stepwise + 'static>(
    deferred: &Weak<RefCell<Deferred<I, W>>>,
    result: &UseStateHandle<(I, Rc<W::Output>)>,
    start: fn(&I) -> W,
) {
    let Some(deferred) = deferred.upgrade() else {
        return;
    };
    let mut state = deferred.borrow_mut();
    state.scheduled = false;
    if state.working.is_none() {
        let Some(inputs) = state.pending.take() else {
            return;
        };
        state.last_start_ms = js_sys::Date::now();
        let work = start(&inputs);
        state.working = Some((inputs, work));
    }
    let began = now_ms();
    let done = match &mut state.working {
        Some((_, work)) => loop {
            if !work.step() {
                break true;
            }
            if now_ms() - began >= SLICE_MS {
                break false;
            }
        },
        None => true,
    };
    if done {
        if let Some((inputs, work)) = state.working.take() {
            result.set((inputs, Rc::new(work.finish())));
        }
    }
    if state.working.is_some() || state.pending.is_some() {
        schedule(&deferred, &mut state, result, start);
    }
}

/// The page's clock in ms, finer than `Date`'s.
fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or_else(js_sys::Date::now, |performance| performance.now())
}
