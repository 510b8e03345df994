//! Prices: load a price book (JSON or CSV), use the illustrative sample, start typing
//! prices in a currency, or clear them. Sales-engineer mode only; customers see the result.

use leptos::prelude::*;

use crate::domain::bounds::{check_text, MAX_FILE_BYTES};
use crate::domain::money::check_currency;
use crate::domain::price_book::PriceBook;
use crate::present::refusals;
use crate::present::text::Texts;
use crate::state::{use_store, Store};
use crate::ui::lazy_part::with_chunk;
use crate::web::files::{picked_file, read_text_limited};

/// The bundled sample (also served as `public/sample-price-book.json`).
const SAMPLE: &str = include_str!("../../public/sample-price-book.json");

/// What the price books' chunk brings: the readers of a picked file, of the illustrative
/// sample and of the book published with the app.
#[derive(Clone, Copy)]
pub struct PriceBookTools {
    /// Reads a picked file (its name and text) into the quote's prices, or says why not.
    pub file: fn(Store, &'static Texts, String, String),
    /// Puts the illustrative sample prices in the quote.
    pub sample: fn(Store, &'static Texts),
    /// Reads the published book's text into `published`, or says why it is not used.
    pub published: fn(Store, &'static Texts, RwSignal<Option<PriceBook>>, String),
}

crate::split_point! {
    /// The price-book tools, in the chunk `price_books`.
    price_book_tools in price_books -> PriceBookTools {
        PriceBookTools { file: read_file, sample: use_sample, published: read_published }
    }
}

/// Runs `run` with the price-book tools once their chunk is here, or says they could not be
/// loaded.
pub fn with_price_book_tools(store: Store, texts: &'static Texts, run: impl FnOnce(PriceBookTools) + 'static) {
    with_chunk(store, texts, price_book_tools(), run);
}

/// Reads the picked file `name` (its `text`) into the quote's prices: CSV by its extension,
/// else JSON; an unnamed book takes the file's name; items the catalog does not hold are
/// named and left out.
fn read_file(store: Store, texts: &'static Texts, name: String, text: String) {
    let catalog = store.catalog();
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
            if book.name == texts.quote.unnamed_book && check_text("name", &name).is_ok() {
                book.name = name.clone();
            }
            store.set_price_book(Some(book));
            let extra = if unknown.is_empty() { String::new() } else { texts.quote.ignored.fill(unknown.join(", ")) };
            let text = texts.quote.loaded.fill(count, &name, extra);
            if unknown.is_empty() {
                store.tell(text)
            } else {
                store.tell_problem(text)
            }
        }
        Err(error) => store.tell_problem(texts.quote.price_book_refused.fill(&name, refusals::money(texts, &error))),
    }
}

/// Puts the illustrative sample prices in the quote.
fn use_sample(store: Store, texts: &'static Texts) {
    match PriceBook::from_json(&store.catalog(), SAMPLE) {
        Ok(loaded) => {
            store.set_price_book(Some(loaded.book));
            store.tell(texts.quote.sample_loaded);
        }
        Err(error) => store.tell_problem(texts.quote.sample_refused.fill(refusals::money(texts, &error))),
    }
}

/// Reads the text of the book published with the app into `published`, or says why it is
/// not used.
fn read_published(store: Store, texts: &'static Texts, published: RwSignal<Option<PriceBook>>, text: String) {
    match PriceBook::from_json(&store.catalog(), &text) {
        Ok(loaded) => published.set(Some(loaded.book)),
        Err(error) => store.tell_problem(texts.quote.shipped_refused.fill(refusals::money(texts, &error))),
    }
}

/// The price book panel.
#[component]
pub fn PriceBookPanel() -> impl IntoView {
    let store = use_store();
    let texts = crate::state::use_texts();
    let currency = RwSignal::new("USD".to_string());
    // Reading a price book (JSON or CSV, the checks, the sample) is a chunk of its own,
    // fetched on the first price book.
    let load = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = picked_file(&input) else { return };
        let name = file.name();
        input.set_value("");
        leptos::task::spawn_local(async move {
            let text = match read_text_limited(file, MAX_FILE_BYTES).await {
                Ok(text) => text,
                Err(error) => {
                    let error = (texts.screen.web_error)(&error);
                    return store.tell_problem(texts.quote.price_file_refused.fill(error));
                }
            };
            with_price_book_tools(store, texts, move |tools| (tools.file)(store, texts, name, text));
        });
    };
    let use_sample = move |_| with_price_book_tools(store, texts, move |tools| (tools.sample)(store, texts));
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
