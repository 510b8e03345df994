//! The BOQ as CSV: RFC 4180, UTF-8 (with a byte order mark, so Excel reads it as UTF-8),
//! CRLF line ends.
//!
//! Layout: key / value rows (Customer, Quote, Quote id, Date, Currency, Status, and
//! Prices when the sample price book is used), a blank row, the line table (No, Item,
//! Offering, Unit, Quantity, Billing, Term (months), Currency, Unit price, Discount %,
//! Monthly amount, Amount, Because), then the totals rows (One-off total, Recurring per
//! month, Recurring per year, Grand total over the terms: label under Item, value under Amount), or the
//! sentence naming the amount too large to hold exactly.
//!
//! Numbers are bare numbers (amounts as plain decimals, `1234.50`). Every text cell a
//! spreadsheet would evaluate as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a
//! carriage return) is neutralised as OWASP advises: a single quote `'` is put in front
//! and the field is quoted.

use crate::domain::boq::Boq;
use crate::domain::catalog::Billing;
use crate::domain::document::{quote_id, status_text, ILLUSTRATIVE_NOTE};
use crate::domain::money::decimal_text;
use crate::domain::rules::Evaluation;
use crate::domain::session::Session;

/// The columns of the line table.
pub const LINE_COLUMNS: [&str; 13] = [
    "No",
    "Item",
    "Offering",
    "Unit",
    "Quantity",
    "Billing",
    "Term (months)",
    "Currency",
    "Unit price",
    "Discount %",
    "Monthly amount",
    "Amount",
    "Because",
];

/// The labels of the totals rows, in order (under Item; the value is under Amount): the
/// proposal's own ([`crate::domain::document::TOTAL_LABELS`]).
pub use crate::domain::document::TOTAL_LABELS;

/// One CSV cell: text (neutralised and quoted as needed) or a number (written bare).
enum Cell {
    Text(String),
    Number(String),
}

fn text(value: impl Into<String>) -> Cell {
    Cell::Text(value.into())
}

fn number(value: impl ToString) -> Cell {
    Cell::Number(value.to_string())
}

/// Whether a spreadsheet would read this text as a formula (OWASP "CSV injection").
pub fn is_formula_like(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// A text field as written: neutralised with a leading `'` when formula-like, and quoted
/// when it holds a comma, a quote, a line break or was neutralised.
pub fn text_field(value: &str) -> String {
    if is_formula_like(value) {
        return format!("\"'{}\"", value.replace('"', "\"\""));
    }
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

fn write_row(out: &mut String, cells: &[Cell]) {
    let fields: Vec<String> = cells
        .iter()
        .map(|cell| match cell {
            Cell::Text(value) => text_field(value),
            Cell::Number(value) => value.clone(),
        })
        .collect();
    out.push_str(&fields.join(","));
    out.push_str("\r\n");
}

/// A row of the line table's width with one text under Item, the currency and one
/// amount under Amount (totals and the refusal sentence).
fn summary_row(label: &str, currency: &str, amount: Option<Cell>) -> Vec<Cell> {
    // Item, Currency and Amount are columns 1, 7 and 11 of LINE_COLUMNS.
    let mut amount = amount;
    (0..LINE_COLUMNS.len())
        .map(|column| match column {
            1 => text(label),
            7 => text(currency),
            11 => amount.take().unwrap_or_else(|| text("")),
            _ => text(""),
        })
        .collect()
}

/// The BOQ of an evaluated session as CSV (see the module documentation for the layout).
pub fn boq_csv(session: &Session, evaluation: &Evaluation, boq: &Boq) -> String {
    let currency = boq.currency.as_deref().unwrap_or("");
    let mut out = String::from("\u{feff}");
    let head = [
        ("Customer", session.profile.customer_name.clone()),
        ("Quote", session.quote.title.clone()),
        ("Quote id", quote_id(session)),
        ("Date", session.profile.quote_date.to_string()),
        ("Currency", if currency.is_empty() { "none (no price book)".to_string() } else { currency.to_string() }),
        ("Status", status_text(session.quote.status, evaluation.can_issue())),
    ];
    for (key, value) in head {
        write_row(&mut out, &[text(key), text(value)]);
    }
    if boq.illustrative {
        let (key, value) = ILLUSTRATIVE_NOTE.split_once(": ").unwrap_or(("Prices", ILLUSTRATIVE_NOTE));
        write_row(&mut out, &[text(key), text(value)]);
    }
    out.push_str("\r\n");
    write_row(&mut out, &LINE_COLUMNS.map(text));
    let priced = boq.currency.is_some();
    for row in &boq.rows {
        let amount = match (&boq.refused, row.amount) {
            (Some(refused), None) if refused.line == row.no => text("too large to hold exactly"),
            (_, Some(amount)) => number(decimal_text(currency, amount)),
            (_, None) if priced => text("price on request"),
            (_, None) => text(""),
        };
        let cells = [
            number(row.no),
            text(row.name.clone()),
            text(row.offering.clone()),
            text(row.unit.clone()),
            number(row.quantity),
            text(match row.billing {
                Billing::Periodic => "per month",
                Billing::OneOff => "one-off",
            }),
            row.term_months.map(number).unwrap_or_else(|| text("")),
            text(currency),
            row.unit_price.map(|p| number(decimal_text(currency, p))).unwrap_or_else(|| text("")),
            number(row.discount.percent_text()),
            row.monthly.map(|m| number(decimal_text(currency, m))).unwrap_or_else(|| text("")),
            amount,
            text(row.because.clone().unwrap_or_default()),
        ];
        write_row(&mut out, &cells);
    }
    if let Some(refused) = &boq.refused {
        write_row(&mut out, &summary_row(&refused.to_string(), currency, None));
    } else if let Some(totals) = &boq.totals {
        let values = [totals.one_off, totals.monthly, totals.yearly, totals.grand_total];
        for (label, amount) in TOTAL_LABELS.iter().zip(values) {
            write_row(&mut out, &summary_row(label, currency, Some(number(decimal_text(currency, amount)))));
        }
    }
    out
}
