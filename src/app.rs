//! The application root: loads the catalog once and lays out the areas.

use leptos::prelude::*;

use crate::domain::catalog::Catalog;
use crate::ui::catalog_overview::CatalogOverview;

/// The configurator. A catalog that fails validation shows the reason instead of a
/// blank page (it cannot happen with the shipped data: a test loads the same bundle).
#[component]
pub fn App() -> impl IntoView {
    let catalog = Catalog::embedded();
    view! {
        <header class="app-header">
            <h1>"O&M Services Configurator"</h1>
            <p class="tagline">"Huawei Cloud O&M professional services: pick services, check eligibility, export a proposal. Everything stays in your browser."</p>
        </header>
        <main id="main">
            {match catalog {
                Ok(catalog) => view! { <CatalogOverview catalog=catalog /> }.into_any(),
                Err(error) => view! {
                    <p role="alert" class="load-error">{format!("The catalog could not be loaded: {error}")}</p>
                }.into_any(),
            }}
        </main>
    }
}
