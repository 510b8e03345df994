//! The BOQ as an Excel workbook with live formulas (`rust_xlsxwriter`).
//!
//! Sheet "BOQ": a header block (customer, quote, quote id, date, validity, catalog
//! versions, currency, status, and "ILLUSTRATIVE PRICES" with the sample price book), then
//! one row per BOQ line whose amounts are formulas following catalog-rules §7:
//!
//! - a periodic line's monthly amount `=ROUND(unit price * quantity * (1 - discount), d)`
//!   and its amount `=monthly * months`;
//! - a one-off line's amount `=ROUND(unit price * quantity * (1 - discount), d)`;
//!
//! where `d` is the currency's minor-unit digits (Excel's `ROUND` rounds half away from
//! zero, as the app does). Below: subtotals per offering (`SUMIF` / `SUMIFS` over the lines)
//! and the one-off, per month, per year (`=12 *` per month) and grand totals. Every
//! formula's cached result is the app's own exact amount (written from its integer minor
//! units as a decimal, never computed in floating point), so a viewer that does not
//! recalculate shows the app's figures; one that does gets them again. Amounts carry the
//! currency's number format (`#,##0.00 "USD"`); the header row of the line table is frozen.
//!
//! Sheet "Findings": every finding (severity, message, source, exception reason), then
//! the catalog-rules §8 decisions used and the proposal's own assumptions.
//!
//! A quote of several options (catalog-rules §10) has one BOQ sheet per option, named
//! after it ("Option A") and each evaluated alone, then "Options compared": the compare
//! view's rows (the same item on one row, what differs from the first option marked) and
//! each option's open errors, then each option's one-off, per-month and grand totals as
//! formulas reading that option's sheet, and their differences from the first option as
//! formulas over those cells. "Findings" is then the edited option's.
//!
//! Deterministic: the workbook's creation date is the quote date, and the archive's
//! entries carry a fixed time, so the same session gives the same bytes.

use rust_xlsxwriter::{
    ColNum, DocProperties, ExcelDateTime, Format, FormatAlign, Formula, RowNum, Workbook, Worksheet, XlsxError,
};

use super::ExportError;
use crate::domain::boq::Boq;
use crate::domain::boq::Totals;
use crate::domain::catalog::Billing;
use crate::domain::compare::TotalKind;
use crate::domain::money::{decimal_text, minor_digits, Minor};
use crate::domain::rules::{evaluate, Evaluation};
use crate::domain::session::Session;
use crate::present::compare::{option_name, CompareView};
use crate::present::document::facts::{
    catalog_versions, prepared_by, quote_id, status_text, validity, versions_text, CatalogVersion,
};
use crate::present::summary::ProposalSummary;
use crate::present::text::Texts;
use crate::present::words::Reporter;

const COL_NO: ColNum = 0;
const COL_ITEM: ColNum = 1;
const COL_OFFERING: ColNum = 2;
const COL_UNIT: ColNum = 3;
const COL_QUANTITY: ColNum = 4;
const COL_BILLING: ColNum = 5;
const COL_TERM: ColNum = 6;
const COL_PRICE: ColNum = 7;
const COL_DISCOUNT: ColNum = 8;
const COL_MONTHLY: ColNum = 9;
const COL_AMOUNT: ColNum = 10;
const COL_BECAUSE: ColNum = 11;

const ITEM_WIDTH: f64 = 46.0;
const OFFERING_WIDTH: f64 = 30.0;
const BECAUSE_WIDTH: f64 = 50.0;

fn spreadsheet_error(error: XlsxError) -> ExportError {
    ExportError::Spreadsheet(error.to_string())
}

/// The A1 name of a column (the sheets have fewer than 26 columns).
fn column_letter(col: ColNum) -> char {
    char::from(b'A' + u8::try_from(col).unwrap_or(25).min(25))
}

