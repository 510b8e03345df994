//! The bill of quantities (catalog-rules §7): numbered lines with units, quantities and
//! terms; with a price book, exact amounts (one rounding per line), subtotals per
//! offering, one-off and recurring totals. Without prices the BOQ is still complete.

use serde::{Deserialize, Serialize};

use super::catalog::{Billing, Catalog, ItemId};
use super::money::{decimal_text, line_amount, DiscountBp, Minor, PriceBook};
use super::quote::{Quote, TERM_MONTHS};
use super::rules::Evaluation;

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
    pub unit: String,
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
    /// Amount over the term (one-off: the line total), when priced.
    pub amount: Option<Minor>,
    /// Amount per month for periodic lines, when priced.
    pub monthly: Option<Minor>,
    /// Why the quantity is what it is (derived lines).
    pub because: Option<String>,
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
    /// Total over each line's term.
    pub total: Minor,
}

/// Quote totals in the price book's currency.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    /// Currency code.
    pub currency: String,
    /// The prices are a sample ("illustrative").
    pub illustrative: bool,
    /// One-off total.
    pub one_off: Minor,
    /// Recurring per month.
    pub monthly: Minor,
    /// Recurring per year (12 x per month).
    pub yearly: Minor,
    /// One-off plus every periodic line over its term.
    pub grand_total: Minor,
    /// Lines without a price (totals leave them out; shown "price on request").
    pub unpriced_lines: usize,
}

/// The BOQ.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Boq {
    /// Lines in catalog order.
    pub rows: Vec<BoqRow>,
    /// Subtotals per offering (only with a price book).
    pub subtotals: Vec<OfferingSubtotal>,
    /// Totals (only with a price book).
    pub totals: Option<Totals>,
}

