//! The lines the rules engine derives, before prices: what the bill of quantities
//! (`domain::boq`) prices. Its own module so that the engine can ask the BOQ whether the
//! quote's amounts can be held (catalog-rules §7) without the two importing each other.

use serde::{Deserialize, Serialize};

use super::catalog::{ItemId, NumericInput};
use super::money::DiscountBp;

/// One line of the bill of quantities (prices are applied in `domain::boq`).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub struct BoqLine {
    /// The catalog item.
    pub item: ItemId,
    /// Quantity quoted.
    pub quantity: u32,
    /// What the rules derive, when the quantity is derived (shown beside an override).
    pub derived_quantity: Option<u32>,
    /// Chosen by the user (false: brought in by its base).
    pub selected: bool,
    /// Why a derived line or quantity is what it is.
    pub because: Option<Because>,
    /// Term in months for periodic lines.
    pub term_months: Option<u32>,
    /// Line discount.
    pub discount: DiscountBp,
}

/// How an increment's quantity follows from its input: "45 instances: the Implementation
/// Service covers 20, so 1 Incremental Service (per 100 instances)".
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub struct Arithmetic {
    /// The answer it is sized from.
    pub input: NumericInput,
    /// The answered number.
    pub need: u64,
    /// The rule book's name for the base ("Basic Edition").
    pub base_label: String,
    /// What the base covers.
    pub base_covers: u64,
    /// The rule book's name for one increment and for several.
    pub increment_label: String,
    /// The plural form of `increment_label`.
    pub increment_label_plural: String,
    /// How many increments the need takes.
    pub quantity: u32,
}

/// Why a BOQ line has the quantity it has, as data.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Because {
    /// An increment sized from an answer.
    Sized(Arithmetic),
    /// A base package: one per quote, growth bought as increments.
    Base {
        /// The answer its increments are sized from.
        input: NumericInput,
        /// What the base covers.
        covers: u64,
        /// The rule book's plural name of its increment ("Incremental Packages").
        increment_label_plural: String,
    },
    /// An item sized in blocks ("45 instances: 3 blocks of 20").
    Blocks {
        /// The answer.
        input: NumericInput,
        /// The answered number.
        need: u64,
        /// Blocks quoted.
        quantity: u32,
        /// What one block holds.
        per_unit: u32,
    },
    /// A one-off item priced per engagement, with the answer it covers (catalog-rules §7).
    PerEngagement {
        /// The answer.
        input: NumericInput,
        /// The answered number.
        need: u64,
    },
    /// A line a quote holds once (catalog-rules §7), with the rule book's reason.
    OncePerQuote {
        /// The rule book's reason ("a quote covers one key event").
        because: String,
    },
}
