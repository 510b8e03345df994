//! Content drawn just after the first screen, each part in a task of its own. Leptos draws
//! a view in one synchronous pass: the whole page at once was one long task (about half a
//! second on a throttled phone) before anything answered a tap. While the app is starting,
//! each `Deferred` part waits for a zero-delay timer instead (timers run in the order they
//! were set, each in its own task, and the browser may paint between them); once started,
//! a `Deferred` draws at once, so later changes (a search) never flicker.

use std::cell::Cell;

use gloo_timers::callback::Timeout;
use leptos::prelude::*;

thread_local! {
    /// True until `started` has run: parts drawn before then wait for their own task.
    static STARTING: Cell<bool> = const { Cell::new(true) };
    /// Parts set aside and not drawn yet.
    static WAITING: Cell<usize> = const { Cell::new(0) };
}

/// How many tasks [`AfterDeferredParts`] waits at most (a part that never ends the start,
/// as in a component test, must not keep it waiting for ever).
const MOST_TASKS_WAITED: u32 = 500;

/// Ends the start-up phase once every part set aside so far has been drawn.
pub fn end_start_after_deferred_parts() {
    // A timer set now runs after the timers of the parts already deferred; parts those
    // draw defer their own parts again (set before this one runs), which is what we want.
    Timeout::new(0, || STARTING.with(|starting| starting.set(false))).forget();
}

/// Draws `children` in a later task while the app is starting, at once afterwards.
#[component]
pub fn Deferred(
    /// The deferred content.
    children: ChildrenFn,
) -> impl IntoView {
    let drawn = RwSignal::new(!STARTING.with(Cell::get));
    if !drawn.get_untracked() {
        WAITING.with(|waiting| waiting.set(waiting.get() + 1));
        // `try_set`: the view may be gone before the timer fires (a test unmounting it).
        Timeout::new(0, move || {
            WAITING.with(|waiting| waiting.set(waiting.get().saturating_sub(1)));
            let _ = drawn.try_set(true);
        })
        .forget();
    }
    move || drawn.get().then(|| children())
}

/// Draws `children` once the start is over and every part set aside has been drawn: for
/// what ends the page (its footer), which the parts above would otherwise push down as
/// they arrive, one layout shift each. Drawn last, it moves nothing.
#[component]
pub fn AfterDeferredParts(
    /// The content of the end of the page.
    children: ChildrenFn,
) -> impl IntoView {
    let drawn = RwSignal::new(false);
    after_deferred_parts(move || {
        let _ = drawn.try_set(true);
    });
    move || drawn.get().then(|| children())
}

/// Runs `then` in the first task after the deferred parts: for start-up work nobody sees
/// (registering the service worker), which would otherwise lengthen the first tasks.
pub fn after_deferred_parts(then: impl FnOnce() + 'static) {
    wait_for_deferred_parts(Box::new(then), MOST_TASKS_WAITED);
}

/// Runs `then` in the first task after the deferred parts (each check is a task queued
/// behind every part set aside so far).
fn wait_for_deferred_parts(then: Box<dyn FnOnce()>, tasks_left: u32) {
    Timeout::new(0, move || {
        let waiting = STARTING.with(Cell::get) || WAITING.with(Cell::get) > 0;
        if waiting && tasks_left > 0 {
            wait_for_deferred_parts(then, tasks_left - 1);
        } else {
            then();
        }
    })
    .forget();
}
