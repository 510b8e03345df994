//! A part of the page whose code is a chunk of its own (`web::split`): nothing is drawn,
//! and nothing fetched, until the part is wanted (the compare view once a quote has two
//! options); then its chunk is fetched once, and the part is built by the code it brought.
//! A chunk that cannot arrive (offline before the page was kept) is said in its place, and
//! fetched again the next time the part is wanted.

use std::future::Future;

use leptos::prelude::*;

use crate::state::use_texts;
use crate::web::split::SplitLoaderError;

/// What a part's chunk brings: the function that builds the part.
pub type PartBuilder = fn() -> AnyView;

/// The part built by `load`'s builder while `wanted` is true.
pub fn lazy_part<Load, Loading>(wanted: Memo<bool>, load: Load) -> impl IntoView
where
    Load: Fn() -> Loading + Copy + 'static,
    Loading: Future<Output = Result<PartBuilder, SplitLoaderError>> + 'static,
{
    let texts = use_texts();
    let builder = RwSignal::new(None::<PartBuilder>);
    let failed = RwSignal::new(false);
    Effect::new(move |_| {
        if !wanted.get() || builder.with_untracked(Option::is_some) {
            return;
        }
        failed.set(false);
        leptos::task::spawn_local(async move {
            match load().await {
                Ok(build) => builder.set(Some(build)),
                Err(_) => failed.set(true),
            }
        });
    });
    move || {
        if !wanted.get() {
            return None;
        }
        match builder.get() {
            Some(build) => Some(build()),
            None => failed
                .get()
                .then(|| view! { <p class="notice problem" role="alert">{texts.app.part_unavailable}</p> }.into_any()),
        }
    }
}
