//! The bill of quantities (catalog-rules §7): numbered lines with units, quantities and
//! terms; with a price book, exact amounts (one rounding per line), subtotals per
//! offering, one-off and recurring totals. Without prices the BOQ is still complete.
//!
//! Every sum is checked: an amount that cannot be held exactly is never shown as a
//! number; the BOQ names the line instead ([`Boq::refused`]).

use serde::{Deserialize, Serialize};

use super::catalog::{Billing, Catalog, ItemId, Unit};
use super::lines::{Because, BoqLine};
use super::money::{line_amount, term_amount, DiscountBp, Minor};
use super::price_book::PriceBook;
use super::quote::{Quote, TERM_MONTHS};

/// One priced BOQ line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoqRow {
    /// Line number (1-based).
    pub no: usize,
    /// Item id.
    pub item: ItemId,
    /// Item name (seed name).
    pub name: String,
    /// Offering id.
    pub offering_id: String,
    /// Offering name.
    pub offering: String,
    /// Unit label.
    pub unit: Unit,
    /// Quantity.
    pub quantity: u32,
    /// Periodic or one-off.
    pub billing: Billing,
    /// Term in months (periodic lines).
    pub term_months: Option<u32>,
    /// Unit price (per month for periodic lines), when priced.
    pub unit_price: Option<Minor>,
    /// Line discount.
    pub discount: DiscountBp,
    /// Amount over the term (one-off: the line total), when priced: for a periodic line
    /// exactly `monthly` x `term_months`. `None` also when it cannot be held exactly.
    pub amount: Option<Minor>,
    /// Amount per month for periodic lines (rounded once), when priced.
    pub monthly: Option<Minor>,
    /// Why the quantity is what it is (derived lines).
    pub because: Option<Because>,
    /// Brought in by its base rather than chosen.
    pub derived: bool,
}

/// Subtotal of one offering.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferingSubtotal {
    /// Offering id.
    pub offering_id: String,
    /// Offering name.
    pub offering: String,
    /// Number of lines.
    pub lines: usize,
    /// One-off amount.
    pub one_off: Minor,
    /// Recurring amount per month.
    pub monthly: Minor,
    /// Total over each line's term (the sum of its lines' amounts).
    pub total: Minor,
}

/// Quote totals in the price book's currency.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    /// Currency code.
    pub currency: String,
    /// The prices are a sample ("illustrative").
    pub illustrative: bool,
    /// One-off total (the sum of one-off line amounts).
    pub one_off: Minor,
    /// Recurring per month (the sum of periodic lines' monthly amounts).
    pub monthly: Minor,
    /// Recurring per year: exactly 12 x per month.
    pub yearly: Minor,
    /// The sum of every line amount: one-off lines plus periodic lines over their term.
    pub grand_total: Minor,
    /// Lines without a price (totals leave them out; shown "price on request").
    pub unpriced_lines: usize,
}

/// Which amount of a line, or which sum a line was added to, could not be held exactly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum WhichAmount {
    /// The amount of a one-off line.
    Line,
    /// The amount per month of a periodic line.
    Monthly,
    /// The amount of a periodic line over its term.
    Term {
        /// The term in months.
        months: u32,
    },
    /// The subtotal of the line's offering, once the line is added.
    Subtotal {
        /// The offering's name.
        offering: String,
    },
    /// The one-off total, once the line is added.
    OneOffTotal,
    /// The recurring total per month, once the line is added.
    MonthlyTotal,
    /// The recurring total per year, once the line is added.
    YearlyTotal,
    /// The grand total, once the line is added.
    GrandTotal,
}

/// A BOQ line whose amount (or a total it goes into) is too large to hold exactly in
/// minor units. The BOQ then has no totals: the UI shows this sentence instead.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AmountTooLarge {
    /// Line number (1-based, as in the BOQ).
    pub line: usize,
    /// Item id.
    pub item: ItemId,
    /// Item name.
    pub name: String,
    /// Which amount.
    pub amount: WhichAmount,
}