/// The A1 reference of a cell (0-based row and column).
fn cell(row: RowNum, col: ColNum) -> String {
    format!("{}{}", column_letter(col), row + 1)
}

/// An absolute column range over rows `first..=last` (0-based): `$K$12:$K$20`.
fn range(col: ColNum, first: RowNum, last: RowNum) -> String {
    let letter = column_letter(col);
    format!("${letter}${}:${letter}${}", first + 1, last + 1)
}

/// An amount as the number Excel stores: the exact decimal of the minor units, parsed
/// (the nearest double to it; used for values the user may edit, never for results).
fn major_value(currency: &str, amount: Minor) -> f64 {
    decimal_text(currency, amount).parse().unwrap_or(0.0)
}

/// A formula with the app's exact amount as its cached result.
fn formula(text: String, currency: &str, result: Minor) -> Formula {
    Formula::new(text).set_result(decimal_text(currency, result))
}

/// The currency's number format: `#,##0.00 "USD"` with its minor-unit digits.
fn money_format(currency: &str) -> String {
    let digits = minor_digits(currency) as usize;
    if digits == 0 {
        format!("#,##0 \"{currency}\"")
    } else {
        format!("#,##0.{} \"{currency}\"", "0".repeat(digits))
    }
}

/// A row tall enough for its wrapped cells (viewers differ in whether they grow rows
/// themselves): the most lines any cell needs at its column's width, 15 points a line.
fn fit_row(sheet: &mut Worksheet, row: RowNum, cells: &[(&str, f64)]) -> Result<(), XlsxError> {
    let lines = cells
        .iter()
        .map(|(text, width)| {
            let per_line = (width - 1.0).max(1.0);
            text.split('\n').map(|line| (line.chars().count() as f64 / per_line).ceil().max(1.0)).sum::<f64>()
        })
        .fold(1.0, f64::max);
    if lines > 1.0 {
        sheet.set_row_height(row, 15.0 * lines)?;
    }
    Ok(())
}

/// Formats used on both sheets.
struct Formats {
    title: Format,
    bold: Format,
    header: Format,
    wrap: Format,
    money: Format,
    money_bold: Format,
    percent: Format,
    integer: Format,
}

impl Formats {
    fn new(currency: &str) -> Formats {
        let top = |f: Format| f.set_align(FormatAlign::Top);
        Formats {
            title: Format::new().set_bold().set_font_size(14),
            bold: top(Format::new().set_bold()),
            header: top(Format::new().set_bold().set_text_wrap()),
            wrap: top(Format::new().set_text_wrap()),
            money: top(Format::new().set_num_format(money_format(currency))),
            money_bold: top(Format::new().set_bold().set_num_format(money_format(currency))),
            percent: top(Format::new().set_num_format("0.00%")),
            integer: top(Format::new().set_num_format("0")),
        }
    }
}

