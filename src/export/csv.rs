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
//! A quote of several options (catalog-rules §10) has one more column first, Option
//! ("Option B: around the clock"), and each option's lines and totals in turn, each option
//! evaluated alone.
//!
//! Numbers are bare numbers (amounts as plain decimals, `1234.50`). Every text cell a
//! spreadsheet would evaluate as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a
//! carriage return) is neutralised as OWASP advises: a single quote `'` is put in front
//! and the field is quoted.

use crate::domain::boq::Boq;
use crate::domain::catalog::Billing;
use crate::domain::money::decimal_text;
use crate::domain::rules::evaluate;
use crate::domain::session::Session;
use crate::present::compare::option_name;
use crate::present::document::facts::{quote_id, status_text};
use crate::present::words::Reporter;

/// The number of columns of the line table.
const LINE_WIDTH: usize = 13;

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

/// Writes one row, after the option's name when the quote has several options.
fn write_row_of(out: &mut String, option: Option<&str>, cells: &[Cell]) {
    let fields: Vec<String> = option
        .map(text_field)
        .into_iter()
        .chain(cells.iter().map(|cell| match cell {
            Cell::Text(value) => text_field(value),
            Cell::Number(value) => value.clone(),
        }))
        .collect();
    out.push_str(&fields.join(","));
    out.push_str("\r\n");
}

fn write_row(out: &mut String, cells: &[Cell]) {
    write_row_of(out, None, cells);
}

/// A row of the line table's width with one text under Item, the currency and one
/// amount under Amount (totals and the refusal sentence).
fn summary_row(label: &str, currency: &str, amount: Option<Cell>) -> Vec<Cell> {
    // Item, Currency and Amount are columns 1, 7 and 11 of the line table.
    let mut amount = amount;
    (0..LINE_WIDTH)
        .map(|column| match column {
            1 => text(label),
            7 => text(currency),
            11 => amount.take().unwrap_or_else(|| text("")),
            _ => text(""),
        })
        .collect()
}

/// The BOQ of a session as CSV (see the module documentation for the layout), from the
/// BOQ and issuability the app already holds, worded by `words`.
pub fn boq_csv(session: &Session, can_issue: bool, boq: &Boq, words: &Reporter<'_>) -> String {
    let texts = words.texts;
    let currency = boq.currency.as_deref().unwrap_or("");
    let mut out = String::from("\u{feff}");
    let [customer, quote, id, date, _, _, currency_key, status_key] = texts.sheet.head_keys;
    let head = [
        (customer, session.profile.customer_name.clone()),
        (quote, session.quote.title.clone()),
        (id, quote_id(session)),
        (date, session.profile.quote_date.to_string()),
        (currency_key, if currency.is_empty() { texts.sheet.no_currency.to_string() } else { currency.to_string() }),
        (status_key, status_text(texts, session.quote.status, can_issue)),
    ];
    for (key, value) in head {
        write_row(&mut out, &[text(key), text(value)]);
    }
    if boq.illustrative {
        write_row(&mut out, &[text(texts.document.cover_keys[8]), text(texts.boq.illustrative_value)]);
    }
    out.push_str("\r\n");
    if session.options.count() < 2 {
        write_row(&mut out, &texts.sheet.csv_columns.map(text));
        line_table(&mut out, boq, words, None);
        return out;
    }
    write_row_of(&mut out, Some(texts.options.option_column), &texts.sheet.csv_columns.map(text));
    for option in session.option_quotes() {
        let evaluation = evaluate(words.catalog, &session.profile, &option.quote);
        let option_boq = Boq::build(words.catalog, &option.quote, &evaluation.lines);
        line_table(&mut out, &option_boq, words, Some(&option_name(texts, option.letter, &option.name)));
    }
    out
}

/// The line table's rows and the totals (or the refusal) of one BOQ, each row after the
/// option's name when there are several options.
fn line_table(out: &mut String, boq: &Boq, words: &Reporter<'_>, option: Option<&str>) {
    let texts = words.texts;
    let currency = boq.currency.as_deref().unwrap_or("");
    let priced = boq.currency.is_some();
    for row in &boq.rows {
        let amount = match (&boq.refused, row.amount) {
            (Some(refused), None) if refused.line == row.no => text(texts.boq.too_large),
            (_, Some(amount)) => number(decimal_text(currency, amount)),
            (_, None) if priced => text(texts.boq.price_on_request),
            (_, None) => text(""),
        };
        let cells = [
            number(row.no),
            text(row.name.clone()),
            text(row.offering.clone()),
            text((texts.words.unit)(row.unit)),
            number(row.quantity),
            text(match row.billing {
                Billing::Periodic => texts.sheet.per_month,
                Billing::OneOff => texts.sheet.one_off,
            }),
            row.term_months.map(number).unwrap_or_else(|| text("")),
            text(currency),
            row.unit_price.map(|p| number(decimal_text(currency, p))).unwrap_or_else(|| text("")),
            number(row.discount.percent_text()),
            row.monthly.map(|m| number(decimal_text(currency, m))).unwrap_or_else(|| text("")),
            amount,
            text(row.because.as_ref().map(|because| words.because(because)).unwrap_or_default()),
        ];
        write_row_of(out, option, &cells);
    }
    if let Some(refused) = &boq.refused {
        write_row_of(out, option, &summary_row(&words.refused(refused), currency, None));
    } else if let Some(totals) = &boq.totals {
        let values = [totals.one_off, totals.monthly, totals.yearly, totals.grand_total];
        for (label, amount) in texts.boq.total_labels.iter().zip(values) {
            write_row_of(out, option, &summary_row(label, currency, Some(number(decimal_text(currency, amount)))));
        }
    }
}
