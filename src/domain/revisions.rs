//! Revisions of a quote (catalog-rules §11). A quote keeps its id across changes: the id
//! is fixed the first time the quote is issued. Each issue (a final proposal or
//! spreadsheet exported, a share link made of a final quote) records the next revision:
//! its number, the day and what was issued (the customer's answers and every option), so
//! the proposal can print "Revision N" and, from revision 2, what changed since the one
//! before, and the app can show the difference between any two.
//!
//! What changed is data ([`RevisionChange`]): lines added or removed, quantities (with
//! why a derived quantity is what it is, so an answer that changed it shows), terms,
//! discounts, unit prices and the totals, read off the two revisions' BOQs with
//! [`super::compare::Comparison`]. `present::revisions` words it.

use std::hash::Hasher;

use serde::{Deserialize, Serialize};

use super::boq::{Boq, BoqRow};
use super::calendar::Date;
use super::catalog::{Catalog, ItemId};
use super::compare::{CellMark, Change, Comparison, TotalKind};
use super::fasthash::FnvHasher;
use super::lines::Because;
use super::money::{DiscountBp, Minor};
use super::options::QuoteOptions;
use super::profile::CustomerProfile;
use super::quote::Quote;
use super::rules::evaluate;

/// At most this many revisions are kept with a quote; an older one makes room (the
/// numbering goes on).
pub const MAX_REVISIONS: usize = 20;

/// How a revision was issued.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum IssuedAs {
    /// A final proposal, printed or as a Word file.
    Proposal,
    /// A final spreadsheet.
    Spreadsheet,
    /// A share link of a final quote.
    Link,
}

/// What an issue fixes: the customer's answers and every option, as issued.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct IssuedContent {
    /// The customer's answers.
    pub profile: CustomerProfile,
    /// The option being edited (the one a final proposal holds), with the quote's title,
    /// status and prices.
    pub quote: Quote,
    /// The quote's options.
    #[serde(default, skip_serializing_if = "QuoteOptions::is_single")]
    pub options: QuoteOptions,
}

impl IssuedContent {
    /// The BOQ of the option issued (the one being edited).
    pub fn boq(&self, catalog: &Catalog) -> Boq {
        let evaluation = evaluate(catalog, &self.profile, &self.quote);
        Boq::build(catalog, &self.quote, &evaluation.lines)
    }
}

/// One issued revision.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Revision {
    /// Its number: 1 for the first issue.
    pub number: u32,
    /// The day it was issued.
    pub date: Date,
    /// How it was issued.
    pub issued_as: IssuedAs,
    /// What was issued.
    pub content: IssuedContent,
}

/// A quote's id and its revisions, oldest first.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct Revisions {
    /// The id the quote keeps across revisions ("Q-1A2B-3C4D-5E6F"); empty until the
    /// quote is first issued.
    pub id: String,
    /// The revisions kept, oldest first (at most [`MAX_REVISIONS`]).
    pub list: Vec<Revision>,
}

impl Revisions {
    /// Whether the quote was never issued (the saved file leaves the part out).
    pub fn is_empty(&self) -> bool {
        self.id.is_empty() && self.list.is_empty()
    }

    /// The latest revision.
    pub fn latest(&self) -> Option<&Revision> {
        self.list.last()
    }

    /// The revision with this number, if kept.
    pub fn number(&self, number: u32) -> Option<&Revision> {
        self.list.iter().find(|revision| revision.number == number)
    }

    /// The revision `content` was issued as: the latest, when nothing changed since.
    pub fn revision_of(&self, content: &IssuedContent) -> Option<&Revision> {
        self.latest().filter(|latest| latest.content == *content)
    }

    /// Records an issue of `content` on `date` and returns its revision number: the
    /// latest one again when nothing changed since it was issued (sending the same
    /// proposal twice is one revision). The id is fixed at the first issue.
    pub fn record(
        &mut self,
        content: IssuedContent,
        date: Date,
        issued_as: IssuedAs,
        id: impl FnOnce() -> String,
    ) -> u32 {
        if let Some(latest) = self.revision_of(&content) {
            return latest.number;
        }
        if self.id.is_empty() {
            self.id = id();
        }
        let number = self.latest().map_or(1, |latest| latest.number.saturating_add(1));
        if self.list.len() >= MAX_REVISIONS {
            self.list.remove(0);
        }
        self.list.push(Revision { number, date, issued_as, content });
        number
    }
}