/// The BOQ of an evaluated session as an `.xlsx` workbook (see the module documentation).
pub fn boq_xlsx(
    session: &Session,
    evaluation: &Evaluation,
    boq: &Boq,
    words: &Reporter<'_>,
) -> Result<Vec<u8>, ExportError> {
    let texts = words.texts;
    let mut workbook = Workbook::new();
    let (year, month, day) = session.profile.quote_date.ymd();
    let created = ExcelDateTime::from_ymd(
        u16::try_from(year).unwrap_or(1970),
        u8::try_from(month).unwrap_or(1),
        u8::try_from(day).unwrap_or(1),
    )
    .or_else(|_| ExcelDateTime::from_ymd(1970, 1, 1))
    .map_err(spreadsheet_error)?;
    let title =
        if session.quote.title.trim().is_empty() { texts.summary.untitled } else { session.quote.title.as_str() };
    let properties = DocProperties::new()
        .set_title(texts.sheet.workbook_title.fill(title))
        .set_author(prepared_by(texts, session.mode))
        .set_creation_datetime(&created);
    workbook.set_properties(&properties);

    let currency = boq.currency.as_deref().unwrap_or("");
    let formats = Formats::new(currency);
    if let Some(view) = CompareView::of(words, session) {
        let mut compared = Vec::with_capacity(view.columns.len());
        for (position, option) in session.option_quotes().into_iter().enumerate() {
            let Some(alone) = session.option_session(position) else { continue };
            let option_evaluation = evaluate(words.catalog, &alone.profile, &alone.quote);
            let option_boq = Boq::build(words.catalog, &alone.quote, &option_evaluation.lines);
            let versions = catalog_versions(words.catalog, &option_boq);
            let sheet_name = texts.options.letter.fill(option.letter);
            let named = OptionSheet { sheet: &sheet_name, name: &option_name(texts, option.letter, &option.name) };
            let sheet = workbook.add_worksheet();
            let totals_row =
                boq_sheet(sheet, &alone, &option_evaluation, &option_boq, &versions, &formats, words, Some(named))
                    .map_err(spreadsheet_error)?;
            compared.push(ComparedSheet { sheet: sheet_name, totals_row, totals: option_boq.totals });
        }
        let sheet = workbook.add_worksheet();
        comparison_sheet(sheet, &view, &compared, currency, &formats, texts).map_err(spreadsheet_error)?;
    } else {
        let versions = catalog_versions(words.catalog, boq);
        let sheet = workbook.add_worksheet();
        boq_sheet(sheet, session, evaluation, boq, &versions, &formats, words, None).map_err(spreadsheet_error)?;
    }
    let findings = workbook.add_worksheet();
    findings_sheet(findings, session, evaluation, &formats, words).map_err(spreadsheet_error)?;
    workbook.save_to_buffer().map_err(spreadsheet_error)
}

/// The names of one option's BOQ sheet.
#[derive(Clone, Copy)]
struct OptionSheet<'a> {
    /// The sheet's name ("Option A").
    sheet: &'a str,
    /// The option's full name, under the title ("Option A: business hours").
    name: &'a str,
}

/// What the comparison sheet reads of one option's BOQ sheet.
struct ComparedSheet {
    /// The sheet's name.
    sheet: String,
    /// The row of its one-off total (per month is the next row, the grand total three
    /// below); `None` when the sheet has no totals.
    totals_row: Option<RowNum>,
    /// Its totals, the cached results of the formulas that read them.
    totals: Option<Totals>,
}

