//! The price book published with the deployment: a `price-book.json` beside the app (the
//! same format and bounds as a loaded one) is read once at start, and a quote without
//! prices takes it when it is opened or started. A customer reads at the top whose prices
//! they are and of when, or, without prices, how a price is obtained.

use leptos::prelude::*;

use crate::domain::price_book::PriceBook;
use crate::state::{use_store, use_texts};
use crate::ui::price_book::with_price_book_tools;

/// The price book published with the deployment, once read: shared with the share-link
/// confirmation, which names the prices a link carries that differ from it.
#[derive(Clone, Copy)]
pub struct PublishedBook(pub RwSignal<Option<PriceBook>>);

/// Provides the (not yet read) published book to the views below.
pub fn provide_published_book() {
    provide_context(PublishedBook(RwSignal::new(None)));
}

/// The published book, when the app provides one (a view tested alone has none).
pub fn use_published_book() -> Option<PublishedBook> {
    use_context::<PublishedBook>()
}

/// The documented name of the published price book, beside `index.html`.
pub const PUBLISHED_PRICE_BOOK: &str = "price-book.json";

/// Reads the published book and gives it to quotes without prices; shows the customer's
/// line about prices.
#[component]
pub fn PublishedPrices() -> impl IntoView {
    let store = use_store();
    let texts = use_texts();
    let published = use_published_book().map_or_else(|| RwSignal::new(None), |book| book.0);
    leptos::task::spawn_local(async move {
        let Some(text) = crate::web::fetch::deployed_text(PUBLISHED_PRICE_BOOK).await else { return };
        // Read by the price books' chunk, fetched only when the app is published with one.
        with_price_book_tools(store, texts, move |tools| (tools.published)(store, texts, published, text));
    });
    // When the book arrives and whenever another quote is opened or started. A quote with
    // prices keeps them; prices a sales engineer removes stay removed until it is opened
    // again (the open quote's id is tracked, not its contents).
    let opened = store.shelf().map(|shelf| Memo::new(move |_| shelf.library.with(|l| l.current.clone())));
    Effect::new(move |_| {
        if let Some(opened) = opened {
            opened.track();
        }
        if let Some(book) = published.get() {
            store.take_published_price_book(book);
        }
    });
    let prices =
        store.slice(move |s| s.quote.price_book.as_ref().map(|book| crate::present::prices::dated_name(texts, book)));
    move || {
        (!store.is_sales()).then(|| {
            let line = match prices.get() {
                Some(name) => texts.quote.prices_note.fill(name),
                None => texts.quote.prices_on_request.to_string(),
            };
            view! { <p class="prices-note">{line}</p> }
        })
    }
}
