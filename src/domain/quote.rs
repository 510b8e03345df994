//! The quote: what the user selected, with per-line terms, discounts and overrides.
//! Derived increments are not stored here: the engine derives them from the profile.

use serde::{Deserialize, Serialize};

use super::catalog::ItemId;
use super::finding_key::FindingKey;
use super::money::DiscountBp;
use super::price_book::PriceBook;

/// Allowed quote terms in months (catalog-rules §8.8).
pub const TERM_MONTHS: std::ops::RangeInclusive<u32> = 1..=36;

/// A sales engineer's written override of a derived quantity.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct QuantityOverride {
    /// The quantity to quote instead of the derived one.
    pub quantity: u32,
    /// Why (printed in the proposal).
    pub reason: String,
}

/// One selected item.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct QuoteLine {
    /// The catalog item.
    pub item: ItemId,
    /// Quantity for items the rules do not size (person-days, incremental hosting packages).
    pub quantity: u32,
    /// Term in months for a periodic line (the quote's default when absent).
    pub term_months: Option<u32>,
    /// Line discount.
    pub discount: DiscountBp,
    /// Override of a derived quantity.
    pub quantity_override: Option<QuantityOverride>,
}

impl Default for QuoteLine {
    fn default() -> Self {
        QuoteLine {
            item: String::new(),
            quantity: 1,
            term_months: None,
            discount: DiscountBp(0),
            quantity_override: None,
        }
    }
}

impl QuoteLine {
    /// A line for an item with quantity 1 and default terms.
    pub fn new(item: impl Into<ItemId>) -> QuoteLine {
        QuoteLine { item: item.into(), ..QuoteLine::default() }
    }
}

/// Whether the quote is a working draft or to be issued.
#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum QuoteStatus {
    /// Being built: prerequisites are reminders.
    #[default]
    Draft,
    /// To be issued: prerequisites must be attested.
    Final,
}

/// A recorded exception: an error or warning a sales engineer accepted in writing.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Exception {
    /// The finding it covers.
    pub key: FindingKey,
    /// The written reason.
    pub reason: String,
}

/// The quote.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct Quote {
    /// Quote title ("ACME draft").
    pub title: String,
    /// Selected items, at most one line per item.
    lines: Vec<QuoteLine>,
    /// Default term for periodic lines, in months.
    pub term_months: u32,
    /// Draft or final.
    pub status: QuoteStatus,
    /// Recorded exceptions.
    pub exceptions: Vec<Exception>,
    /// Optional prices.
    pub price_book: Option<PriceBook>,
}

impl Default for Quote {
    fn default() -> Self {
        Quote {
            title: String::new(),
            lines: Vec::new(),
            term_months: 12,
            status: QuoteStatus::Draft,
            exceptions: Vec::new(),
            price_book: None,
        }
    }
}

impl Quote {
    /// A quote from lines; a repeated item keeps its first line, so the quote always
    /// holds one line per item whatever the input (e.g. an edited saved file).
    pub fn from_lines(lines: impl IntoIterator<Item = QuoteLine>) -> Quote {
        let mut quote = Quote::default();
        for line in lines {
            quote.insert(line);
        }
        quote
    }

    /// Replaces all lines (a repeated item keeps its first line).
    pub fn replace_lines(&mut self, lines: Vec<QuoteLine>) {
        self.lines.clear();
        for line in lines {
            self.insert(line);
        }
    }

    /// The lines, in the order they were added.
    pub fn lines(&self) -> &[QuoteLine] {
        &self.lines
    }

    /// The line for an item.
    pub fn line(&self, item: &str) -> Option<&QuoteLine> {
        self.lines.iter().find(|line| line.item == item)
    }

    /// Mutable access to the line for an item.
    pub fn line_mut(&mut self, item: &str) -> Option<&mut QuoteLine> {
        self.lines.iter_mut().find(|line| line.item == item)
    }

    /// Whether the quote holds an item.
    pub fn contains(&self, item: &str) -> bool {
        self.line(item).is_some()
    }

    /// Adds an item with default terms (no-op when present).
    pub fn add(&mut self, item: impl Into<ItemId>) {
        self.insert(QuoteLine::new(item));
    }

    /// Adds a line unless the item is already quoted; returns whether it was added.
    pub fn insert(&mut self, line: QuoteLine) -> bool {
        if self.contains(&line.item) {
            return false;
        }
        self.lines.push(line);
        true
    }

    /// Removes an item; returns whether it was there.
    pub fn remove(&mut self, item: &str) -> bool {
        let before = self.lines.len();
        self.lines.retain(|line| line.item != item);
        self.lines.len() != before
    }

    /// Replaces one item by another in place, keeping the line's terms.
    pub fn replace(&mut self, from: &str, to: &str) {
        if self.contains(to) {
            self.remove(from);
        } else if let Some(line) = self.line_mut(from) {
            line.item = to.to_string();
            line.quantity_override = None;
        }
    }

    /// The effective term of a periodic line.
    pub fn term_of(&self, line: &QuoteLine) -> u32 {
        line.term_months.unwrap_or(self.term_months)
    }

    /// The written exception for a finding, if any.
    pub fn exception_for(&self, key: &FindingKey) -> Option<&Exception> {
        self.exceptions.iter().find(|exception| exception.key == *key)
    }

    /// Records (or replaces) an exception; an empty reason is refused.
    pub fn record_exception(&mut self, key: FindingKey, reason: &str) -> bool {
        let reason = reason.trim();
        if super::bounds::is_blank(reason) {
            return false;
        }
        self.exceptions.retain(|exception| exception.key != key);
        self.exceptions.push(Exception { key, reason: reason.to_string() });
        true
    }

    /// Withdraws an exception.
    pub fn withdraw_exception(&mut self, key: &FindingKey) {
        self.exceptions.retain(|exception| exception.key != *key);
    }
}
