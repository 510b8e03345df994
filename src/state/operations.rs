//! The changes a view makes to the quote, by name: add, remove, size and price a line,
//! record or withdraw an exception, keep or drop a price book, record a contract or an
//! attestation. Each is one undoable edit; a view says what the user did, not how the
//! session changes (and a line changed before it was chosen is chosen by the change).

use crate::domain::catalog::ItemId;
use crate::domain::money::{DiscountBp, Minor};
use crate::domain::price_book::PriceBook;
use crate::domain::profile::ExistingContract;
use crate::domain::quote::{QuantityOverride, QuoteLine};
use crate::domain::rules::FindingKey;
use crate::domain::session::Session;

use super::store::Store;

/// The line of `item`, added first when the quote does not hold it (a term or discount
/// typed on a derived line makes it a chosen line).
fn line_of<'a>(session: &'a mut Session, item: &str) -> Option<&'a mut QuoteLine> {
    if !session.quote.contains(item) {
        session.quote.insert(QuoteLine::new(item));
    }
    session.quote.line_mut(item)
}

impl Store {
    /// Adds a catalog item to the quote.
    pub fn add_item(&self, item: ItemId) {
        self.edit(move |s| s.quote.add(item));
    }

    /// Adds several items at once (one undo step).
    pub fn add_items(&self, items: Vec<ItemId>) {
        self.edit(move |s| items.into_iter().for_each(|item| s.quote.add(item)));
    }

    /// Removes an item from the quote.
    pub fn remove_item(&self, item: &str) {
        self.edit(|s| {
            s.quote.remove(item);
        });
    }

    /// Sets the quantity a chosen line asks for.
    pub fn set_line_quantity(&self, item: &str, quantity: u32) {
        self.edit(|s| {
            if let Some(line) = s.quote.line_mut(item) {
                line.quantity = quantity;
            }
        });
    }

    /// Sets a line's own term in months.
    pub fn set_line_term(&self, item: &str, months: u32) {
        self.edit(|s| {
            if let Some(line) = line_of(s, item) {
                line.term_months = Some(months);
            }
        });
    }

    /// Sets a line's discount.
    pub fn set_line_discount(&self, item: &str, discount: DiscountBp) {
        self.edit(|s| {
            if let Some(line) = line_of(s, item) {
                line.discount = discount;
            }
        });
    }

    /// Quotes another quantity than the derived one, with the written reason.
    pub fn override_quantity(&self, item: &str, quantity: u32, reason: &str) {
        self.edit(|s| {
            if let Some(line) = line_of(s, item) {
                line.quantity_override = Some(QuantityOverride { quantity, reason: reason.trim().to_string() });
            }
        });
    }

    /// Sets (or with `None` clears) an item's unit price in the quote's price book.
    pub fn set_unit_price(&self, item: &str, price: Option<Minor>) {
        self.edit(|s| {
            if let Some(book) = s.quote.price_book.as_mut() {
                match price {
                    Some(price) => {
                        book.prices.insert(item.to_string(), price);
                    }
                    None => {
                        book.prices.remove(item);
                    }
                }
            }
        });
    }

    /// Uses a price book (or with `None` quotes without prices).
    pub fn set_price_book(&self, book: Option<PriceBook>) {
        self.edit(move |s| s.quote.price_book = book);
    }

    /// Gives the open quote, if it has no prices, the price book published with the
    /// deployment (not an undo step right after the quote is opened or started).
    pub fn take_published_price_book(&self, book: PriceBook) {
        self.settle(move |s| {
            if s.quote.price_book.is_none() {
                s.quote.price_book = Some(book);
            }
        });
    }

    /// Accepts a finding as an exception with the written reason.
    pub fn record_exception(&self, key: FindingKey, reason: &str) {
        self.edit(move |s| {
            s.quote.record_exception(key, reason);
        });
    }

    /// Withdraws a recorded exception.
    pub fn withdraw_exception(&self, key: &FindingKey) {
        self.edit(|s| s.quote.withdraw_exception(key));
    }

    /// Records that the customer already holds a contract for a base item (replacing an
    /// earlier record for it).
    pub fn record_contract(&self, item: ItemId, reference: String) {
        self.edit(move |s| {
            s.profile.existing_contracts.retain(|c| c.item != item);
            s.profile.existing_contracts.push(ExistingContract { item, reference });
        });
    }

    /// Drops the record of a contract.
    pub fn remove_contract(&self, item: &str) {
        self.edit(|s| s.profile.existing_contracts.retain(|c| c.item != item));
    }

    /// Marks a prerequisite as confirmed by the customer, or not.
    pub fn attest_prerequisite(&self, prerequisite: String, confirmed: bool) {
        self.edit(move |s| {
            if confirmed {
                s.profile.attested_prerequisites.insert(prerequisite);
            } else {
                s.profile.attested_prerequisites.remove(&prerequisite);
            }
        });
    }
}
