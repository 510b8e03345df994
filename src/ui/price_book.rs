//! Prices: load a price book (JSON or CSV), use the illustrative sample, start typing
//! prices in a currency, or clear them. Sales-engineer mode only; customers see the result.

use leptos::prelude::*;

use crate::domain::bounds::{check_text, MAX_FILE_BYTES};
use crate::domain::money::check_currency;
use crate::domain::price_book::PriceBook;
use crate::present::refusals;
use crate::state::use_store;
use crate::web::files::{picked_file, read_text_limited};

/// The bundled sample (also served as `public/sample-price-book.json`).
const SAMPLE: &str = include_str!("../../public/sample-price-book.json");

/// The price book panel.
#[component]
pub fn PriceBookPanel() -> impl IntoView {
    let store = use_store();
    let texts = crate::state::use_texts();
    let currency = RwSignal::new("USD".to_string());
    let load = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = picked_file(&input) else { return };
        let name = file.name();
        input.set_value("");
        leptos::task::spawn_local(async move {
            let catalog = store.catalog();
            // A file over 1 MB is refused before it is read (catalog-rules §8.13).
            let text = match read_text_limited(file, MAX_FILE_BYTES).await {
                Ok(text) => text,
                Err(error) => {
                    let error = (texts.screen.web_error)(&error);
                    return store.tell_problem(texts.quote.price_file_refused.fill(error));
                }
            };
            let parsed = if name.to_lowercase().ends_with(".csv") {
                PriceBook::from_csv(&catalog, &text)
            } else {
                PriceBook::from_json(&catalog, &text)
            };
            match parsed {
                Ok(loaded) => {
                    let count = loaded.book.prices.len();
                    let unknown = loaded.unknown_items.clone();
                    let mut book = loaded.book;
                    // The file's name names an unnamed book, when it fits the 500-character bound.
                    if book.name == texts.quote.unnamed_book && check_text("name", &name).is_ok() {
                        book.name = name.clone();
                    }
                    store.set_price_book(Some(book));
                    let extra =
                        if unknown.is_empty() { String::new() } else { texts.quote.ignored.fill(unknown.join(", ")) };
                    let text = texts.quote.loaded.fill(count, &name, extra);
                    if unknown.is_empty() {
                        store.tell(text)
                    } else {
                        store.tell_problem(text)
                    }
                }
                Err(error) => {
                    store.tell_problem(texts.quote.price_book_refused.fill(&name, refusals::money(texts, &error)))
                }
            }
        });
    };
    let use_sample = move |_| {
        let catalog = store.catalog();
        match PriceBook::from_json(&catalog, SAMPLE) {
            Ok(loaded) => {
                store.set_price_book(Some(loaded.book));
                store.tell(texts.quote.sample_loaded);
            }
            Err(error) => store.tell_problem(texts.quote.sample_refused.fill(refusals::money(texts, &error))),
        }
    };
    let summary = store.slice(|s| match &s.quote.price_book {
        None => texts.quote.no_prices.to_string(),
        Some(book) => texts.quote.price_summary.fill(
            crate::present::prices::dated_name(texts, book),
            &book.currency,
            texts.words.item_price.count_of(book.prices.len()),
            if book.illustrative { texts.quote.illustrative_mark } else { "" },
        ),
    });
    view! {
        <section class="panel prices" aria-labelledby="prices-heading">
            <h2 id="prices-heading">{texts.quote.prices}</h2>
            <p class="price-summary">{summary}</p>
            <Show when=move || store.is_sales()>
                <div class="price-actions">
                    <div class="field">
                        <label for="price-file">{texts.quote.load_prices}</label>
                        <input id="price-file" type="file" accept=".json,.csv,application/json,text/csv" on:change=load />
                    </div>
                    <button type="button" on:click=use_sample>{texts.quote.use_sample}</button>
                    <div class="inline">
                        <label for="price-currency">{texts.quote.currency}</label>
                        <input id="price-currency" type="text" maxlength="3" size="4" prop:value=move || currency.get() on:input=move |ev| currency.set(event_target_value(&ev).to_uppercase()) />
                        <button type="button" on:click=move |_| {
                            // Only ISO 4217 currencies with a minor unit (not XAU, XDR, ...).
                            match check_currency(&currency.get_untracked()) {
                                Ok(code) => store.set_price_book(Some(PriceBook::empty(&code))),
                                Err(error) => store.tell_problem(texts.quote.currency_refused.fill(refusals::money(texts, &error))),
                            }
                        }>{texts.quote.type_prices}</button>
                    </div>
                    <button type="button" class="link" on:click=move |_| store.set_price_book(None)>{texts.quote.remove_prices}</button>
                </div>
            </Show>
        </section>
    }
}
