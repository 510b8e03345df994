//! The exports read back with independent parsers: the CSV with the `csv` crate, the
//! spreadsheet with `calamine`, the Word document by unzipping it and reading
//! `word/document.xml`. Figures are compared with the app's own BOQ to the minor unit;
//! the same session gives the same bytes; generated quotes keep the CSV's grand total
//! equal to the BOQ's.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::catalog;

use std::collections::BTreeSet;
use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx};
use om_configurator::domain::boq::Boq;
use om_configurator::domain::calendar::Date;
use om_configurator::domain::catalog::{Catalog, DateInput, NumericInput};
use om_configurator::domain::money::{decimal_text, format_amount, minor_digits, DiscountBp, Minor};
use om_configurator::domain::price_book::PriceBook;
use om_configurator::domain::profile::CustomerProfile;
use om_configurator::domain::quote::{Quote, QuoteLine, QuoteStatus};
use om_configurator::domain::rules::{evaluate, Evaluation, FindingKey, RuleKind};
use om_configurator::domain::session::{Mode, Session};
use om_configurator::export::csv::boq_csv;
use om_configurator::export::docx::proposal_docx;
use om_configurator::export::xlsx::boq_xlsx;
use om_configurator::export::{export, Format};
use om_configurator::present::document::facts::quote_id;
use om_configurator::present::document::{Block, ProposalDocument};
use om_configurator::present::text::Language;
use proptest::prelude::*;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/quotes");
const SAMPLE_PRICES: &str = include_str!("../public/sample-price-book.json");

fn fixture(name: &str) -> Session {
    let text = std::fs::read_to_string(format!("{FIXTURES}/{name}")).expect("fixture readable");
    Session::from_json(&text).expect("fixture is a saved quote").session
}

/// Everything the exports read.
struct Quoted {
    catalog: Catalog,
    session: Session,
    evaluation: Evaluation,
    boq: Boq,
}

impl Quoted {
    fn of(session: Session) -> Quoted {
        let catalog = catalog();
        let evaluation = evaluate(&catalog, &session.profile, &session.quote);
        let boq = Boq::build(&catalog, &session.quote, &evaluation.lines);
        Quoted { catalog, session, evaluation, boq }
    }

    fn csv(&self) -> String {
        boq_csv(&self.session, self.evaluation.can_issue(), &self.boq, &common::english())
    }

    fn xlsx(&self) -> Vec<u8> {
        boq_xlsx(&self.session, &self.evaluation, &self.boq, &common::english()).expect("spreadsheet written")
    }

    fn document(&self) -> ProposalDocument {
        ProposalDocument::build(&self.catalog, &self.session, &self.evaluation, &self.boq, Language::En)
    }

    fn docx(&self) -> Vec<u8> {
        proposal_docx(&self.document()).expect("Word document written")
    }

    fn currency(&self) -> &str {
        self.boq.currency.as_deref().expect("priced")
    }
}

/// A customer quoting the whole catalog, sized, priced with the sample price book, with
/// a discount, a quantity override and an exception: a realistic large quote.
fn full_catalog_session() -> Session {
    let catalog = catalog();
    let mut profile = CustomerProfile {
        customer_name: "Globex Asia Pacific".into(),
        region: Some("Singapore".into()),
        quote_date: Date::parse("2026-01-05").expect("date"),
        ..CustomerProfile::default()
    };
    for (input, value) in [
        (NumericInput::ItEmployees, 70),
        (NumericInput::BusinessDepartments, 12),
        (NumericInput::OmApplicationSystems, 60),
        (NumericInput::OmInstances, 130),
        (NumericInput::ApaasInstances, 300),
        (NumericInput::ApaasSupportInstances, 40),
        (NumericInput::OmReleaseApplications, 125),
        (NumericInput::ApaasReleaseApplications, 250),
        (NumericInput::DrillScenarios, 8),
        (NumericInput::AssuranceDays, 3),
        (NumericInput::PeakConcurrentRequests, 2_000_000),
    ] {
        profile.set_number(input, Some(value));
    }
    profile.set_date(DateInput::KeyEventDate, Date::parse("2026-03-02"));
    profile.set_date(DateInput::CocStartDate, Date::parse("2026-01-12"));
    profile.attested_prerequisites = ["om-platform", "om-permissions"].into_iter().map(String::from).collect();
    let mut quote = Quote::from_lines(catalog.items().map(|entry| QuoteLine::new(entry.item.id.clone())));
    quote.title = "Globex O&M 2026".into();
    quote.term_months = 24;
    if let Some(line) = quote.line_mut("apm-tech-support") {
        line.discount = DiscountBp(1250);
    }
    let book = PriceBook::from_json(&catalog, SAMPLE_PRICES).expect("sample price book").book;
    quote.price_book = Some(book);
    quote.record_exception(FindingKey::new(RuleKind::SizeBand, "apo-dap-medium#it_employees"), "Customer reorganising");
    Session { profile, quote, mode: Mode::SalesEngineer, ..Session::new() }
}

/// Minor units of a spreadsheet number (amounts are written as decimals of the currency).
fn minor_of(value: f64, digits: u32) -> i64 {
    (value * 10f64.powi(digits as i32)).round() as i64
}

// ---------------------------------------------------------------------------------------
// CSV

fn read_csv(text: &str) -> Vec<csv::StringRecord> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    reader.records().map(|r| r.expect("RFC 4180 record")).collect()
}

fn key_value<'a>(records: &'a [csv::StringRecord], key: &str) -> Option<&'a str> {
    records.iter().find(|r| r.get(0) == Some(key)).and_then(|r| r.get(1))
}