/// Writes a BOQ sheet (named after its option when there are several) and returns the
/// row of its one-off total, when it has totals.
#[allow(clippy::too_many_arguments)]
fn boq_sheet(
    sheet: &mut Worksheet,
    session: &Session,
    evaluation: &Evaluation,
    boq: &Boq,
    versions: &[CatalogVersion],
    formats: &Formats,
    words: &Reporter<'_>,
    option: Option<OptionSheet<'_>>,
) -> Result<Option<RowNum>, XlsxError> {
    let texts: &Texts = words.texts;
    let [one_off, per_month] = [texts.sheet.one_off, texts.sheet.per_month];
    sheet.set_name(option.map_or(texts.sheet.sheet_names[0], |o| o.sheet))?;
    if let Some(option) = option {
        sheet.write_string_with_format(1, COL_ITEM, option.name, &formats.bold)?;
    }
    let currency = boq.currency.as_deref().unwrap_or("");
    let digits = minor_digits(currency);
    for (col, width) in [
        (COL_NO, 5.0),
        (COL_ITEM, ITEM_WIDTH),
        (COL_OFFERING, OFFERING_WIDTH),
        (COL_UNIT, 13.0),
        (COL_QUANTITY, 9.0),
        (COL_BILLING, 10.0),
        (COL_TERM, 8.0),
        (COL_PRICE, 16.0),
        (COL_DISCOUNT, 9.0),
        (COL_MONTHLY, 16.0),
        (COL_AMOUNT, 18.0),
        (COL_BECAUSE, BECAUSE_WIDTH),
    ] {
        sheet.set_column_width(col, width)?;
    }
    sheet.write_string_with_format(0, 0, texts.boq.title, &formats.title)?;
    let [customer, quote, id, date, validity_key, versions_key, currency_key, status_key] = texts.sheet.head_keys;
    let mut head: Vec<(&str, String)> = vec![
        (customer, session.profile.customer_name.clone()),
        (quote, session.quote.title.clone()),
        (id, quote_id(session)),
        (date, session.profile.quote_date.to_string()),
        (validity_key, validity(texts, session.profile.quote_date)),
        (versions_key, versions_text(texts, versions)),
        (currency_key, if currency.is_empty() { texts.sheet.no_currency.into() } else { currency.to_string() }),
        (status_key, status_text(texts, session.quote.status, evaluation.can_issue())),
    ];
    if boq.illustrative {
        head.push((texts.boq.illustrative_prices, texts.boq.illustrative_note.to_string()));
    }
    let mut row: RowNum = 2;
    for (key, value) in &head {
        sheet.write_string_with_format(row, COL_ITEM, *key, &formats.bold)?;
        sheet.write_string(row, COL_OFFERING, value)?;
        row += 1;
    }
    row += 1;
    let header_row = row;
    for (col, title) in (0..).zip(texts.sheet.xlsx_columns) {
        sheet.write_string_with_format(header_row, col, title, &formats.header)?;
    }
    sheet.set_freeze_panes(header_row + 1, 0)?;
    sheet.set_repeat_rows(header_row, header_row)?;
    sheet.set_paper_size(9); // A4
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);

    let first = header_row + 1;
    for (offset, line) in (0..).zip(&boq.rows) {
        let r = first + offset;
        sheet.write_number_with_format(
            r,
            COL_NO,
            f64::from(u32::try_from(line.no).unwrap_or(u32::MAX)),
            &formats.integer,
        )?;
        sheet.write_string_with_format(r, COL_ITEM, &line.name, &formats.wrap)?;
        sheet.write_string_with_format(r, COL_OFFERING, &line.offering, &formats.wrap)?;
        sheet.write_string_with_format(r, COL_UNIT, (texts.words.unit)(line.unit), &formats.wrap)?;
        sheet.write_number_with_format(r, COL_QUANTITY, f64::from(line.quantity), &formats.integer)?;
        let periodic = line.billing == Billing::Periodic;
        sheet.write_string_with_format(r, COL_BILLING, if periodic { per_month } else { one_off }, &formats.wrap)?;
        if let Some(months) = line.term_months {
            sheet.write_number_with_format(r, COL_TERM, f64::from(months), &formats.integer)?;
        }
        sheet.write_number_with_format(r, COL_DISCOUNT, f64::from(line.discount.0) / 10_000.0, &formats.percent)?;
        let because = line.because.as_ref().map(|because| words.because(because)).unwrap_or_default();
        if !because.is_empty() {
            sheet.write_string_with_format(r, COL_BECAUSE, &because, &formats.wrap)?;
        }
        fit_row(sheet, r, &[(&line.name, ITEM_WIDTH), (&line.offering, OFFERING_WIDTH), (&because, BECAUSE_WIDTH)])?;
        let Some(price) = line.unit_price else {
            if boq.currency.is_some() {
                sheet.write_string_with_format(r, COL_PRICE, texts.boq.price_on_request, &formats.wrap)?;
            }
            continue;
        };
        sheet.write_number_with_format(r, COL_PRICE, major_value(currency, price), &formats.money)?;
        let rounded =
            format!("ROUND({}*{}*(1-{}),{digits})", cell(r, COL_PRICE), cell(r, COL_QUANTITY), cell(r, COL_DISCOUNT));
        match (periodic, line.monthly, line.amount) {
            (true, Some(monthly), amount) => {
                sheet.write_formula_with_format(
                    r,
                    COL_MONTHLY,
                    formula(format!("={rounded}"), currency, monthly),
                    &formats.money,
                )?;
                match amount {
                    Some(amount) => sheet.write_formula_with_format(
                        r,
                        COL_AMOUNT,
                        formula(format!("={}*{}", cell(r, COL_MONTHLY), cell(r, COL_TERM)), currency, amount),
                        &formats.money,
                    )?,
                    None => sheet.write_string_with_format(r, COL_AMOUNT, texts.boq.too_large, &formats.wrap)?,
                };
            }
            (false, _, Some(amount)) => {
                sheet.write_formula_with_format(
                    r,
                    COL_AMOUNT,
                    formula(format!("={rounded}"), currency, amount),
                    &formats.money,
                )?;
            }
            _ => {
                sheet.write_string_with_format(r, COL_AMOUNT, texts.boq.too_large, &formats.wrap)?;
            }
        }
    }
    let last = (first + u32::try_from(boq.rows.len()).unwrap_or(0)).saturating_sub(1);
    let mut row = first + u32::try_from(boq.rows.len()).unwrap_or(0) + 1;

    if let Some(refused) = &boq.refused {
        sheet.write_string_with_format(row, COL_ITEM, words.refused(refused), &formats.bold)?;
        return Ok(None);
    }
    let Some(totals) = &boq.totals else {
        sheet.write_string(row, COL_ITEM, texts.sheet.no_prices)?;
        return Ok(None);
    };
    if boq.rows.is_empty() {
        return Ok(None);
    }
    let lines = |col: ColNum| range(col, first, last);

    let [_, _, one_off_heading, per_month_heading, total_heading] = texts.boq.subtotal_columns;
    sheet.write_string_with_format(row, COL_ITEM, texts.boq.subtotals, &formats.header)?;
    sheet.write_string_with_format(row, COL_PRICE, one_off_heading, &formats.header)?;
    sheet.write_string_with_format(row, COL_MONTHLY, per_month_heading, &formats.header)?;
    sheet.write_string_with_format(row, COL_AMOUNT, total_heading, &formats.header)?;
    row += 1;
    for subtotal in &boq.subtotals {
        sheet.write_string_with_format(row, COL_ITEM, &subtotal.offering, &formats.wrap)?;
        let name = cell(row, COL_ITEM);
        sheet.write_formula_with_format(
            row,
            COL_PRICE,
            formula(
                format!(
                    "=SUMIFS({},{},{name},{},\"{one_off}\")",
                    lines(COL_AMOUNT),
                    lines(COL_OFFERING),
                    lines(COL_BILLING)
                ),
                currency,
                subtotal.one_off,
            ),
            &formats.money,
        )?;
        sheet.write_formula_with_format(
            row,
            COL_MONTHLY,
            formula(
                format!("=SUMIF({},{name},{})", lines(COL_OFFERING), lines(COL_MONTHLY)),
                currency,
                subtotal.monthly,
            ),
            &formats.money,
        )?;
        sheet.write_formula_with_format(
            row,
            COL_AMOUNT,
            formula(format!("=SUMIF({},{name},{})", lines(COL_OFFERING), lines(COL_AMOUNT)), currency, subtotal.total),
            &formats.money,
        )?;
        row += 1;
    }
    row += 1;
    let one_off_row = row;
    let monthly_row = row + 1;
    let totals_formulas = [
        (format!("=SUMIF({},\"{one_off}\",{})", lines(COL_BILLING), lines(COL_AMOUNT)), totals.one_off),
        (format!("=SUM({})", lines(COL_MONTHLY)), totals.monthly),
        (format!("=12*{}", cell(monthly_row, COL_AMOUNT)), totals.yearly),
        (format!("=SUM({})", lines(COL_AMOUNT)), totals.grand_total),
    ];
    for ((label, (text, amount)), r) in texts.boq.total_labels.iter().zip(totals_formulas).zip(one_off_row..) {
        sheet.write_string_with_format(r, COL_ITEM, *label, &formats.bold)?;
        sheet.write_formula_with_format(r, COL_AMOUNT, formula(text, currency, amount), &formats.money_bold)?;
    }
    row = one_off_row + 4;
    if totals.unpriced_lines > 0 {
        sheet.write_string(
            row,
            COL_ITEM,
            format!("{}: {}", texts.boq.unpriced_lines, texts.boq.unpriced_lines_value.fill(totals.unpriced_lines)),
        )?;
    }
    Ok(Some(one_off_row))
}

