//! The catalog grouped by offering, with item counts and each offering's seed version.

use leptos::prelude::*;

use crate::domain::catalog::{Billing, Catalog};

/// Offerings with their items; each offering is a disclosure so the page stays short.
#[component]
pub fn CatalogOverview(
    /// The loaded catalog.
    catalog: Catalog,
) -> impl IntoView {
    let offerings: Vec<_> = catalog
        .offerings()
        .map(|(document, offering)| {
            let items: Vec<_> = offering
                .items
                .iter()
                .map(|item| {
                    let billing = match item.billing {
                        Billing::Periodic => "periodic",
                        Billing::OneOff => "one-off",
                    };
                    view! {
                        <li class="catalog-item">
                            <span class="item-name">{item.name.clone()}</span>
                            <span class="item-billing">{format!("{billing}, per {}", item.unit.label())}</span>
                        </li>
                    }
                })
                .collect();
            let count = offering.items.len();
            let heading_id = format!("offering-{}", offering.id);
            let labelled_by = heading_id.clone();
            view! {
                <section class="offering" aria-labelledby=labelled_by>
                    <details>
                        <summary>
                            <h2 id=heading_id class="offering-name">{offering.name.clone()}</h2>
                            <span class="offering-count">{format!("{count} item{}", if count == 1 { "" } else { "s" })}</span>
                        </summary>
                        <p class="offering-source">{format!("Source: {} (updated on {})", document.seed, document.updated_on)}</p>
                        <ul class="catalog-items">{items}</ul>
                    </details>
                </section>
            }
        })
        .collect();
    let total = catalog.len();
    view! {
        <section class="catalog" aria-labelledby="catalog-heading">
            <h2 id="catalog-heading" class="catalog-heading">{format!("Service catalog ({total} items)")}</h2>
            {offerings}
        </section>
    }
}
