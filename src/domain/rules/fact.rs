//! What a finding says, as data: the rule, the items, the numbers, the dates. No words are
//! written here; `present::words` turns a [`Fact`] into a sentence in the reader's language
//! (as pubgrub's reporter turns its derivation tree into text), so the screen, the
//! documents and the command line say the same thing.

use serde::{Deserialize, Serialize};

use super::inputs::InputRef;
use crate::domain::boq::WhichAmount;
use crate::domain::calendar::Date;
use crate::domain::catalog::{DateInput, ItemId, NumericInput, ScopeArea};
use crate::domain::lines::Arithmetic;

/// Where a lead-time date falls against the quote date.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DateFalls {
    /// Before the quote date.
    BeforeQuoteDate,
    /// This many working days after it.
    WorkingDaysAfter {
        /// Working days.
        days: i64,
    },
}

/// Whether another edition of the service fits an answer outside a band.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EditionThatFits {
    /// The rule does not choose the edition (a warning about the fit only).
    NotAsked,
    /// This edition fits.
    Fits {
        /// The edition.
        item: ItemId,
    },
    /// No edition of the service fits.
    None {
        /// The service ("Key Event On-Duty Service").
        family: String,
    },
}

/// The band an edition is sold for.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub struct Band {
    /// Lowest number, inclusive.
    pub min: Option<u64>,
    /// Highest number, inclusive.
    pub max: Option<u64>,
}

/// What a finding says.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(tag = "says", rename_all = "snake_case")]
pub enum Fact {
    /// An increment or add-on without one of its bases.
    MissingBase {
        /// The increment.
        item: ItemId,
        /// Bases, any one of which is enough.
        any_of: Vec<ItemId>,
    },
    /// An optional companion item fits beside a quoted one.
    Companion {
        /// The companions, any one of which fits.
        suggestions: Vec<ItemId>,
        /// The quoted item.
        beside: ItemId,
    },
    /// An answer outside the band an edition is sold for.
    OutsideBand {
        /// The edition.
        item: ItemId,
        /// The answer.
        input: NumericInput,
        /// The band.
        band: Band,
        /// The answered number.
        value: u64,
        /// The edition that fits instead.
        fits: EditionThatFits,
    },
    /// The Key Event performance test at or above a million concurrent requests.
    Concurrency {
        /// The item.
        item: ItemId,
        /// The answered number.
        value: u64,
    },
    /// Items that exclude each other, all in the quote.
    Excluded {
        /// The items.
        items: Vec<ItemId>,
    },
    /// A catalog item that excludes one already in the quote.
    ExcludedBy {
        /// The catalog item.
        item: ItemId,
        /// The quoted item it excludes.
        partner: ItemId,
    },
    /// How an increment is sized.
    Sized(Arithmetic),
    /// A once-per-quote line asked for another quantity, quoted x1.
    QuantityCorrected {
        /// The item.
        item: ItemId,
        /// The quantity asked for.
        asked: u32,
        /// The rule book's reason.
        because: String,
    },
    /// A derived quantity overridden by a sales engineer.
    QuantityOverride {
        /// The item.
        item: ItemId,
        /// The derived quantity.
        derived: u32,
        /// The quoted quantity.
        quoted: u32,
        /// The written reason.
        reason: String,
    },
    /// An answer quoted items need is empty.
    MissingInput {
        /// The answer.
        input: InputRef,
        /// The items waiting on it, in catalog order.
        items: Vec<ItemId>,
    },
    /// A date earlier than the lead time allows.
    LeadTime {
        /// The offering's name (seed text).
        offering: String,
        /// Which date.
        input: DateInput,
        /// The date given.
        date: Date,
        /// Where it falls.
        falls: DateFalls,
        /// The quote date.
        quote_date: Date,
        /// Working days of lead time required.
        working_days: u32,
        /// The earliest allowed date.
        earliest: Date,
    },
    /// A BOQ amount too large to hold exactly: the quote cannot be issued.
    AmountTooLarge {
        /// Line number (1-based).
        line: usize,
        /// The item.
        item: ItemId,
        /// Which amount.
        amount: WhichAmount,
    },
    /// A quote line names an item the catalog does not have.
    UnknownItem {
        /// The id as given.
        item: ItemId,
    },
    /// A prerequisite of the service documents, not yet confirmed.
    Prerequisite {
        /// Whether the quote is marked final (then it is an error).
        final_quote: bool,
        /// The quoted offerings of the document (seed names).
        offerings: Vec<String>,
        /// The prerequisite, verbatim.
        text: String,
    },
    /// An area declared in scope that the offering does not cover.
    NotCovered {
        /// The area.
        area: ScopeArea,
        /// The offering's name (seed text).
        offering: String,
        /// The seed sentence.
        text: String,
    },
    /// An offering not sold in the customer's region.
    Region {
        /// The offering's name (seed text).
        offering: String,
        /// The region as answered.
        region: String,
    },
    /// A term outside 1 to 36 months.
    TermOutside {
        /// The item.
        item: ItemId,
        /// Months.
        term: u32,
    },
    /// A term of an item sold in whole years that is not whole years.
    WholeYears {
        /// The item.
        item: ItemId,
        /// Months.
        term: u32,
    },
    /// A note the rule book prints with an item.
    Notice {
        /// The note (rule-book text).
        text: String,
    },
}

/// What a fix's button says it does, as data.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(tag = "label", rename_all = "snake_case")]
pub enum FixLabel {
    /// Add an item.
    Add {
        /// The item.
        item: ItemId,
    },
    /// Add an item in place of one that does not fit.
    AddInstead {
        /// The item.
        item: ItemId,
    },
    /// The customer already holds a contract for it.
    AlreadyHas {
        /// The item.
        item: ItemId,
    },
    /// Replace a quoted item by this one.
    SwitchTo {
        /// The item put in.
        item: ItemId,
    },
    /// Replace a quoted item by the one the finding is about.
    SwitchFrom {
        /// The item taken out.
        item: ItemId,
    },
    /// Remove an item.
    Remove {
        /// The item.
        item: ItemId,
    },
    /// Remove an item the catalog does not know.
    RemoveUnknown,
    /// Remove every item of an offering.
    RemoveOffering {
        /// The offering's name (seed text).
        offering: String,
    },
    /// Check the region answer.
    CheckRegion,
    /// Move a date.
    MoveDate {
        /// Which date.
        input: DateInput,
        /// To when.
        date: Date,
    },
    /// Set a term.
    SetTerm {
        /// Months.
        months: u32,
    },
    /// Set a line's quantity.
    SetQuantity {
        /// The quantity.
        quantity: u32,
    },
    /// Drop an override.
    ReturnToDerived {
        /// The derived quantity.
        derived: u32,
    },
    /// Enter an answer.
    Enter {
        /// The answer.
        input: InputRef,
    },
    /// The customer confirms a prerequisite.
    Confirm,
    /// Take an area out of scope.
    TakeOutOfScope {
        /// The area.
        area: ScopeArea,
    },
}