impl Boq {
    /// Builds the BOQ of an evaluated quote.
    pub fn build(catalog: &Catalog, quote: &Quote, evaluation: &Evaluation) -> Boq {
        let book: Option<&PriceBook> = quote.price_book.as_ref();
        let mut rows = Vec::with_capacity(evaluation.lines.len());
        for line in &evaluation.lines {
            let Some(entry) = catalog.entry(&line.item) else { continue };
            let unit_price = book.and_then(|b| b.price(&line.item));
            let (amount, monthly) = match (unit_price, line.term_months) {
                (Some(price), Some(term)) => (
                    Some(line_amount(price, line.quantity, term, line.discount)),
                    Some(line_amount(price, line.quantity, 1, line.discount)),
                ),
                (Some(price), None) => (Some(line_amount(price, line.quantity, 1, line.discount)), None),
                (None, _) => (None, None),
            };
            rows.push(BoqRow {
                no: rows.len() + 1,
                item: line.item.clone(),
                name: entry.item.name.clone(),
                offering_id: entry.offering.id.clone(),
                offering: entry.offering.name.clone(),
                unit: entry.item.unit.label().to_string(),
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
            return Boq { rows, subtotals: Vec::new(), totals: None };
        };
        let mut subtotals: Vec<OfferingSubtotal> = Vec::new();
        for row in &rows {
            let position = match subtotals.iter().position(|s| s.offering_id == row.offering_id) {
                Some(position) => position,
                None => {
                    subtotals.push(OfferingSubtotal {
                        offering_id: row.offering_id.clone(),
                        offering: row.offering.clone(),
                        lines: 0,
                        one_off: Minor(0),
                        monthly: Minor(0),
                        total: Minor(0),
                    });
                    subtotals.len() - 1
                }
            };
            let subtotal = &mut subtotals[position];
            subtotal.lines += 1;
            let amount = row.amount.unwrap_or_default();
            match row.billing {
                Billing::OneOff => subtotal.one_off = subtotal.one_off + amount,
                Billing::Periodic => subtotal.monthly = subtotal.monthly + row.monthly.unwrap_or_default(),
            }
            subtotal.total = subtotal.total + amount;
        }
        let one_off: Minor = subtotals.iter().map(|s| s.one_off).sum();
        let monthly: Minor = subtotals.iter().map(|s| s.monthly).sum();
        let grand_total: Minor = subtotals.iter().map(|s| s.total).sum();
        let totals = Totals {
            currency: book.currency.clone(),
            illustrative: book.illustrative,
            one_off,
            monthly,
            yearly: Minor(monthly.0.saturating_mul(12)),
            grand_total,
            unpriced_lines: rows.iter().filter(|r| r.unit_price.is_none()).count(),
        };
        Boq { rows, subtotals, totals: Some(totals) }
    }
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
    /// Month-by-month cost over the longest term: one-off lines in month 1, each periodic
    /// line its monthly amount in each month of its term, the last month absorbing the
    /// line's rounding so the months add up exactly to the grand total.
    pub fn timeline(&self) -> Vec<MonthCost> {
        // Terms beyond 36 months are refused by the rules; the chart never draws more.
        let months = self.rows.iter().filter_map(|r| r.term_months).max().unwrap_or(1).clamp(1, *TERM_MONTHS.end());
        let mut timeline: Vec<MonthCost> =
            (1..=months).map(|month| MonthCost { month, one_off: Minor(0), recurring: Minor(0) }).collect();
        for row in &self.rows {
            let Some(amount) = row.amount else { continue };
            match (row.billing, row.term_months, row.monthly) {
                (Billing::Periodic, Some(term), Some(monthly)) if term > 0 => {
                    let term = term.min(months);
                    for month in 1..=term {
                        let share = if month == term {
                            Minor(amount.0.saturating_sub(monthly.0.saturating_mul(i64::from(term - 1))))
                        } else {
                            monthly
                        };
                        if let Some(slot) = timeline.get_mut(month as usize - 1) {
                            slot.recurring = slot.recurring + share;
                        }
                    }
                }
                _ => {
                    if let Some(first) = timeline.first_mut() {
                        first.one_off = first.one_off + amount;
                    }
                }
            }
        }
        timeline
    }

    /// The BOQ as CSV (RFC 4180), amounts as plain decimals in the price book currency.
    pub fn to_csv(&self) -> String {
        let currency = self.totals.as_ref().map(|t| t.currency.as_str()).unwrap_or("");
        let money = |m: Option<Minor>| m.map(|m| decimal_text(currency, m)).unwrap_or_else(|| "price on request".into());
        let mut out = String::new();
        if self.totals.as_ref().is_some_and(|t| t.illustrative) {
            out.push_str("ILLUSTRATIVE PRICES (sample numbers, not Huawei Cloud prices)\r\n");
        }
        out.push_str("No,Item,Offering,Unit,Quantity,Billing,Term (months),Currency,Unit price,Discount %,Amount,Because\r\n");
        for row in &self.rows {
            let fields = [
                row.no.to_string(),
                row.name.clone(),
                row.offering.clone(),
                row.unit.clone(),
                row.quantity.to_string(),
                match row.billing { Billing::Periodic => "per month".into(), Billing::OneOff => "one-off".into() },
                row.term_months.map(|t| t.to_string()).unwrap_or_default(),
                currency.to_string(),
                money(row.unit_price),
                row.discount.percent_text(),
                money(row.amount),
                row.because.clone().unwrap_or_default(),
            ];
            out.push_str(&fields.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
            out.push_str("\r\n");
        }
        if let Some(t) = &self.totals {
            for (label, amount) in [
                ("One-off total", t.one_off),
                ("Recurring per month", t.monthly),
                ("Recurring per year", t.yearly),
                ("Grand total over the term", t.grand_total),
            ] {
                out.push_str(&format!(",{},,,,,,{},,,{},\r\n", csv_field(label), currency, decimal_text(currency, amount)));
            }
        }
        out
    }
}

/// Quotes a CSV field when it holds a comma, quote or line break.
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}
