//! The seed texts shown on request: an item's "Details", an offering's terms, the search
//! through descriptions. The page starts with the catalog without them
//! (`Catalog::embedded_without_details`: the rules, the quote and the first screen need
//! none) and fetches them, with the code that reads them, the first time a reader asks
//! for one (in the split build a chunk of its own, precached by the service worker).

use std::sync::Arc;

use leptos::prelude::*;

use super::Store;
use crate::domain::catalog::Catalog;

/// The catalog with its seed details, once here; `Copy`, read by the views that show them.
#[derive(Clone, Copy)]
pub struct DetailedCatalog {
    catalog: RwSignal<Option<Arc<Catalog>>>,
    unavailable: RwSignal<bool>,
    fetching: StoredValue<bool>,
}

impl DetailedCatalog {
    /// The catalog with its seed details (tracked; `None` until they are here).
    pub fn get(&self) -> Option<Arc<Catalog>> {
        self.catalog.get()
    }

    /// Whether the last fetch failed (tracked): the browser is offline and has not kept
    /// them yet.
    pub fn unavailable(&self) -> bool {
        self.unavailable.get()
    }

    /// Fetches the seed details once (again after a failure); nothing when they are here
    /// or on their way.
    pub fn request(&self, store: Store) {
        if self.catalog.with_untracked(Option::is_some) || self.fetching.get_value() {
            return;
        }
        self.fetching.set_value(true);
        self.unavailable.set(false);
        let this = *self;
        leptos::task::spawn_local(async move {
            let detailed = chunk::details_reader().await.ok().and_then(|read| read(&store.catalog()).ok());
            this.fetching.set_value(false);
            match detailed {
                Some(catalog) => this.catalog.set(Some(Arc::new(catalog))),
                None => this.unavailable.set(true),
            }
        });
    }
}

/// Provides the seed details' handle for `catalog`: ready at once when it has its details
/// (the component tests' whole catalog), else fetched on the first request.
pub(super) fn provide_seed_details(catalog: &Arc<Catalog>) {
    let detailed = catalog.has_details().then(|| catalog.clone());
    provide_context(DetailedCatalog {
        catalog: RwSignal::new(detailed),
        unavailable: RwSignal::new(false),
        fetching: StoredValue::new(false),
    });
}

/// The seed details' handle (provided with the store).
pub fn use_seed_details() -> DetailedCatalog {
    expect_context::<DetailedCatalog>()
}

mod chunk {
    use crate::domain::catalog::{Catalog, CatalogError};

    /// What the chunk brings: the catalog given with the embedded seed details.
    pub(super) type DetailsReader = fn(&Catalog) -> Result<Catalog, CatalogError>;

    crate::split_point! {
        /// The seed details and their decoder, in the chunk `seed_details`.
        pub(super) details_reader in seed_details -> DetailsReader { Catalog::with_embedded_details }
    }
}