/// A reference to a cell of another sheet: `'Option A'!K40`.
fn on_sheet(sheet: &str, row: RowNum, col: ColNum) -> String {
    format!("'{}'!{}", sheet.replace('\'', "''"), cell(row, col))
}

/// The "Options compared" sheet (see the module documentation): the compare view's words,
/// then the totals read from each option's sheet and their differences, as formulas.
fn comparison_sheet(
    sheet: &mut Worksheet,
    view: &CompareView,
    options: &[ComparedSheet],
    currency: &str,
    formats: &Formats,
    texts: &Texts,
) -> Result<(), XlsxError> {
    const OPTION_WIDTH: f64 = 36.0;
    sheet.set_name(texts.options.sheet_name)?;
    sheet.set_column_width(0, ITEM_WIDTH)?;
    for col in (1..).take(options.len()) {
        sheet.set_column_width(col, OPTION_WIDTH)?;
    }
    sheet.write_string_with_format(0, 0, texts.options.sheet_name, &formats.title)?;
    sheet.write_string(1, 0, &view.caption)?;
    sheet.write_string(2, 0, &view.summary)?;
    let header_row: RowNum = 4;
    sheet.write_string_with_format(header_row, 0, texts.options.item_column, &formats.header)?;
    for (col, name) in (1..).zip(&view.columns) {
        sheet.write_string_with_format(header_row, col, name, &formats.header)?;
    }
    sheet.set_freeze_panes(header_row + 1, 1)?;
    let mut row = header_row + 1;
    for compared in &view.rows {
        sheet.write_string_with_format(row, 0, &compared.item, &formats.wrap)?;
        let mut fits = vec![(compared.item.as_str(), ITEM_WIDTH)];
        let texts: Vec<String> = compared
            .cells
            .iter()
            .map(|cell| cell.mark.iter().chain(&cell.facts).cloned().collect::<Vec<_>>().join("\n"))
            .collect();
        for (col, text) in (1..).zip(&texts) {
            sheet.write_string_with_format(row, col, text, &formats.wrap)?;
        }
        fits.extend(texts.iter().map(|text| (text.as_str(), OPTION_WIDTH)));
        fit_row(sheet, row, &fits)?;
        row += 1;
    }
    sheet.write_string_with_format(row, 0, texts.options.errors_row, &formats.bold)?;
    for (col, errors) in (1..).zip(&view.errors) {
        sheet.write_string(row, col, errors)?;
    }
    row += 2;
    // The view's totals come in pairs: a total, then its difference from the first option.
    for pair in view.totals.chunks(2) {
        let [total, difference] = pair else { continue };
        let amount = |totals: &Totals| total.kind.of(totals);
        // Per month is the row below a BOQ sheet's one-off total, the grand total three below.
        let offset = match total.kind {
            TotalKind::OneOff => 0,
            TotalKind::Monthly => 1,
            TotalKind::GrandTotal => 3,
        };
        let total_row = row;
        sheet.write_string_with_format(total_row, 0, &total.label, &formats.bold)?;
        sheet.write_string(total_row + 1, 0, &difference.label)?;
        // The first option's total, when its sheet has totals to subtract from.
        let first = options.first().filter(|o| o.totals_row.is_some()).and_then(|o| o.totals.as_ref().map(amount));
        for (col, (option, (value, difference_value))) in
            (1..).zip(options.iter().zip(total.values.iter().zip(&difference.values)))
        {
            match (option.totals_row, &option.totals) {
                (Some(sheet_row), Some(totals)) => {
                    let reference = on_sheet(&option.sheet, sheet_row + offset, COL_AMOUNT);
                    sheet.write_formula_with_format(
                        total_row,
                        col,
                        formula(format!("={reference}"), currency, amount(totals)),
                        &formats.money_bold,
                    )?;
                }
                _ => {
                    sheet.write_string(total_row, col, value)?;
                }
            }
            let own = option.totals.as_ref().map(amount).filter(|_| option.totals_row.is_some());
            match (col, own, first) {
                (2.., Some(own), Some(first)) => match own.0.checked_sub(first.0).map(Minor) {
                    Some(difference) => sheet.write_formula_with_format(
                        total_row + 1,
                        col,
                        formula(format!("={}-{}", cell(total_row, col), cell(total_row, 1)), currency, difference),
                        &formats.money,
                    )?,
                    None => sheet.write_string(total_row + 1, col, difference_value)?,
                },
                _ => sheet.write_string(total_row + 1, col, difference_value)?,
            };
        }
        row += 2;
    }
    Ok(())
}

