//! Parts of the page and actions whose code is a chunk of its own (`web::split`).
//!
//! [`lazy_part`] draws nothing, and fetches nothing, until its part is wanted (the compare
//! view once a quote has two options); then its chunk is fetched once and the part is
//! built by the code it brought. [`use_chunk`] is the same for a view that uses what a
//! chunk brings in its own way (the charts' drawing), and [`with_chunk`] for an action
//! (an export, a price book). A chunk that cannot arrive (offline before the page was
//! kept) is said in the part's place or in a notice, and fetched again the next time.

use std::future::Future;

use leptos::prelude::*;

use crate::present::text::Texts;
use crate::state::{use_texts, Store};
use crate::web::split::SplitLoaderError;

/// What a part's chunk brings: the function that builds the part.
pub type PartBuilder = fn() -> AnyView;

/// What a chunk brought (`None` until it is here), and whether it could not arrive.
#[derive(Clone, Copy)]
pub struct Chunk<T: Send + Sync + 'static> {
    /// What it brought.
    pub brought: RwSignal<Option<T>>,
    /// Whether the last fetch failed.
    pub unavailable: RwSignal<bool>,
}

/// Fetches `load`'s chunk the first time `wanted` is true (again after a failure, the next
/// time it becomes true).
pub fn use_chunk<T, Load, Loading>(wanted: Memo<bool>, load: Load) -> Chunk<T>
where
    T: Copy + Send + Sync + 'static,
    Load: Fn() -> Loading + Copy + 'static,
    Loading: Future<Output = Result<T, SplitLoaderError>> + 'static,
{
    let chunk = Chunk { brought: RwSignal::new(None), unavailable: RwSignal::new(false) };
    // Fetching a chunk is the outside world: the effect only starts it.
    Effect::new(move |_| {
        if !wanted.get() || chunk.brought.with_untracked(Option::is_some) {
            return;
        }
        chunk.unavailable.set(false);
        leptos::task::spawn_local(async move {
            match load().await {
                Ok(brought) => chunk.brought.set(Some(brought)),
                Err(_) => chunk.unavailable.set(true),
            }
        });
    });
    chunk
}

/// The part built by `load`'s builder while `wanted` is true.
pub fn lazy_part<Load, Loading>(wanted: Memo<bool>, load: Load) -> impl IntoView
where
    Load: Fn() -> Loading + Copy + 'static,
    Loading: Future<Output = Result<PartBuilder, SplitLoaderError>> + 'static,
{
    let texts = use_texts();
    let chunk = use_chunk(wanted, load);
    move || {
        if !wanted.get() {
            return None;
        }
        match chunk.brought.get() {
            Some(build) => Some(build()),
            None => chunk.unavailable.get().then(|| part_unavailable(texts)),
        }
    }
}

/// What is drawn in the place of a part whose code or data could not be loaded.
pub fn part_unavailable(texts: &'static Texts) -> AnyView {
    view! { <p class="notice problem" role="alert">{texts.app.part_unavailable}</p> }.into_any()
}

/// Runs `run` with what `loading` brings once its chunk is here (at once after the first
/// time), or says the chunk could not be loaded.
pub fn with_chunk<T: 'static>(
    store: Store,
    texts: &'static Texts,
    loading: impl Future<Output = Result<T, SplitLoaderError>> + 'static,
    run: impl FnOnce(T) + 'static,
) {
    leptos::task::spawn_local(async move {
        match loading.await {
            Ok(brought) => run(brought),
            Err(_) => store.tell_problem(texts.app.part_unavailable),
        }
    });
}
