//! The lines the rules engine derives, before prices: what the bill of quantities
//! (`domain::boq`) prices. Its own module so that the engine can ask the BOQ whether the
//! quote's amounts can be held (catalog-rules §7) without the two importing each other.

use serde::{Deserialize, Serialize};

use super::catalog::ItemId;
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
    pub because: Option<String>,
    /// Term in months for periodic lines.
    pub term_months: Option<u32>,
    /// Line discount.
    pub discount: DiscountBp,
}
