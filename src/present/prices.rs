//! How the prices a link or a file carries differ from the price book published with the
//! app, in words: one line per difference, worded with the link's or the file's own
//! wordings (`PriceWordings`), so the share-link confirmation and the quote-file notice
//! say the same thing of the same differences.

use crate::domain::catalog::Catalog;
use crate::domain::price_book::{PriceBook, PriceDifference};
use crate::present::text::{Text2, Text3, Texts};

/// The wordings of one surface: (published currency, carried currency) and (item,
/// published price, carried price).
pub struct PriceWordings<'a> {
    /// The whole book in another currency.
    pub currency: &'a Text2,
    /// One item's price.
    pub price: &'a Text3,
}

/// A published book's name with its date, when it has one ("ACME price list, published
/// on 2026-11-01").
pub fn dated_name(texts: &Texts, book: &PriceBook) -> String {
    match &book.date {
        Some(date) => texts.quote.book_dated.fill(&book.name, date),
        None => book.name.clone(),
    }
}

/// One line per difference between `published` and the carried prices.
pub fn difference_lines(
    texts: &Texts,
    catalog: &Catalog,
    published: &PriceBook,
    differences: &[PriceDifference],
    wordings: PriceWordings<'_>,
) -> Vec<String> {
    let price = |minor: Option<_>| {
        minor.map_or(texts.boq.price_on_request.to_string(), |minor| texts.amount(&published.currency, minor))
    };
    differences
        .iter()
        .map(|difference| match difference {
            PriceDifference::Currency(ours, theirs) => wordings.currency.fill(ours, theirs),
            PriceDifference::Price { item, published, carried } => {
                wordings.price.fill(catalog.name_of(item), price(*published), price(*carried))
            }
        })
        .collect()
}