/// The BOQ.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Boq {
    /// Lines in catalog order.
    pub rows: Vec<BoqRow>,
    /// Subtotals per offering (only with a price book, and empty when `refused`).
    pub subtotals: Vec<OfferingSubtotal>,
    /// Totals (only with a price book, and `None` when `refused`).
    pub totals: Option<Totals>,
    /// The price book's currency, when there is one (also when `refused`).
    #[serde(default)]
    pub currency: Option<String>,
    /// The price book's prices are a sample (also when `refused`).
    #[serde(default)]
    pub illustrative: bool,
    /// The first line whose amount, or a sum it goes into, cannot be held exactly: then
    /// there are no totals nor subtotals, and the UI shows this instead.
    #[serde(default)]
    pub refused: Option<AmountTooLarge>,
}

/// The priced amounts of a line: (amount, monthly) or what could not be held.
fn price_line(
    unit_price: Minor,
    quantity: u32,
    term_months: Option<u32>,
    discount: DiscountBp,
) -> (Option<Minor>, Option<Minor>, Option<WhichAmount>) {
    match term_months {
        Some(months) => match line_amount(unit_price, quantity, discount) {
            None => (None, None, Some(WhichAmount::Monthly)),
            Some(monthly) => match term_amount(monthly, months) {
                Some(amount) => (Some(amount), Some(monthly), None),
                None => (None, Some(monthly), Some(WhichAmount::Term { months })),
            },
        },
        None => match line_amount(unit_price, quantity, discount) {
            Some(amount) => (Some(amount), None, None),
            None => (None, None, Some(WhichAmount::Line)),
        },
    }
}

impl Boq {
    /// Builds the BOQ of an evaluated quote's lines (`Evaluation::lines`, catalog-rules
    /// §7): a one-off line's amount and a periodic line's monthly amount are rounded once;
    /// a periodic line's amount is monthly x its term exactly; totals are checked sums of
    /// line amounts.
    pub fn build(catalog: &Catalog, quote: &Quote, lines: &[BoqLine]) -> Boq {
        let book: Option<&PriceBook> = quote.price_book.as_ref();
        let mut rows = Vec::with_capacity(lines.len());
        let mut refused: Option<AmountTooLarge> = None;
        for line in lines {
            let Some(entry) = catalog.entry(&line.item) else { continue };
            let unit_price = book.and_then(|b| b.price(&line.item));
            let (amount, monthly) = match unit_price {
                Some(price) => {
                    let (amount, monthly, too_large) =
                        price_line(price, line.quantity, line.term_months, line.discount);
                    if let (Some(which), None) = (too_large, &refused) {
                        refused = Some(AmountTooLarge {
                            line: rows.len() + 1,
                            item: line.item.clone(),
                            name: entry.item.shown_name().to_string(),
                            amount: which,
                        });
                    }
                    (amount, monthly)
                }
                None => (None, None),
            };
            rows.push(BoqRow {
                no: rows.len() + 1,
                item: line.item.clone(),
                name: entry.item.shown_name().to_string(),
                offering_id: entry.offering.id.clone(),
                offering: entry.offering.name.clone(),
                unit: entry.item.unit,
                quantity: line.quantity,
                billing: entry.item.billing,
                term_months: line.term_months,
                unit_price,
                discount: line.discount,
                amount,
                monthly,
                because: line.because.clone(),
                derived: !line.selected,
            });
        }
        let Some(book) = book else {
            return Boq {
                rows,
                subtotals: Vec::new(),
                totals: None,
                currency: None,
                illustrative: false,
                refused: None,
            };
        };
        let (currency, illustrative) = (Some(book.currency.clone()), book.illustrative);
        let summed = match refused {
            Some(too_large) => Err(too_large),
            None => sum_up(&rows, book),
        };
        match summed {
            Ok((subtotals, totals)) => {
                Boq { rows, subtotals, totals: Some(totals), currency, illustrative, refused: None }
            }
            Err(too_large) => {
                Boq { rows, subtotals: Vec::new(), totals: None, currency, illustrative, refused: Some(too_large) }
            }
        }
    }
}