#[test]
fn csv_reads_back_with_its_header_lines_and_totals() {
    let quoted = Quoted::of(fixture("chaos-8-scenarios.quote.json"));
    let text = quoted.csv();
    assert!(text.starts_with('\u{feff}'), "UTF-8 byte order mark for Excel");
    assert!(text.ends_with("\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "every line ends with CRLF");
    let records = read_csv(&text);
    assert_eq!(key_value(&records, "\u{feff}Customer").or(key_value(&records, "Customer")), Some("ACME Retail"));
    assert_eq!(key_value(&records, "Quote"), Some("ACME chaos drills"));
    assert_eq!(key_value(&records, "Quote id"), Some(quote_id(&quoted.session).as_str()));
    assert_eq!(key_value(&records, "Date"), Some("2026-01-05"));
    assert_eq!(key_value(&records, "Currency"), Some("USD"));
    assert_eq!(key_value(&records, "Status"), Some("Draft, issuable"));
    assert_eq!(key_value(&records, "Prices"), None, "not the sample price book");

    let header = records.iter().position(|r| r.get(0) == Some("No")).expect("line table header");
    assert_eq!(records[header].get(11), Some("Amount"));
    let lines = &records[header + 1..header + 1 + quoted.boq.rows.len()];
    for (record, row) in lines.iter().zip(&quoted.boq.rows) {
        assert_eq!(record.get(0), Some(row.no.to_string().as_str()));
        assert_eq!(record.get(1), Some(row.name.as_str()));
        assert_eq!(record.get(4).and_then(|q| q.parse::<u32>().ok()), Some(row.quantity));
        let amount = record.get(11).expect("amount");
        assert_eq!(amount, decimal_text("USD", row.amount.expect("priced")));
        assert!(amount.parse::<f64>().is_ok(), "an amount is a bare number: {amount}");
    }
    // 40 support instances: 2 blocks, 3,333.33 x 2 less 10 % = 5,999.99 a month (§7).
    let support = lines.iter().find(|r| r.get(1) == Some("aPaaS Technical Support Services (Per 20 Instances)"));
    let support = support.expect("support line");
    assert_eq!(support.get(9), Some("10"));
    assert_eq!(support.get(10), Some("5999.99"));
    assert_eq!(support.get(11), Some("71999.88"));

    let totals = quoted.boq.totals.as_ref().expect("totals");
    let total =
        |label: &str| records.iter().find(|r| r.get(1) == Some(label)).and_then(|r| r.get(11)).map(str::to_string);
    assert_eq!(total("One-off total"), Some(decimal_text("USD", totals.one_off)));
    assert_eq!(total("Recurring per month"), Some(decimal_text("USD", totals.monthly)));
    assert_eq!(total("Recurring per year"), Some(decimal_text("USD", totals.yearly)));
    assert_eq!(total("Grand total over the terms"), Some("86501.38".to_string()));
}

#[test]
fn csv_neutralises_formula_text_and_keeps_numbers_bare() {
    let mut session = fixture("chaos-8-scenarios.quote.json");
    session.profile.customer_name = "=HYPERLINK(\"http://example.invalid/x\",\"Click\")".into();
    session.quote.title = "-2+3 renewal, phase 2".into();
    let quoted = Quoted::of(session);
    let text = quoted.csv();
    assert!(text.contains("\"'=HYPERLINK(\"\"http://example.invalid/x\"\",\"\"Click\"\")\""), "{text}");
    let records = read_csv(&text);
    let customer = records.iter().find(|r| r.get(0).is_some_and(|k| k.ends_with("Customer"))).expect("customer row");
    assert_eq!(customer.get(1), Some("'=HYPERLINK(\"http://example.invalid/x\",\"Click\")"));
    assert_eq!(key_value(&records, "Quote"), Some("'-2+3 renewal, phase 2"));
    for prefix in ['=', '+', '-', '@', '\t', '\r'] {
        for record in &records {
            for field in record.iter() {
                assert!(!field.starts_with(prefix), "a field a spreadsheet would evaluate: {field:?}");
            }
        }
    }
    // Numbers are not touched: quantities, discounts and amounts parse as numbers.
    let header = records.iter().position(|r| r.get(0) == Some("No")).expect("header");
    for record in &records[header + 1..] {
        for col in [4, 9, 10, 11] {
            let field = record.get(col).unwrap_or("");
            assert!(field.is_empty() || field.parse::<f64>().is_ok(), "column {col}: {field:?}");
        }
    }
}

#[test]
fn csv_of_an_unpriced_quote_has_no_totals_and_says_so() {
    let mut session = fixture("chaos-8-scenarios.quote.json");
    session.quote.price_book = None;
    let quoted = Quoted::of(session);
    let records = read_csv(&quoted.csv());
    assert_eq!(key_value(&records, "Currency"), Some("none (no price book)"));
    assert!(!records.iter().any(|r| r.get(1) == Some("Grand total over the terms")));
    let header = records.iter().position(|r| r.get(0) == Some("No")).expect("header");
    assert_eq!(records.len() - header - 1, quoted.boq.rows.len());
}

#[test]
fn csv_marks_illustrative_prices_and_open_errors() {
    let quoted = Quoted::of(full_catalog_session());
    assert!(!quoted.evaluation.can_issue(), "the whole catalog holds exclusive editions");
    let records = read_csv(&quoted.csv());
    assert_eq!(key_value(&records, "Prices"), Some("illustrative (sample numbers, not Huawei Cloud prices)"));
    assert_eq!(key_value(&records, "Status"), Some("Draft, has open errors"));
    let grand = records.iter().find(|r| r.get(1) == Some("Grand total over the terms")).and_then(|r| r.get(11));
    let totals = quoted.boq.totals.as_ref().expect("totals");
    assert_eq!(grand, Some(decimal_text("USD", totals.grand_total).as_str()));
}

// ---------------------------------------------------------------------------------------
// XLSX

struct Sheet {
    values: calamine::Range<Data>,
    formulas: calamine::Range<String>,
}

fn read_xlsx(bytes: &[u8], name: &str) -> Sheet {
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).expect("an xlsx file");
    let values = workbook.worksheet_range(name).expect("sheet");
    let formulas = workbook.worksheet_formula(name).expect("formulas");
    Sheet { values, formulas }
}

impl Sheet {
    fn text(&self, row: u32, col: u32) -> String {
        match self.values.get_value((row, col)) {
            Some(Data::String(s)) => s.clone(),
            Some(Data::Float(f)) => f.to_string(),
            Some(Data::Int(i)) => i.to_string(),
            _ => String::new(),
        }
    }

    fn number(&self, row: u32, col: u32) -> Option<f64> {
        match self.values.get_value((row, col)) {
            Some(Data::Float(f)) => Some(*f),
            Some(Data::Int(i)) => Some(*i as f64),
            _ => None,
        }
    }

    fn formula(&self, row: u32, col: u32) -> String {
        self.formulas.get_value((row, col)).cloned().unwrap_or_default()
    }

    fn row_of(&self, col: u32, text: &str) -> Option<u32> {
        let (start, end) = (self.values.start()?, self.values.end()?);
        (start.0..=end.0).find(|row| self.text(*row, col) == text)
    }
}

const COL_ITEM: u32 = 1;
const COL_QUANTITY: u32 = 4;
const COL_PRICE: u32 = 7;
const COL_DISCOUNT: u32 = 8;
const COL_MONTHLY: u32 = 9;
const COL_AMOUNT: u32 = 10;

/// Checks every line, its formulas and cached values, and the cached totals.
fn check_xlsx(quoted: &Quoted) {
    let sheet = read_xlsx(&quoted.xlsx(), "BOQ");
    let digits = minor_digits(quoted.currency());
    let header = sheet.row_of(0, "No").expect("line table header");
    for (offset, row) in (1..).zip(&quoted.boq.rows) {
        let r = header + offset;
        assert_eq!(sheet.text(r, COL_ITEM), row.name, "line {}", row.no);
        assert_eq!(sheet.number(r, COL_QUANTITY), Some(f64::from(row.quantity)), "{}", row.name);
        let Some(amount) = row.amount else { continue };
        let formula = sheet.formula(r, COL_AMOUNT);
        assert!(!formula.is_empty(), "a live formula in the amount of {}", row.name);
        let cached = sheet.number(r, COL_AMOUNT).expect("cached amount");
        assert_eq!(minor_of(cached, digits), amount.0, "{}", row.name);
        match row.monthly {
            Some(monthly) => {
                assert!(sheet.formula(r, COL_MONTHLY).contains("ROUND("), "{}", row.name);
                assert_eq!(minor_of(sheet.number(r, COL_MONTHLY).expect("monthly"), digits), monthly.0);
                assert!(formula.contains('*'), "amount = monthly x months: {formula}");
            }
            None => assert!(formula.contains("ROUND("), "{formula}"),
        }
        // The formula's inputs are the app's: price, discount.
        let price = sheet.number(r, COL_PRICE).expect("price");
        assert_eq!(minor_of(price, digits), row.unit_price.expect("priced").0);
        let discount = sheet.number(r, COL_DISCOUNT).expect("discount");
        assert_eq!((discount * 10_000.0).round() as u32, row.discount.0);
    }
    let totals = quoted.boq.totals.as_ref().expect("totals");
    for (label, expected) in [
        ("One-off total", totals.one_off),
        ("Recurring per month", totals.monthly),
        ("Recurring per year", totals.yearly),
        ("Grand total over the terms", totals.grand_total),
    ] {
        let r = sheet.row_of(COL_ITEM, label).unwrap_or_else(|| panic!("{label} row"));
        assert!(!sheet.formula(r, COL_AMOUNT).is_empty(), "{label} is a formula");
        let cached = sheet.number(r, COL_AMOUNT).expect("cached total");
        assert_eq!(minor_of(cached, digits), expected.0, "{label}");
    }
    for subtotal in &quoted.boq.subtotals {
        let r = sheet.row_of(COL_ITEM, &subtotal.offering).expect("subtotal row");
        assert!(sheet.formula(r, COL_AMOUNT).contains("SUMIF("));
        assert_eq!(minor_of(sheet.number(r, COL_AMOUNT).expect("subtotal"), digits), subtotal.total.0);
        assert_eq!(minor_of(sheet.number(r, COL_MONTHLY).expect("per month"), digits), subtotal.monthly.0);
        assert_eq!(minor_of(sheet.number(r, COL_PRICE).expect("one-off"), digits), subtotal.one_off.0);
    }
}

#[test]
fn xlsx_has_every_line_live_formulas_and_the_apps_totals_cached() {
    let quoted = Quoted::of(fixture("chaos-8-scenarios.quote.json"));
    check_xlsx(&quoted);
    let sheet = read_xlsx(&quoted.xlsx(), "BOQ");
    let support = sheet.row_of(COL_ITEM, "aPaaS Technical Support Services (Per 20 Instances)").expect("row");
    assert_eq!(sheet.formula(support, COL_MONTHLY), format!("ROUND(H{0}*E{0}*(1-I{0}),2)", support + 1));
    assert_eq!(sheet.formula(support, COL_AMOUNT), format!("J{0}*G{0}", support + 1));
    let grand = sheet.row_of(COL_ITEM, "Grand total over the terms").expect("grand total");
    assert_eq!(sheet.number(grand, COL_AMOUNT), Some(86_501.38));
    let header = |key: &str| sheet.row_of(COL_ITEM, key).map(|r| sheet.text(r, 2));
    assert_eq!(header("Customer").as_deref(), Some("ACME Retail"));
    assert_eq!(header("Quote id"), Some(quote_id(&quoted.session)));
    assert_eq!(header("Date").as_deref(), Some("2026-01-05"));
    assert_eq!(header("Currency").as_deref(), Some("USD"));
    assert_eq!(header("Status").as_deref(), Some("Draft, issuable"));
    assert!(header("Catalog versions").is_some_and(|v| v.contains("2025-08-28")), "000's Updated on");
    assert_eq!(header("ILLUSTRATIVE PRICES"), None);
}

#[test]
fn xlsx_of_the_whole_catalog_with_the_sample_prices() {
    let quoted = Quoted::of(full_catalog_session());
    assert!(quoted.boq.rows.len() > 70);
    check_xlsx(&quoted);
    let bytes = quoted.xlsx();
    let sheet = read_xlsx(&bytes, "BOQ");
    assert!(sheet.row_of(COL_ITEM, "ILLUSTRATIVE PRICES").is_some(), "the sample price book says so");
    let findings = read_xlsx(&bytes, "Findings");
    assert_eq!(findings.text(0, 1), "Finding");
    for finding in &quoted.evaluation.findings {
        assert!(
            findings.row_of(1, &common::message(finding)).is_some(),
            "finding listed: {}",
            common::message(finding)
        );
    }
    let exception = findings.row_of(3, "Customer reorganising");
    assert!(exception.is_some(), "the exception's reason is on the Findings sheet");
    let decisions = common::decisions(&quoted.evaluation);
    assert!(!decisions.is_empty());
    for (section, text) in &decisions {
        let row = findings.row_of(0, section).unwrap_or_else(|| panic!("{section} listed"));
        assert_eq!(&findings.text(row, 1), text);
    }
}

#[test]
fn xlsx_formulas_recalculate_to_the_apps_amounts() {
    // What a spreadsheet does on recalculation, emulated with its inputs as read back:
    // ROUND(price * quantity * (1 - discount), digits), half away from zero, on doubles.
    let quoted = Quoted::of(full_catalog_session());
    let sheet = read_xlsx(&quoted.xlsx(), "BOQ");
    let header = sheet.row_of(0, "No").expect("header");
    let (mut one_off, mut monthly, mut grand) = (0i64, 0i64, 0i64);
    for (offset, row) in (1..).zip(&quoted.boq.rows) {
        let r = header + offset;
        let (Some(price), Some(quantity), Some(discount)) =
            (sheet.number(r, COL_PRICE), sheet.number(r, COL_QUANTITY), sheet.number(r, COL_DISCOUNT))
        else {
            continue;
        };
        let rounded = excel_round(price * quantity * (1.0 - discount), 2);
        let amount = match row.term_months {
            Some(months) => {
                monthly += rounded;
                rounded * i64::from(months)
            }
            None => {
                one_off += rounded;
                rounded
            }
        };
        assert_eq!(Some(Minor(amount)), row.amount, "{}", row.name);
        grand += amount;
    }
    let totals = quoted.boq.totals.as_ref().expect("totals");
    assert_eq!(
        (one_off, monthly, 12 * monthly, grand),
        (totals.one_off.0, totals.monthly.0, totals.yearly.0, totals.grand_total.0)
    );
}

/// Excel's ROUND on a double, to minor units: the value to 15 significant digits, then
/// half away from zero.
fn excel_round(value: f64, digits: i32) -> i64 {
    let fifteen: f64 = format!("{:.14e}", value * 10f64.powi(digits)).parse().expect("a number");
    fifteen.round() as i64
}

// ---------------------------------------------------------------------------------------
// DOCX

fn unzip(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip archive");
    let mut text = String::new();
    archive.by_name(name).expect(name).read_to_string(&mut text).expect("UTF-8");
    text
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

/// The text of each paragraph of a WordprocessingML part (its `<w:t>` runs joined).
fn paragraph_texts(xml: &str) -> Vec<String> {
    let mut paragraphs = Vec::new();
    for chunk in xml.split("</w:p>") {
        let mut text = String::new();
        let mut rest = chunk;
        while let Some(start) = rest.find("<w:t") {
            let after = &rest[start..];
            let Some(open_end) = after.find('>') else { break };
            if after[..open_end].ends_with('/') || !matches!(after.as_bytes().get(4), Some(b'>' | b' ')) {
                rest = &after[open_end + 1..];
                continue;
            }
            let body = &after[open_end + 1..];
            let Some(close) = body.find("</w:t>") else { break };
            text.push_str(&unescape(&body[..close]));
            rest = &body[close..];
        }
        if !text.is_empty() {
            paragraphs.push(text);
        }
    }
    paragraphs
}

#[test]
fn docx_holds_every_service_its_deliverables_and_the_grand_total() {
    for session in [fixture("chaos-8-scenarios.quote.json"), full_catalog_session()] {
        let quoted = Quoted::of(session);
        let bytes = quoted.docx();
        let xml = unzip(&bytes, "word/document.xml");
        let paragraphs = paragraph_texts(&xml);
        let has = |text: &str| paragraphs.iter().any(|p| p == text);
        for row in &quoted.boq.rows {
            assert!(has(&row.name), "service section for {}", row.name);
            let item = quoted.catalog.item(&row.item).expect("catalog item");
            for deliverable in &item.deliverables {
                assert!(has(deliverable), "{}: deliverable {deliverable}", row.name);
            }
        }
        let totals = quoted.boq.totals.as_ref().expect("totals");
        assert!(has(&format_amount(quoted.currency(), totals.grand_total)), "grand total");
        assert!(xml.contains(r#"<w:pStyle w:val="Heading1"/>"#) && xml.contains(r#"<w:pStyle w:val="Heading2"/>"#));
        assert!(xml.contains("<w:tbl>") && xml.contains("<w:tblHeader/>"), "tables with repeated headers");
        assert!(xml.contains("<w:numPr>"), "real bullet lists");
        let footer = unzip(&bytes, "word/footer1.xml");
        assert!(footer.contains(r#"w:instr=" PAGE ""#) && footer.contains(r#"w:instr=" NUMPAGES ""#), "page n of m");
        assert!(has(&quoted.document().cover.quote_id), "the quote id on the cover");
        let core = unzip(&bytes, "docProps/core.xml");
        assert!(core.contains("2026-01-05T00:00:00Z"), "created on the quote date: {core}");
        let styles = unzip(&bytes, "word/styles.xml");
        assert!(styles.contains(r#"w:styleId="Heading1""#));
    }
}

#[test]
fn docx_of_a_quote_with_open_errors_is_stamped_draft_with_them() {
    let quoted = Quoted::of(full_catalog_session());
    let xml = unzip(&quoted.docx(), "word/document.xml");
    let paragraphs = paragraph_texts(&xml);
    assert!(paragraphs.iter().any(|p| p == "DRAFT"));
    for error in quoted.evaluation.findings.iter().filter(|f| f.blocks()) {
        assert!(paragraphs.contains(&common::message(error)), "open error listed: {}", common::message(error));
    }
    assert!(paragraphs.iter().any(|p| p == "Customer reorganising"), "the exception's reason");
    assert!(paragraphs.iter().any(|p| p.contains("Sample price book") || p.contains("illustrative")));
}

#[test]
fn archive_entries_carry_a_fixed_date_not_the_clock() {
    let quoted = Quoted::of(fixture("chaos-8-scenarios.quote.json"));
    for bytes in [quoted.xlsx(), quoted.docx()] {
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
        for index in 0..archive.len() {
            let entry = archive.by_index(index).expect("entry");
            let modified = entry.last_modified().expect("a date");
            assert_eq!((modified.year(), modified.month(), modified.day()), (1980, 1, 1), "{:?}", entry.name());
        }
    }
    let core = unzip(&quoted.xlsx(), "docProps/core.xml");
    assert!(core.contains("2026-01-05T00:00:00Z"), "{core}");
}

// ---------------------------------------------------------------------------------------
// Determinism, the document model, the command-line entry point

#[test]
fn the_same_session_gives_byte_identical_files() {
    for session in [fixture("chaos-8-scenarios.quote.json"), full_catalog_session()] {
        let catalog = catalog();
        for format in Format::ALL {
            let first = export(&catalog, &session, format, Language::En).expect("export");
            let again = export(&catalog, &session.clone(), format, Language::En).expect("export");
            assert!(first == again, "{format:?} differs between two runs");
            let session = session.clone();
            let other_thread = std::thread::spawn(move || {
                export(&Catalog::embedded().expect("catalog"), &session, format, Language::En)
            })
            .join()
            .expect("thread")
            .expect("export");
            assert!(first == other_thread, "{format:?} differs on another thread");
        }
    }
}

#[test]
fn the_document_model_has_the_cover_sections_and_verbatim_texts() {
    let quoted = Quoted::of(full_catalog_session());
    let document = quoted.document();
    let cover = &document.cover;
    assert_eq!(cover.fact("Customer"), Some("Globex Asia Pacific"));
    assert_eq!(cover.date, "2026-01-05");
    assert_eq!(cover.fact("Validity"), Some("30 days from the quote date (until 2026-02-04)"));
    assert_eq!(cover.fact("Prepared by"), Some("Huawei Cloud sales engineer"));
    assert!(cover.draft && !cover.open_errors.is_empty());
    let versions = cover.fact("Catalog versions").unwrap_or_default();
    assert_eq!(versions.matches("updated on").count(), quoted.catalog.documents().len(), "{versions}");
    assert!(cover.quote_id.starts_with("Q-") && cover.quote_id.len() == 16, "{}", cover.quote_id);
    let ids: Vec<&str> = document.sections.iter().map(|s| s.id.as_str()).collect();
    for id in ["summary", "services", "terms", "assumptions", "boq", "totals"] {
        assert!(ids.contains(&id), "section {id}");
    }
    for row in &quoted.boq.rows {
        let section = document.section(&format!("service-{}", row.item)).expect("one section per service");
        let item = quoted.catalog.item(&row.item).expect("item");
        assert_eq!(
            section.title,
            item.shown_name(),
            "the seed name, with its service where it does not say it (§8.14)"
        );
        let text: Vec<&Block> = section.blocks.iter().collect();
        assert!(text.contains(&&Block::Bullets(item.deliverables.clone())) || item.deliverables.is_empty());
        let has_scenario = text.contains(&&Block::Heading("Applicable scenario".into()));
        assert_eq!(has_scenario, !item.scenario.trim().is_empty(), "{}: scenario omitted only when empty", item.id);
    }
    // Prerequisites with their status: attested, to confirm, and a lead time by date.
    let terms = document.section("terms-om").expect("terms of 000");
    let table = terms.blocks.iter().find_map(|b| match b {
        Block::Table(t) if t.header == ["Prerequisite", "Status"] => Some(t),
        _ => None,
    });
    let statuses: Vec<&str> = table.expect("prerequisites").rows.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(&statuses[..2], ["Confirmed by the customer", "Confirmed by the customer"]);
    assert_eq!(statuses[2], "To confirm before the quote is issued");
    let coc = document.section("terms-coc").expect("terms of 002");
    let text = document.plain_text();
    assert!(coc.blocks.iter().any(|b| matches!(b, Block::Table(t) if t.rows.iter().any(|r| r[1].starts_with("Not met: the COC service start date 2026-01-12")))), "{text}");
    let ke = document.section("terms-key-event").expect("terms of 004");
    assert!(ke.blocks.iter().any(|b| matches!(b, Block::Table(t) if t.rows.iter().any(|r| r[1].starts_with("Met: the key event date 2026-03-02")))));
    // The second aPaaS offering refers to the first for the document-level terms.
    let operation = document.section("terms-apaas-operation").expect("terms of aPaaS Operation");
    assert!(operation
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Paragraph(p) if p.contains("as for aPaaS Maintenance Service above"))));
    let assumptions = document.section("assumptions").expect("assumptions");
    let decisions = assumptions.blocks.iter().find_map(|b| match b {
        Block::Table(t) if t.header == ["Decision", "Assumption"] => Some(t),
        _ => None,
    });
    let sections: Vec<&str> = decisions.expect("§8 decisions").rows.iter().map(|r| r[0].as_str()).collect();
    let mut sorted = sections.clone();
    sorted.sort_by_key(|s| s.rsplit('.').next().and_then(|n| n.parse::<u32>().ok()));
    assert_eq!(sections, sorted, "decisions in number order");
    assert!(text.contains("Customer reorganising"));
    assert!(text.contains("Prices: illustrative (sample numbers, not Huawei Cloud prices)"));
}

#[test]
fn the_quote_id_follows_the_content() {
    let session = fixture("chaos-8-scenarios.quote.json");
    assert_eq!(quote_id(&session), quote_id(&session.clone()));
    let mut other = session.clone();
    other.quote.title.push('!');
    assert_ne!(quote_id(&session), quote_id(&other));
    let customer = Session { mode: Mode::Customer, ..session };
    let quoted = Quoted::of(customer);
    assert_eq!(quoted.document().cover.fact("Prepared by"), Some("Prepared with the O&M Services Configurator"));
}

#[test]
fn a_final_quote_without_errors_is_not_stamped() {
    let mut session = fixture("chaos-8-scenarios.quote.json");
    session.quote.status = QuoteStatus::Final;
    session.profile.attested_prerequisites = [
        "om-platform",
        "om-permissions",
        "om-team",
        "om-contract",
        "apaas-platform",
        "apaas-permissions",
        "apaas-team",
        "apaas-contract",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    let quoted = Quoted::of(session);
    assert!(quoted.evaluation.can_issue(), "{:?}", quoted.evaluation.findings);
    let document = quoted.document();
    assert!(!document.cover.draft);
    assert_eq!(document.cover.fact("Status"), Some("Final, issuable"));
    let xml = unzip(&quoted.docx(), "word/document.xml");
    assert!(!paragraph_texts(&xml).iter().any(|p| p == "DRAFT"));
}

// ---------------------------------------------------------------------------------------
// Generated quotes

prop_compose! {
    fn arb_session()(
        items in prop::sample::subsequence(catalog().items().map(|e| e.item.id.clone()).collect::<Vec<_>>(), 0..=12),
        numbers in prop::collection::vec(prop::option::of(0u64..=400), NumericInput::ALL.len()),
        term in 1u32..=36,
        discounts in prop::collection::vec(0u32..=10_000, 12),
        prices in prop::collection::vec(prop::option::of(0i64..=5_000_000_000), 80),
        currency in prop::sample::select(vec!["USD", "JPY", "KWD", "EUR"]),
        customer in "[=+@A-Za-z -]{0,20}",
        illustrative in any::<bool>(),
    ) -> Session {
        let catalog = catalog();
        let mut profile = CustomerProfile { customer_name: customer, region: Some("Singapore".into()), ..CustomerProfile::default() };
        for (input, value) in NumericInput::ALL.into_iter().zip(numbers) {
            profile.set_number(input, value);
        }
        let mut quote = Quote::from_lines(items.into_iter().zip(discounts).map(|(item, bp)| QuoteLine { discount: DiscountBp(bp), ..QuoteLine::new(item) }));
        quote.term_months = term;
        let mut book = PriceBook { name: "Generated".into(), currency: currency.into(), illustrative, ..PriceBook::default() };
        for (entry, price) in catalog.items().zip(prices) {
            if let Some(price) = price {
                // Prices up to 5,000,000 major units with the currency's decimals.
                let scale = 10i64.pow(minor_digits(currency));
                book.prices.insert(entry.item.id.clone(), Minor(price % (5_000_000 * scale)));
            }
        }
        quote.price_book = Some(book);
        Session { profile, quote, ..Session::new() }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_csv_of_any_quote_parses_and_adds_up_to_the_boq(session in arb_session()) {
        let quoted = Quoted::of(session);
        let text = quoted.csv();
        let records = read_csv(&text);
        let header = records.iter().position(|r| r.get(0) == Some("No"));
        prop_assert!(header.is_some());
        let header = header.unwrap_or(0);
        prop_assert_eq!(records[header].len(), 13);
        let currency = quoted.currency().to_string();
        let lines: Vec<&csv::StringRecord> = records[header + 1..].iter().filter(|r| !r.get(0).unwrap_or("").is_empty()).collect();
        prop_assert_eq!(lines.len(), quoted.boq.rows.len());
        let grand = records.iter().find(|r| r.get(1) == Some("Grand total over the terms")).and_then(|r| r.get(11)).map(str::to_string);
        match (&quoted.boq.totals, &quoted.boq.refused) {
            (Some(totals), None) => {
                prop_assert_eq!(grand, Some(decimal_text(&currency, totals.grand_total)));
                // The lines' amounts add up to it, read back as the CSV has them.
                let digits = minor_digits(&currency);
                let sum: i64 = lines.iter().filter_map(|r| r.get(11)).filter_map(|a| a.parse::<f64>().ok()).map(|a| minor_of(a, digits)).sum();
                prop_assert_eq!(sum, totals.grand_total.0);
            }
            (_, Some(refused)) => {
                let refused_sentence = common::english().refused(refused);
                prop_assert!(records.iter().any(|r| r.get(1) == Some(refused_sentence.as_str())));
                prop_assert!(grand.is_none());
            }
            (None, None) => prop_assert!(false, "a priced quote has totals or a refusal"),
        }
        for record in &records {
            for field in record.iter() {
                let field = field.trim_start_matches('\u{feff}');
                prop_assert!(!field.starts_with(['=', '+', '-', '@', '\t', '\r']), "{:?}", field);
            }
        }
        let names: BTreeSet<&str> = lines.iter().filter_map(|r| r.get(1)).collect();
        prop_assert_eq!(names.len(), quoted.boq.rows.len());
    }
}

#[test]
fn an_amount_too_large_to_hold_replaces_the_totals_in_every_export() {
    let mut session = fixture("chaos-8-scenarios.quote.json");
    let book = session.quote.price_book.as_mut().expect("priced");
    // Line 1 alone fits; line 2 pushes the one-off total past what can be held exactly.
    book.prices.insert("om-chaos-basic".into(), Minor(i64::MAX - 100));
    book.prices.insert("om-chaos-inc".into(), Minor(100));
    let quoted = Quoted::of(session);
    let refused = common::english().refused(quoted.boq.refused.as_ref().expect("refused"));
    assert!(refused.starts_with("Line 2, Chaos Engineering Drill Service Incremental Package"), "{refused}");

    let records = read_csv(&quoted.csv());
    assert!(records.iter().any(|r| r.get(1) == Some(refused.as_str())), "the sentence instead of the totals");
    assert!(
        !records.iter().any(|r| Language::En.texts().boq.total_labels.contains(&r.get(1).unwrap_or(""))),
        "no total"
    );

    let sheet = read_xlsx(&quoted.xlsx(), "BOQ");
    assert!(sheet.row_of(COL_ITEM, &refused).is_some());
    assert!(sheet.row_of(COL_ITEM, "Grand total over the terms").is_none());

    let document = quoted.document();
    let totals = document.section("totals").expect("totals section");
    assert_eq!(totals.blocks.first(), Some(&Block::Paragraph(refused.clone())));
    let xml = unzip(&quoted.docx(), "word/document.xml");
    assert!(paragraph_texts(&xml).contains(&refused));
}

#[test]
fn control_characters_in_typed_text_never_break_the_files() {
    let mut session = fixture("chaos-8-scenarios.quote.json");
    session.profile.customer_name = "ACME\u{1}\u{7} <Retail> & \"Sons\"\r\nAsia\t\u{b}".into();
    session.quote.title = "\u{0}Title".into();
    let quoted = Quoted::of(session);
    let sheet = read_xlsx(&quoted.xlsx(), "BOQ");
    let customer = sheet.row_of(COL_ITEM, "Customer").map(|r| sheet.text(r, 2)).expect("customer");
    assert!(customer.starts_with("ACME") && customer.contains("<Retail> & \"Sons\""), "{customer:?}");
    let bytes = quoted.docx();
    let xml = unzip(&bytes, "word/document.xml");
    assert!(!xml.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\t')), "no raw control character");
    assert!(paragraph_texts(&xml).iter().any(|p| p.starts_with("ACME") && p.contains("<Retail> & \"Sons\"")));
    let records = read_csv(&quoted.csv());
    assert!(records.iter().any(|r| r.get(1).is_some_and(|c| c.starts_with("ACME"))));
}

#[test]
fn the_spreadsheet_and_word_file_name_key_event_editions_with_their_service() {
    // catalog-rules §8.14: "Basic Edition" alone does not say which service it is.
    let mut session = fixture("audit/onsite-derived.quote.json");
    session.quote.add("ke-standard");
    let quoted = Quoted::of(session);
    let sheet = read_xlsx(&quoted.xlsx(), "BOQ");
    assert!(sheet.row_of(COL_ITEM, "Key Event On-Duty Service Basic Edition").is_some());
    assert!(sheet.row_of(COL_ITEM, "Basic Edition").is_none());
    let paragraphs = paragraph_texts(&unzip(&quoted.docx(), "word/document.xml"));
    assert!(paragraphs.iter().any(|p| p == "Key Event On-Duty Service Standard Edition"));
    assert!(!paragraphs.iter().any(|p| p == "Standard Edition"));
}

#[test]
fn a_drill_priced_per_engagement_says_its_scenarios_in_every_export() {
    let mut session = full_catalog_session();
    session.profile.set_number(NumericInput::ApaasDrillScenarios, Some(8));
    let quoted = Quoted::of(session);
    let recorded = "8 drill scenarios in one engagement (priced per engagement)";
    let row = quoted.boq.rows.iter().find(|r| r.item == "apm-chaos-drill").expect("the aPaaS drill line");
    assert_eq!(row.quantity, 1);
    assert!(quoted.csv().contains(recorded), "CSV");
    assert!(unzip(&quoted.xlsx(), "xl/sharedStrings.xml").contains(recorded), "spreadsheet");
    assert!(unescape(&unzip(&quoted.docx(), "word/document.xml")).contains(recorded), "Word");
}

// ---------------------------------------------------------------------------------------
// The way back: the spreadsheet and the Word file carry the quote

use om_configurator::domain::saved_package::{PackageError, QUOTE_PART};
use om_configurator::domain::session::SessionError;

/// `package` with the entry `name` replaced by `content` (as another program saving the
/// file would write it).
fn with_entry(package: &[u8], name: &str, content: &str) -> Vec<u8> {
    use std::io::Write;
    let mut archive = zip::ZipArchive::new(Cursor::new(package)).expect("a zip");
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).expect("entry");
        let entry_name = entry.name().expect("name").to_string();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).expect("read");
        // Stored, not deflated: the reader handles both.
        writer
            .start_file(
                entry_name.as_str(),
                zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored),
            )
            .expect("start");
        writer.write_all(if entry_name == name { content.as_bytes() } else { &bytes }).expect("write");
    }
    writer.finish().expect("finish").into_inner()
}

fn part(package: &[u8], name: &str) -> String {
    unzip(package, name)
}

#[test]
fn the_spreadsheet_and_the_word_file_reopen_the_exact_quote_in_every_language() {
    let session = fixture("full-catalog-sample-prices.quote.json");
    let catalog = catalog();
    for language in Language::ALL {
        for format in [Format::Xlsx, Format::Docx] {
            let bytes = export(&catalog, &session, format, language).expect("export");
            let loaded = Session::from_saved_file(&bytes).expect("the file gives back its quote");
            assert_eq!(loaded.session, session, "{format:?} {language:?}");
            assert!(loaded.upgraded.is_none());
        }
    }
    // A saved-quote file still loads through the same door.
    let json = session.to_json();
    assert_eq!(Session::from_saved_file(json.as_bytes()).expect("json").session, session);
}

#[test]
fn a_quote_edited_inside_the_file_is_read_as_it_says_or_refused() {
    let session = fixture("chaos-8-scenarios.quote.json");
    let bytes = export(&catalog(), &session, Format::Xlsx, Language::En).expect("export");
    let xml = part(&bytes, QUOTE_PART);
    // Edited to another valid quote: read as it now says.
    let renamed = xml.replace(&format!("\"title\":\"{}\"", session.quote.title), "\"title\":\"Edited outside\"");
    assert_ne!(renamed, xml);
    let edited = Session::from_saved_file(&with_entry(&bytes, QUOTE_PART, &renamed)).expect("still a quote");
    assert_eq!(edited.session.quote.title, "Edited outside");
    assert_eq!(edited.session.quote.lines(), session.quote.lines());
    // Edited outside the bounds: refused by the same bound as a quote file.
    let term = xml.replace(&format!("\"term_months\":{}", session.quote.term_months), "\"term_months\":99");
    assert_ne!(term, xml);
    assert!(matches!(
        Session::from_saved_file(&with_entry(&bytes, QUOTE_PART, &term)),
        Err(SessionError::OutOfBounds(_))
    ));
    // Broken JSON, markup inside, or the part emptied: refused, nothing half-read.
    let broken = xml.replace("\"version\":3", "\"version\":");
    assert!(matches!(
        Session::from_saved_file(&with_entry(&bytes, QUOTE_PART, &broken)),
        Err(SessionError::NotASavedQuote(_))
    ));
    let markup = xml.replace("{\"version\"", "<b/>{\"version\"");
    assert_eq!(
        Session::from_saved_file(&with_entry(&bytes, QUOTE_PART, &markup)).err(),
        Some(SessionError::Package(PackageError::Malformed))
    );
    assert_eq!(
        Session::from_saved_file(&with_entry(&bytes, QUOTE_PART, "<x/>")).err(),
        Some(SessionError::Package(PackageError::NoQuote))
    );
}

#[test]
fn a_file_without_the_quote_or_cut_short_is_refused_naming_why() {
    let quoted = Quoted::of(fixture("chaos-8-scenarios.quote.json"));
    // The writers alone (another program's spreadsheet) hold no quote.
    assert_eq!(Session::from_saved_file(&quoted.xlsx()).err(), Some(SessionError::Package(PackageError::NoQuote)));
    assert_eq!(Session::from_saved_file(&quoted.docx()).err(), Some(SessionError::Package(PackageError::NoQuote)));
    let bytes = export(&quoted.catalog, &quoted.session, Format::Docx, Language::En).expect("export");
    for cut in [bytes.len() / 2, bytes.len() - 30, 40] {
        assert_eq!(
            Session::from_saved_file(&bytes[..cut]).err(),
            Some(SessionError::Package(PackageError::Damaged)),
            "cut at {cut}"
        );
    }
    let worded = om_configurator::present::refusals::session(
        Language::En.texts(),
        &SessionError::Package(PackageError::NoQuote),
    );
    assert!(worded.contains("holds no quote"), "{worded}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

    /// Any quote the app can save comes back from its spreadsheet and its Word file.
    #[test]
    fn any_quote_round_trips_through_its_spreadsheet_and_word_file(session in arb_session()) {
        let catalog = catalog();
        let session = Session::from_json(&session.to_json()).expect("saved quote").session;
        for format in [Format::Xlsx, Format::Docx] {
            let bytes = export(&catalog, &session, format, Language::En).expect("export");
            prop_assert_eq!(&Session::from_saved_file(&bytes).expect("back").session, &session);
        }
    }
}

#[test]
fn the_printed_proposals_way_back_is_its_link_and_a_qr_code_when_it_fits() {
    let quoted = Quoted::of(fixture("chaos-8-scenarios.quote.json"));
    let texts = Language::En.texts();
    let link = format!(
        "https://example.test/app/{}",
        om_configurator::domain::share_link::link_fragment(&quoted.catalog, &quoted.session)
    );
    let document = quoted.document().with_way_back(texts, &link);
    let last = document.sections.last().expect("sections");
    assert_eq!(last.id, "reopen");
    assert!(matches!(last.blocks.last(), Some(Block::Paragraph(text)) if *text == link));
    let svg = document.qr_svg.expect("a short link fits a QR code");
    assert!(svg.starts_with("<svg") && svg.contains("aria-label=\"QR code of the link that reopens this quote\""));
    // The modules: a square of 21 to 137 modules plus the quiet zone.
    let side: u32 = svg
        .split("viewBox=\"0 0 ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .expect("viewBox");
    assert!((21 + 8..=137 + 8).contains(&side), "{side}");
    // A link too long for a readable code gets none (the link alone is printed).
    let long = format!("https://example.test/#q2.{}", "A".repeat(3_000));
    assert_eq!(om_configurator::present::document::qr_svg(&long, "label"), None);
    // Without a link (the Word file, the command line), no such part.
    assert!(quoted.document().section("reopen").is_none());
}

// ---------------------------------------------------------------------------------------
// A quote of several options (catalog-rules §10)

#[test]
fn the_csv_of_two_options_has_an_option_column_and_each_options_own_lines_and_totals() {
    use om_configurator::present::compare::option_name;
    let quoted = Quoted::of(fixture("two-options.quote.json"));
    let records = read_csv(&quoted.csv());
    let header = records.iter().find(|r| r.get(0) == Some("Option")).expect("an option column first");
    assert_eq!(header.get(1), Some("No"));
    let texts = Language::En.texts();
    for (position, option) in quoted.session.option_quotes().iter().enumerate() {
        let alone = Quoted::of(quoted.session.option_session(position).expect("option"));
        let name = option_name(texts, option.letter, &option.name);
        let rows: Vec<_> = records.iter().filter(|r| r.get(0) == Some(name.as_str())).collect();
        assert_eq!(rows.len(), alone.boq.rows.len() + 4, "{name}: its lines and four totals");
        for (record, line) in rows.iter().zip(&alone.boq.rows) {
            assert_eq!(record.get(2), Some(line.name.as_str()), "{name}");
        }
        let grand = rows.last().expect("grand total row");
        let totals = alone.boq.totals.as_ref().expect("priced");
        assert_eq!(grand.get(2), Some("Grand total over the terms"));
        assert_eq!(grand.get(12), Some(decimal_text("USD", totals.grand_total).as_str()), "{name}");
    }
    // A quote of one option keeps the layout it always had.
    let single = Quoted::of(fixture("chaos-8-scenarios.quote.json"));
    assert!(read_csv(&single.csv()).iter().all(|r| r.get(0) != Some("Option")));
}

#[test]
fn the_spreadsheet_of_two_options_has_a_sheet_each_and_a_comparison_whose_differences_are_formulas() {
    let quoted = Quoted::of(fixture("two-options.quote.json"));
    let bytes = quoted.xlsx();
    let workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes.clone())).expect("an xlsx file");
    assert_eq!(workbook.sheet_names(), ["Option A", "Option B", "Options compared", "Findings"]);
    let totals: Vec<_> = (0..2)
        .map(|n| Quoted::of(quoted.session.option_session(n).expect("option")).boq.totals.expect("priced"))
        .collect();
    // Each option's sheet is a BOQ sheet of its own, named after the option.
    let option_b = read_xlsx(&bytes, "Option B");
    assert_eq!(option_b.text(1, COL_ITEM), "Option B: drills and support");
    let grand_b = option_b.row_of(COL_ITEM, "Grand total over the terms").expect("B's grand total");
    assert_eq!(minor_of(option_b.number(grand_b, COL_AMOUNT).expect("cached"), 2), totals[1].grand_total.0);

    let compared = read_xlsx(&bytes, "Options compared");
    assert_eq!(compared.text(4, 1), "Option A: drills only");
    assert_eq!(compared.text(4, 2), "Option B: drills and support");
    let row = compared.row_of(0, "Grand total over the terms").expect("grand total row");
    assert!(compared.formula(row, 1).starts_with("'Option A'!K"), "{}", compared.formula(row, 1));
    assert_eq!(compared.formula(row, 2), format!("'Option B'!K{}", grand_b + 1));
    assert_eq!(minor_of(compared.number(row, 2).expect("cached"), 2), totals[1].grand_total.0);
    let difference = compared
        .row_of(0, "Grand total over the terms, difference from Option A: drills only")
        .expect("difference row");
    assert_eq!(difference, row + 1);
    assert_eq!(compared.formula(difference, 2), format!("C{}-B{}", row + 1, row + 1));
    assert_eq!(
        minor_of(compared.number(difference, 2).expect("cached"), 2),
        totals[1].grand_total.0 - totals[0].grand_total.0
    );
    assert_eq!(compared.text(difference, 1), "\u{2014}", "no difference of the first option from itself");
    // The marks say what differs, in the compare view's words.
    let support = compared.row_of(0, "aPaaS Technical Support Services (Per 20 Instances)").expect("support row");
    assert!(compared.text(support, 2).starts_with("Added\n"), "{}", compared.text(support, 2));
    assert_eq!(compared.text(support, 1), "Not in this option");
}

// ---------------------------------------------------------------------------------------
// Prices that are not the published ones

#[test]
fn a_proposal_whose_prices_differ_from_the_published_book_says_so_in_print_and_in_word() {
    use om_configurator::export::export_evaluated;
    let catalog = catalog();
    let mut published = PriceBook::empty("SGD");
    published.name = "ACME Cloud Partners price list".into();
    published.date = Some("2026-11-01".into());
    published.prices.insert("om-chaos-basic".into(), Minor(900_000));
    published.prices.insert("om-chaos-inc".into(), Minor(100_000));
    let mut carried = published.clone();
    carried.prices.insert("om-chaos-basic".into(), Minor(800_000));
    let mut session = Session { profile: common::profile(), ..Session::new() };
    session.quote.add("om-chaos-basic".to_string());
    session.quote.price_book = Some(carried);
    let quoted = Quoted::of(session.clone());
    let note = "These prices are not the published ones (ACME Cloud Partners price list, published on 2026-11-01): \
                Chaos Engineering Drill Service Basic Edition: SGD 9,000.00 published, SGD 8,000.00 in this proposal.";
    let document = quoted.document().with_published_prices(&catalog, &session, &published);
    let summary = document.section("summary").expect("summary");
    assert!(summary.blocks.contains(&Block::Paragraph(note.into())), "{:?}", summary.blocks);
    let bytes = export_evaluated(&catalog, &session, &quoted.evaluation, Format::Docx, Language::En, Some(&published))
        .expect("Word file");
    assert!(paragraph_texts(&unzip(&bytes, "word/document.xml")).iter().any(|p| p == note));
    // The published prices themselves: nothing to say.
    session.quote.price_book = Some(published.clone());
    let agreeing = Quoted::of(session.clone());
    assert_eq!(agreeing.document().with_published_prices(&catalog, &session, &published), agreeing.document());
}
