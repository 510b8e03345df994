//! The comparison of a quote's options (catalog-rules §10) and of two revisions
//! (catalog-rules §11): the same item on the same row, each option's BOQ line in its
//! column, what differs from the first column marked, each option's open errors and
//! totals, and the differences of the totals. Pure data: the compare view, the proposal's
//! comparison section, the spreadsheet's comparison sheet and the revision notes all
//! read this, and `present` words it.

use super::boq::{Boq, BoqRow, Totals};
use super::catalog::{Catalog, ItemId};
use super::fasthash::IdMap;
use super::money::Minor;
use super::order::{ordinal_rank, sort_by_rank, Rank};

/// What differs in one cell from the first column's line of the same item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CellMark {
    /// Both hold the item with the same quantity, term, discount and price.
    Same,
    /// The first column has no line of this item; this one has.
    Added,
    /// The first column has a line of this item; this one has none.
    Missing,
    /// Both hold the item, and these differ.
    Changed(Vec<Change>),
}

/// One way a line differs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Change {
    /// The quantity.
    Quantity,
    /// The term in months.
    Term,
    /// The line discount.
    Discount,
    /// The unit price.
    Price,
}

/// One item across the columns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComparedRow {
    /// The item.
    pub item: ItemId,
    /// Each column's BOQ line of the item (`None` when the column has none).
    pub cells: Vec<Option<BoqRow>>,
    /// Each column's mark against the first column (the first column's is `Same`, and so
    /// is that of a column that, like the first, has no line of the item).
    pub marks: Vec<CellMark>,
}

impl ComparedRow {
    /// Whether any column differs from the first.
    pub fn differs(&self) -> bool {
        self.marks.iter().any(|mark| *mark != CellMark::Same)
    }
}

/// The totals of one column and how they differ from the first column's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComparedTotals {
    /// The totals (`None` without prices, or when an amount cannot be held exactly).
    pub totals: Option<Totals>,
    /// This column's totals less the first column's, when both are priced in one currency.
    pub difference: Option<TotalsDifference>,
}

/// Differences of totals (this column less the first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct TotalsDifference {
    /// One-off.
    pub one_off: Minor,
    /// Per month.
    pub monthly: Minor,
    /// Over the terms.
    pub grand_total: Minor,
}

impl TotalsDifference {
    /// Whether nothing differs.
    pub fn is_zero(&self) -> bool {
        *self == TotalsDifference::default()
    }
}

/// A total the options and revisions are compared by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TotalKind {
    /// The one-off total.
    OneOff,
    /// The recurring total per month.
    Monthly,
    /// The grand total over the terms.
    GrandTotal,
}

impl TotalKind {
    /// The totals compared, in the order they are shown.
    pub const ALL: [TotalKind; 3] = [TotalKind::OneOff, TotalKind::Monthly, TotalKind::GrandTotal];

    /// This total of a BOQ's totals.
    pub fn of(self, totals: &Totals) -> Minor {
        match self {
            TotalKind::OneOff => totals.one_off,
            TotalKind::Monthly => totals.monthly,
            TotalKind::GrandTotal => totals.grand_total,
        }
    }

    /// This total's difference.
    pub fn of_difference(self, difference: &TotalsDifference) -> Minor {
        match self {
            TotalKind::OneOff => difference.one_off,
            TotalKind::Monthly => difference.monthly,
            TotalKind::GrandTotal => difference.grand_total,
        }
    }
}

/// The comparison of several BOQs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// One row per item any column holds, in catalog order.
    pub rows: Vec<ComparedRow>,
    /// Each column's totals.
    pub totals: Vec<ComparedTotals>,
}

impl Comparison {
    /// Compares BOQs column by column against the first.
    pub fn of(catalog: &Catalog, boqs: &[&Boq]) -> Comparison {
        // Each BOQ's rows by item: the comparison runs on every edit of a quote with
        // options, and a whole-catalog quote has 74 rows in each column.
        let columns: Vec<IdMap<&str, &BoqRow>> = boqs
            .iter()
            .map(|boq| {
                let mut rows = IdMap::default();
                for row in &boq.rows {
                    // An item's first row, as a search from the top finds it.
                    rows.entry(row.item.as_str()).or_insert(row);
                }
                rows
            })
            .collect();
        let mut items: Vec<&ItemId> = boqs.iter().flat_map(|boq| boq.rows.iter().map(|row| &row.item)).collect();
        sort_by_rank(&mut items, |item| Rank::number_then_text(ordinal_rank(catalog.ordinal(item)), item.as_str()));
        items.dedup();
        let rows = items
            .into_iter()
            .map(|item| {
                let cells: Vec<Option<BoqRow>> =
                    columns.iter().map(|rows| rows.get(item.as_str()).map(|row| (*row).clone())).collect();
                let first = cells.first().and_then(Option::as_ref);
                let marks = cells.iter().map(|cell| mark(first, cell.as_ref())).collect();
                ComparedRow { item: item.clone(), cells, marks }
            })
            .collect();
        let first_totals = boqs.first().and_then(|boq| boq.totals.clone());
        let totals = boqs
            .iter()
            .map(|boq| ComparedTotals {
                totals: boq.totals.clone(),
                difference: difference(first_totals.as_ref(), boq.totals.as_ref()),
            })
            .collect();
        Comparison { rows, totals }
    }

    /// The rows where a column differs from the first.
    pub fn differing_rows(&self) -> impl Iterator<Item = &ComparedRow> {
        self.rows.iter().filter(|row| row.differs())
    }

    /// Whether nothing differs: no row, and no total.
    pub fn is_same(&self) -> bool {
        self.differing_rows().next().is_none()
            && self.totals.iter().all(|t| t.difference.is_none_or(|d| d.is_zero()))
            && self.totals.windows(2).all(|pair| matches!(pair, [a, b] if a.totals.is_some() == b.totals.is_some()))
    }
}

/// How `cell` differs from `first`, the first column's line of the same item.
fn mark(first: Option<&BoqRow>, cell: Option<&BoqRow>) -> CellMark {
    match (first, cell) {
        (None, None) => CellMark::Same,
        (None, Some(_)) => CellMark::Added,
        (Some(_), None) => CellMark::Missing,
        (Some(first), Some(cell)) => {
            let mut changes = Vec::new();
            if first.quantity != cell.quantity {
                changes.push(Change::Quantity);
            }
            if first.term_months != cell.term_months {
                changes.push(Change::Term);
            }
            if first.discount != cell.discount {
                changes.push(Change::Discount);
            }
            if first.unit_price != cell.unit_price {
                changes.push(Change::Price);
            }
            if changes.is_empty() {
                CellMark::Same
            } else {
                CellMark::Changed(changes)
            }
        }
    }
}

/// `totals` less `first`, when both exist in one currency and the differences can be held.
fn difference(first: Option<&Totals>, totals: Option<&Totals>) -> Option<TotalsDifference> {
    let (first, totals) = (first?, totals?);
    if first.currency != totals.currency {
        return None;
    }
    let less = |a: Minor, b: Minor| a.0.checked_sub(b.0).map(Minor);
    Some(TotalsDifference {
        one_off: less(totals.one_off, first.one_off)?,
        monthly: less(totals.monthly, first.monthly)?,
        grand_total: less(totals.grand_total, first.grand_total)?,
    })
}