/// Subtotals and totals as checked sums of the rows' amounts; the first row whose
/// addition cannot be held exactly is refused.
fn sum_up(rows: &[BoqRow], book: &PriceBook) -> Result<(Vec<OfferingSubtotal>, Totals), AmountTooLarge> {
    let mut subtotals: Vec<OfferingSubtotal> = Vec::new();
    let (mut one_off, mut monthly, mut yearly, mut grand_total) = (Minor::ZERO, Minor::ZERO, Minor::ZERO, Minor::ZERO);
    for row in rows {
        let too_large = |amount: WhichAmount| AmountTooLarge {
            line: row.no,
            item: row.item.clone(),
            name: row.name.clone(),
            amount,
        };
        let position = match subtotals.iter().position(|s| s.offering_id == row.offering_id) {
            Some(position) => position,
            None => {
                subtotals.push(OfferingSubtotal {
                    offering_id: row.offering_id.clone(),
                    offering: row.offering.clone(),
                    lines: 0,
                    one_off: Minor::ZERO,
                    monthly: Minor::ZERO,
                    total: Minor::ZERO,
                });
                subtotals.len() - 1
            }
        };
        let Some(subtotal) = subtotals.get_mut(position) else { continue };
        subtotal.lines += 1;
        let Some(amount) = row.amount else { continue };
        let in_subtotal = || WhichAmount::Subtotal { offering: row.offering.clone() };
        match (row.billing, row.monthly) {
            (Billing::Periodic, Some(per_month)) => {
                monthly = monthly.checked_add(per_month).ok_or_else(|| too_large(WhichAmount::MonthlyTotal))?;
                yearly = per_month
                    .checked_mul(12)
                    .and_then(|per_year| yearly.checked_add(per_year))
                    .ok_or_else(|| too_large(WhichAmount::YearlyTotal))?;
                subtotal.monthly = subtotal.monthly.checked_add(per_month).ok_or_else(|| too_large(in_subtotal()))?;
            }
            _ => {
                one_off = one_off.checked_add(amount).ok_or_else(|| too_large(WhichAmount::OneOffTotal))?;
                subtotal.one_off = subtotal.one_off.checked_add(amount).ok_or_else(|| too_large(in_subtotal()))?;
            }
        }
        grand_total = grand_total.checked_add(amount).ok_or_else(|| too_large(WhichAmount::GrandTotal))?;
        subtotal.total = subtotal.total.checked_add(amount).ok_or_else(|| too_large(in_subtotal()))?;
    }
    let totals = Totals {
        currency: book.currency.clone(),
        illustrative: book.illustrative,
        one_off,
        monthly,
        yearly,
        grand_total,
        unpriced_lines: rows.iter().filter(|r| r.unit_price.is_none()).count(),
    };
    Ok((subtotals, totals))
}

/// Cost of one month of the term (for the timeline chart).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthCost {
    /// Month number, 1-based.
    pub month: u32,
    /// One-off cost falling in this month (all in month 1).
    pub one_off: Minor,
    /// Recurring cost of this month.
    pub recurring: Minor,
}

impl Boq {
    /// Month-by-month cost over the longest term (at most 36 months): one-off lines in
    /// month 1, each periodic line its monthly amount in each month of its term. With
    /// every term within 36 months the months add up exactly to the grand total. Empty
    /// when the BOQ is refused (or, with amounts no price book allows, a month's sum
    /// cannot be held exactly).
    pub fn timeline(&self) -> Vec<MonthCost> {
        if self.refused.is_some() {
            return Vec::new();
        }
        self.try_timeline().unwrap_or_default()
    }

    fn try_timeline(&self) -> Option<Vec<MonthCost>> {
        // Terms beyond 36 months are refused by the rules; the chart never draws more.
        let months = self.rows.iter().filter_map(|r| r.term_months).max().unwrap_or(1).clamp(1, *TERM_MONTHS.end());
        let mut timeline: Vec<MonthCost> =
            (1..=months).map(|month| MonthCost { month, one_off: Minor::ZERO, recurring: Minor::ZERO }).collect();
        for row in &self.rows {
            let Some(amount) = row.amount else { continue };
            match (row.billing, row.term_months, row.monthly) {
                (Billing::Periodic, Some(term), Some(monthly)) => {
                    for slot in timeline.iter_mut().take(term as usize) {
                        slot.recurring = slot.recurring.checked_add(monthly)?;
                    }
                }
                _ => {
                    if let Some(first) = timeline.first_mut() {
                        first.one_off = first.one_off.checked_add(amount)?;
                    }
                }
            }
        }
        Some(timeline)
    }
}