fn findings_sheet(
    sheet: &mut Worksheet,
    session: &Session,
    evaluation: &Evaluation,
    formats: &Formats,
    words: &Reporter<'_>,
) -> Result<(), XlsxError> {
    let texts = words.texts;
    sheet.set_name(texts.sheet.sheet_names[1])?;
    for (col, width) in [(0, 12.0), (1, 70.0), (2, 70.0), (3, 40.0)] {
        sheet.set_column_width(col, width)?;
    }
    for (col, title) in (0..).zip(texts.sheet.findings_columns) {
        sheet.write_string_with_format(0, col, title, &formats.header)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    let mut row: RowNum = 1;
    for finding in &evaluation.findings {
        let message = words.finding(finding);
        let sources = words.sources(finding);
        sheet.write_string_with_format(row, 0, (texts.words.severity)(finding.severity), &formats.wrap)?;
        sheet.write_string_with_format(row, 1, &message, &formats.wrap)?;
        sheet.write_string_with_format(row, 2, &sources, &formats.wrap)?;
        if let Some(reason) = &finding.exception {
            sheet.write_string_with_format(row, 3, reason, &formats.wrap)?;
        }
        let reason = finding.exception.as_deref().unwrap_or("");
        fit_row(sheet, row, &[(&message, 70.0), (&sources, 70.0), (reason, 40.0)])?;
        row += 1;
    }
    if evaluation.findings.is_empty() {
        sheet.write_string(row, 1, texts.sheet.no_findings)?;
        row += 1;
    }
    row += 1;
    let summary = ProposalSummary::build(words.catalog, evaluation, words);
    sheet.write_string_with_format(row, 0, texts.document.decisions_table[1], &formats.header)?;
    sheet.write_string_with_format(row, 1, texts.sheet.decisions, &formats.header)?;
    row += 1;
    for decision in &summary.decisions {
        sheet.write_string_with_format(row, 0, &decision.section, &formats.wrap)?;
        sheet.write_string_with_format(row, 1, &decision.text, &formats.wrap)?;
        fit_row(sheet, row, &[(&decision.section, 12.0), (&decision.text, 70.0)])?;
        row += 1;
    }
    let validity_text = texts.document.validity_assumption.fill(validity(texts, session.profile.quote_date));
    sheet.write_string_with_format(row, 0, texts.sheet.head_keys[4], &formats.wrap)?;
    sheet.write_string_with_format(row, 1, validity_text, &formats.wrap)?;
    Ok(())
}