/// An id from a text: `Q-` and 12 hex digits of its FNV-1a hash, in groups of four
/// (`Q-1A2B-3C4D-5E6F`).
pub fn id_of(text: &str) -> String {
    let mut hasher = FnvHasher::default();
    hasher.write(text.as_bytes());
    let hex = format!("{:012X}", hasher.finish() >> 16);
    format!("Q-{}-{}-{}", &hex[0..4], &hex[4..8], &hex[8..12])
}

/// One thing that changed between two revisions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RevisionChange {
    /// A line the later revision added.
    Added {
        /// The item.
        item: ItemId,
        /// Its line.
        row: BoqRow,
    },
    /// A line the later revision removed.
    Removed {
        /// The item.
        item: ItemId,
    },
    /// A line's quantity.
    Quantity {
        /// The line.
        row: BoqRow,
        /// The earlier quantity.
        from: u32,
    },
    /// A line's term in months (`None`: a one-off line, or no term).
    Term {
        /// The line.
        row: BoqRow,
        /// The earlier term.
        from: Option<u32>,
    },
    /// A line's discount.
    Discount {
        /// The line.
        row: BoqRow,
        /// The earlier discount.
        from: DiscountBp,
    },
    /// A line's unit price (`None`: not priced).
    Price {
        /// The line.
        row: BoqRow,
        /// The earlier unit price.
        from: Option<Minor>,
    },
    /// A total.
    Total {
        /// Which.
        kind: TotalKind,
        /// The currency.
        currency: String,
        /// The earlier amount.
        from: Minor,
        /// The later amount.
        to: Minor,
    },
}

impl RevisionChange {
    /// The item the change is about (`None` for a total).
    pub fn item(&self) -> Option<&str> {
        match self {
            RevisionChange::Added { item, .. } | RevisionChange::Removed { item } => Some(item),
            RevisionChange::Quantity { row, .. }
            | RevisionChange::Term { row, .. }
            | RevisionChange::Discount { row, .. }
            | RevisionChange::Price { row, .. } => Some(&row.item),
            RevisionChange::Total { .. } => None,
        }
    }

    /// Why the later quantity is what it is, for a quantity change of a derived line.
    pub fn because(&self) -> Option<&Because> {
        match self {
            RevisionChange::Quantity { row, .. } => row.because.as_ref(),
            _ => None,
        }
    }
}

/// What changed from `before` to `after` (each the issued option's BOQ): lines in catalog
/// order, each line's changes in the order quantity, term, discount, price; then the
/// totals that differ (one-off, per month, grand total), when both are priced in one
/// currency.
pub fn changes(catalog: &Catalog, before: &Boq, after: &Boq) -> Vec<RevisionChange> {
    let comparison = Comparison::of(catalog, &[before, after]);
    let mut out = Vec::new();
    for row in &comparison.rows {
        let (Some(mark), Some(later)) = (row.marks.get(1), row.cells.get(1)) else { continue };
        let earlier = row.cells.first().and_then(Option::as_ref);
        match (mark, later, earlier) {
            (CellMark::Added, Some(later), _) => {
                out.push(RevisionChange::Added { item: row.item.clone(), row: later.clone() });
            }
            (CellMark::Missing, _, _) => out.push(RevisionChange::Removed { item: row.item.clone() }),
            (CellMark::Changed(kinds), Some(later), Some(earlier)) => {
                for kind in kinds {
                    let row = later.clone();
                    out.push(match kind {
                        Change::Quantity => RevisionChange::Quantity { row, from: earlier.quantity },
                        Change::Term => RevisionChange::Term { row, from: earlier.term_months },
                        Change::Discount => RevisionChange::Discount { row, from: earlier.discount },
                        Change::Price => RevisionChange::Price { row, from: earlier.unit_price },
                    });
                }
            }
            _ => {}
        }
    }
    if let (Some(from), Some(to)) = (&before.totals, &after.totals) {
        if from.currency == to.currency {
            for kind in TotalKind::ALL {
                if kind.of(from) != kind.of(to) {
                    out.push(RevisionChange::Total {
                        kind,
                        currency: to.currency.clone(),
                        from: kind.of(from),
                        to: kind.of(to),
                    });
                }
            }
        }
    }
    out
}
