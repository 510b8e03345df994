//! Drawing seed texts shown on request: the first time one is drawn (an item's or an
//! offering's details opened) the texts are fetched (`state::use_seed_details`); until they
//! are here a line says they are on their way, or that they could not be loaded.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::catalog::Catalog;
use crate::state::{use_seed_details, use_store, use_texts};
use crate::ui::lazy_part::part_unavailable;

/// What `render` draws from the catalog with its seed details, once they are here.
pub fn from_seed_details(render: impl Fn(&Arc<Catalog>) -> AnyView + Send + Sync + 'static) -> impl IntoView {
    let texts = use_texts();
    let seed = use_seed_details();
    seed.request(use_store());
    move || match seed.get() {
        Some(catalog) => render(&catalog),
        None if seed.unavailable() => part_unavailable(texts),
        None => view! { <p class="muted" role="status">{texts.catalog.details_loading}</p> }.into_any(),
    }
}
