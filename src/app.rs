//! The application root: loads the catalog, provides the store, lays out the areas
//! (About you, Your quote, the BOQ and export below them, Services on the right; one
//! column in that order on a phone).

use leptos::prelude::*;

use crate::domain::catalog::{Catalog, CatalogError};
use crate::state::{provide_language, provide_store, use_store};
use crate::ui::boq_table::BoqTable;
use crate::ui::catalog_browser::CatalogBrowser;
use crate::ui::charts::Charts;
use crate::ui::deferred::{end_start_after_deferred_parts, AfterDeferredParts, Deferred};
use crate::ui::export::ExportActions;
use crate::ui::findings_panel::FindingsPanel;
use crate::ui::header_tools::HeaderTools;
use crate::ui::keyboard_help::KeyboardHelp;
use crate::ui::notice::NoticeArea;
use crate::ui::price_book::PriceBookPanel;
use crate::ui::print_document::{provide_print_request, PrintDocument};
use crate::ui::profile_form::ProfileForm;
use crate::ui::proposal::Proposal;
use crate::ui::published_prices::PublishedPrices;
use crate::ui::quote_lines::{QuoteLines, QuoteSettings};
use crate::ui::quote_summary::QuoteSummary;
use crate::ui::suggestions::Suggestions;
use crate::ui::update_banner::UpdateBanner;

/// The configurator. A catalog that fails validation shows the reason instead of a
/// blank page (it cannot happen with the shipped data: a test loads the same bundle).
/// It starts without the seed texts shown on request (`state::use_seed_details` fetches
/// them when first asked for).
#[component]
pub fn App(
    /// The catalog as read at start (`Catalog::embedded_without_details`), or why not.
    catalog: Result<Catalog, CatalogError>,
) -> impl IntoView {
    match catalog {
        Ok(catalog) => {
            let (starting, unavailable) = crate::state::starting_language();
            let language = provide_language(starting);
            crate::state::provide_document_language();
            provide_store(catalog);
            if let Some(wanted) = unavailable {
                use_store().tell_problem(starting.texts().app.language_unavailable.fill(wanted.own_name()));
            }
            // Views take their words once, when built: a change of language builds them
            // again from the same store, so the work stays as it was.
            (move || {
                language.0.track();
                view! { <Configurator /> }
            })
            .into_any()
        }
        Err(error) => view! {
            <main id="main"><p role="alert" class="load-error">{crate::state::use_texts().app.catalog_failed.fill(error)}</p></main>
        }
        .into_any(),
    }
}

/// The three areas and the BOQ.
#[component]
pub fn Configurator() -> impl IntoView {
    let store = use_store();
    let texts = crate::state::use_texts();
    provide_print_request();
    crate::ui::published_prices::provide_published_book();
    crate::state::provide_refused_inputs();
    view! {
        // Skip links to the parts a user comes back to, in page order; each target heading
        // takes the focus (tabindex -1), so the next Tab continues from there.
        <nav class="skip-links" aria-label=texts.app.skip_links>
            <a class="skip-link" href="#suggestions-heading">{texts.app.skip_to_suggestions}</a>
            <a class="skip-link" href="#quote-heading">{texts.app.skip_to_quote}</a>
            <a class="skip-link" href="#boq-heading">{texts.app.skip_to_boq}</a>
            <a class="skip-link" href="#export-heading">{texts.app.skip_to_export}</a>
            <a class="skip-link" href="#catalog-heading">{texts.app.skip_to_services}</a>
        </nav>
        <header class="app-header">
            <div class="brand">
                <h1>{texts.app.title}</h1>
                <p class="tagline">{texts.app.tagline}</p>
            </div>
            <HeaderTools />
        </header>
        <UpdateBanner />
        <QuoteSummary />
        <NoticeArea />
        <PublishedPrices />
        <main id="main" class=move || if store.is_sales() { "layout sales" } else { "layout customer" }>
            <div class="column about">
                <Deferred><ProfileForm /></Deferred>
                <Deferred><Suggestions /></Deferred>
            </div>
            <div class="column quote">
                <Deferred>
                    <section class="panel quote-panel" aria-labelledby="quote-heading">
                        <h2 id="quote-heading" tabindex="-1">{texts.app.quote_heading}</h2>
                        <crate::ui::seed_note::SeedTextsNote />
                        <crate::ui::quote_options::QuoteOptionsBar />
                        <QuoteSettings />
                        <QuoteLines />
                    </section>
                </Deferred>
                <Deferred><FindingsPanel /></Deferred>
                <Deferred><Proposal /></Deferred>
            </div>
            // The result before the catalog, in the page as on the screen (tab order is the
            // visual order): a phone reads questions, suggestions, the quote, the BOQ and
            // export, then the catalog; a wide screen shows the catalog as the right column.
            <div class="wide">
                <Deferred><crate::ui::compare_view::CompareOptions /></Deferred>
                <Deferred><BoqTable /></Deferred>
                <Deferred><Charts /></Deferred>
                <Deferred><PriceBookPanel /></Deferred>
                <Deferred><ExportActions /></Deferred>
                <Deferred><crate::ui::share_link::ShareLink /></Deferred>
                <Deferred><crate::ui::revisions::Revisions /></Deferred>
            </div>
            <div class="column services">
                <Deferred><CatalogBrowser /></Deferred>
            </div>
        </main>
        <AfterDeferredParts><KeyboardHelp /></AfterDeferredParts>
        <PrintDocument />
        {end_start_after_deferred_parts()}
    }
}
