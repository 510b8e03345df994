//! The `om-quote` command line on fixture files: its JSON and its exit status. The
//! expected figures are worked out from catalog-rules §2 and §7 by hand, not by the engine.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/quotes");

fn om_quote(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_om-quote")).args(args).output().expect("om-quote runs")
}

fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}")
}

fn documents(output: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("one JSON document per line"))
        .collect()
}

#[test]
fn a_good_file_prints_its_boq_totals_and_findings() {
    let output = om_quote(&["evaluate", &fixture("chaos-8-scenarios.quote.json")]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let docs = documents(&output);
    assert_eq!(docs.len(), 1);
    let report = &docs[0]["report"];
    assert_eq!(report["customer"], "ACME Retail");
    assert_eq!(report["minor_digits"], 2);
    let rows = report["boq"]["rows"].as_array().expect("rows");
    let row = |item: &str| rows.iter().find(|r| r["item"] == item).unwrap_or_else(|| panic!("{item} row"));
    // §2: 8 scenarios = Basic Edition (5) + 3 Incremental Packages.
    assert_eq!(row("om-chaos-basic")["quantity"], 1);
    assert_eq!(row("om-chaos-inc")["quantity"], 3);
    assert_eq!(row("om-chaos-inc")["amount"], 3 * 150_050);
    // 40 instances needing support: 2 blocks of 20; 3,333.33 x 2 less 10 % = 5,999.994
    // -> 5,999.99 a month (rounded once), x 12 months exactly = 71,999.88.
    assert_eq!(row("apm-tech-support")["quantity"], 2);
    assert_eq!(row("apm-tech-support")["monthly"], 599_999);
    assert_eq!(row("apm-tech-support")["amount"], 7_199_988);
    let totals = &report["boq"]["totals"];
    assert_eq!(totals["one_off"], 1_000_000 + 450_150);
    assert_eq!(totals["monthly"], 599_999);
    assert_eq!(totals["yearly"], 12 * 599_999);
    assert_eq!(totals["grand_total"], 1_000_000 + 450_150 + 7_199_988);
    let findings = report["findings"].as_array().expect("findings");
    assert!(findings
        .iter()
        .any(|f| f["message"] == "8 drill scenarios: Basic Edition covers 5, so 3 Incremental Packages."));
}

#[test]
fn a_version_1_file_is_upgraded_and_says_how() {
    let output = om_quote(&["evaluate", &fixture("version-1.quote.json")]);
    assert_eq!(output.status.code(), Some(0));
    let report = &documents(&output)[0]["report"];
    assert_eq!(report["format"], 3);
    assert!(report["upgraded"].as_str().expect("told").contains("instances (300) now fills"));
    // The old single answer fills the support input too: 300 / 20 = 15 blocks.
    assert_eq!(report["boq"]["rows"][0]["quantity"], 15);
}

#[test]
fn refused_files_are_named_with_the_reason_and_exit_1() {
    for (name, reason) in [
        ("unknown-field.quote.json", "unknown field `unit_price`"),
        ("term-too-long.quote.json", "quote.term_months is 4294967295 months, but it must be 1 to 36 months"),
    ] {
        let output = om_quote(&["evaluate", &fixture(name)]);
        assert_eq!(output.status.code(), Some(1), "{name}");
        let docs = documents(&output);
        assert!(docs[0]["refused"].as_str().expect("a reason").contains(reason), "{name}: {}", docs[0]);
        assert!(docs[0].get("report").is_none());
    }
}

#[test]
fn several_files_give_one_line_each_and_any_refusal_fails_the_run() {
    let output =
        om_quote(&["evaluate", &fixture("chaos-8-scenarios.quote.json"), &fixture("unknown-field.quote.json")]);
    assert_eq!(output.status.code(), Some(1));
    let docs = documents(&output);
    assert_eq!(docs.len(), 2);
    assert!(docs[0].get("report").is_some() && docs[1].get("refused").is_some());
}

#[test]
fn strict_mode_fails_a_quote_that_cannot_be_issued() {
    // The fixture's quote has no open error; a base without its sizing input has one.
    let ok = om_quote(&["evaluate", "--strict", &fixture("chaos-8-scenarios.quote.json")]);
    assert_eq!(ok.status.code(), Some(0));
    let mut child = Command::new(env!("CARGO_BIN_EXE_om-quote"))
        .args(["evaluate", "--strict", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(
            br#"{"version":2,"profile":{"region":"Singapore"},"quote":{"lines":[{"item":"om-release-onsite-std"}]}}"#,
        )
        .expect("write");
    let output = child.wait_with_output().expect("runs");
    assert_eq!(output.status.code(), Some(3));
    let report = &documents(&output)[0]["report"];
    assert_eq!(report["can_issue"], false);
    let needs = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["key"]["subject"] == "number:om_release_applications");
    assert!(needs.is_some_and(|f| f["severity"] == "error"), "needs the applications");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(om_quote(&[]).status.code(), Some(2));
    assert_eq!(om_quote(&["evaluate"]).status.code(), Some(2));
    assert_eq!(om_quote(&["evaluate", "--colour", "x"]).status.code(), Some(2));
    assert_eq!(om_quote(&["frobnicate", "x"]).status.code(), Some(2));
}

// ---------------------------------------------------------------------------------------
// om-quote export

fn temp_path(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("om-quote-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir.join(name)
}

#[test]
fn export_writes_the_csv_to_stdout() {
    let output = om_quote(&["export", "--format", "csv", &fixture("chaos-8-scenarios.quote.json")]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(text.starts_with("\u{feff}Customer,ACME Retail\r\n"), "{text}");
    assert!(text.contains("\r\n,Grand total over the terms,,,,,,USD,,,,86501.38,\r\n"), "{text}");
}

#[test]
fn export_writes_xlsx_and_docx_files_identical_to_the_library() {
    let session = {
        let text = std::fs::read_to_string(fixture("full-catalog-sample-prices.quote.json")).expect("fixture");
        om_configurator::domain::session::Session::from_json(&text).expect("saved quote").session
    };
    let catalog = om_configurator::domain::catalog::Catalog::embedded().expect("catalog");
    for format in ["xlsx", "docx", "csv"] {
        let out = temp_path(&format!("full.{format}"));
        let output = om_quote(&[
            "export",
            "--format",
            format,
            "--out",
            out.to_str().expect("path"),
            &fixture("full-catalog-sample-prices.quote.json"),
        ]);
        assert_eq!(output.status.code(), Some(0), "{format}: {}", String::from_utf8_lossy(&output.stderr));
        let written = std::fs::read(&out).expect("written");
        let kind = om_configurator::export::Format::parse(format).expect("format");
        let expected =
            om_configurator::export::export(&catalog, &session, kind, om_configurator::present::text::Language::En)
                .expect("export");
        assert!(written == expected, "{format}: the command line writes what the app writes");
        assert!(written.len() > 1000, "{format}");
    }
}

#[test]
fn export_strict_writes_the_file_and_exits_3_when_the_quote_cannot_be_issued() {
    // The whole catalog holds editions that exclude each other: errors are open.
    let out = temp_path("strict.docx");
    let output = om_quote(&[
        "export",
        "--strict",
        "--format",
        "docx",
        "--out",
        out.to_str().expect("path"),
        &fixture("full-catalog-sample-prices.quote.json"),
    ]);
    assert_eq!(output.status.code(), Some(3));
    assert!(std::fs::metadata(&out).is_ok_and(|m| m.len() > 0), "the DRAFT proposal is written");
    let ok = om_quote(&["export", "--strict", "--format", "csv", &fixture("chaos-8-scenarios.quote.json")]);
    assert_eq!(ok.status.code(), Some(0));
}

#[test]
fn export_refuses_a_bad_file_and_writes_nothing() {
    let out = temp_path("refused.xlsx");
    let _ = std::fs::remove_file(&out);
    let output = om_quote(&[
        "export",
        "--format",
        "xlsx",
        "--out",
        out.to_str().expect("path"),
        &fixture("unknown-field.quote.json"),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("unknown field `unit_price`"));
    assert!(!out.exists(), "nothing is written for a refused file");
}

#[test]
fn export_lang_writes_the_apps_documents_in_that_language_with_plain_numbers() {
    use om_configurator::present::text::Language;
    let file = fixture("full-catalog-sample-prices.quote.json");
    let session = {
        let text = std::fs::read_to_string(&file).expect("fixture");
        om_configurator::domain::session::Session::from_json(&text).expect("saved quote").session
    };
    let catalog = om_configurator::domain::catalog::Catalog::embedded().expect("catalog");
    for (tag, language) in [("zh-CN", Language::ZhCn), ("id", Language::Id)] {
        for format in ["docx", "xlsx", "csv"] {
            let out = temp_path(&format!("full-{tag}.{format}"));
            let output =
                om_quote(&["export", "--lang", tag, "--format", format, "--out", out.to_str().expect("path"), &file]);
            assert_eq!(output.status.code(), Some(0), "{tag} {format}: {}", String::from_utf8_lossy(&output.stderr));
            let written = std::fs::read(&out).expect("written");
            let kind = om_configurator::export::Format::parse(format).expect("format");
            let expected = om_configurator::export::export(&catalog, &session, kind, language).expect("export");
            assert!(written == expected, "{tag} {format}: the command line writes what the app writes");
            let english = om_configurator::export::export(&catalog, &session, kind, Language::En).expect("export");
            assert!(written != english, "{tag} {format}: not the English file");
        }
        // The CSV's headings are in the language; its numbers stay plain for a spreadsheet.
        let csv = om_quote(&["export", "--lang", tag, "--format", "csv", &file]);
        let text = String::from_utf8(csv.stdout).expect("UTF-8");
        let grand_total =
            Language::ALL.into_iter().find(|l| *l == language).map(|l| l.texts().boq.total_labels[3]).expect("label");
        let line = text.lines().find(|line| line.contains(grand_total)).expect("the grand total's line");
        assert!(line.contains(",USD,"), "{line}");
        let amount = line.split(',').rev().nth(1).expect("amount");
        assert!(amount.contains('.') && !amount.contains(' '), "{tag}: plain number {amount}");
    }
}

#[test]
fn evaluate_reads_the_quote_back_from_an_exported_spreadsheet_or_word_file() {
    let file = fixture("full-catalog-sample-prices.quote.json");
    let from_json = om_quote(&["evaluate", &file]);
    assert_eq!(from_json.status.code(), Some(0));
    let report = |output: &Output| -> Value {
        let line: Value = serde_json::from_slice(&output.stdout).expect("JSON");
        line.get("report").cloned().expect("a report")
    };
    for format in ["xlsx", "docx"] {
        let out = temp_path(&format!("way-back.{format}"));
        let path = out.to_str().expect("path");
        assert_eq!(
            om_quote(&["export", "--lang", "id", "--format", format, "--out", path, &file]).status.code(),
            Some(0)
        );
        let from_export = om_quote(&["evaluate", path]);
        assert_eq!(from_export.status.code(), Some(0), "{}", String::from_utf8_lossy(&from_export.stdout));
        assert_eq!(report(&from_export), report(&from_json), "{format}: the same quote, the same report");
    }
}

#[test]
fn export_usage_errors_exit_2() {
    let file = fixture("chaos-8-scenarios.quote.json");
    for args in [
        vec!["export", file.as_str()],                                    // no format
        vec!["export", "--format", "pdf", file.as_str()],                 // unknown format
        vec!["export", "--format", "xlsx", file.as_str()],                // binary to the terminal
        vec!["export", "--format", "docx", file.as_str()],                // binary to the terminal
        vec!["export", "--format", "csv"],                                // no file
        vec!["export", "--format", "csv", file.as_str(), file.as_str()],  // two files
        vec!["export", "--format"],                                       // no value
        vec!["export", "--format", "csv", "--colour", file.as_str()],     // unknown option
        vec!["export", "--format", "csv", "--lang", "fr", file.as_str()], // unknown language
        vec!["export", "--format", "csv", file.as_str(), "--lang"],       // no language
    ] {
        assert_eq!(om_quote(&args).status.code(), Some(2), "{args:?}");
    }
}

// ---------------------------------------------------------------------------------------
// The audit's edge cases (catalog-rules §7, §8.6, §8.15), one fixture file each under
// tests/fixtures/quotes/audit/. Expected figures follow the spec, worked out by hand.

fn audit(name: &str) -> (Option<i32>, Value) {
    let output = om_quote(&["evaluate", &fixture(&format!("audit/{name}"))]);
    let mut docs = documents(&output);
    assert_eq!(docs.len(), 1, "{name}");
    (output.status.code(), docs.remove(0))
}

fn audit_report(name: &str) -> Value {
    let (code, doc) = audit(name);
    assert_eq!(code, Some(0), "{name}: {doc}");
    doc["report"].clone()
}

fn row<'a>(report: &'a Value, item: &str) -> Option<&'a Value> {
    report["boq"]["rows"].as_array().expect("rows").iter().find(|r| r["item"] == item)
}

fn findings_of<'a>(report: &'a Value, rule: &str) -> Vec<&'a Value> {
    report["findings"].as_array().expect("findings").iter().filter(|f| f["key"]["rule"] == rule).collect()
}

#[test]
fn audit_files_with_an_empty_or_blank_reason_are_refused_naming_it() {
    for (name, field, given) in [
        ("exception-empty-reason.quote.json", "quote.exceptions[0].reason", "empty"),
        ("exception-blank-reason.quote.json", "quote.exceptions[0].reason", "only spaces"),
        ("override-empty-reason.quote.json", "quote.lines[1].quantity_override.reason", "empty"),
        ("override-blank-reason.quote.json", "quote.lines[1].quantity_override.reason", "only spaces"),
    ] {
        let (code, doc) = audit(name);
        assert_eq!(code, Some(1), "{name}");
        assert_eq!(
            doc["refused"],
            format!("{field} is {given}, but it must be a written reason (at least one character that is not a space)"),
            "{name}"
        );
    }
}

#[test]
fn audit_onsite_support_is_billed_once_whatever_the_line_asks() {
    // Price 1,200.00 (120000 minor units): billed once in every case.
    for (name, corrected) in [
        ("onsite-quantity-0.quote.json", Some(0)),
        ("onsite-quantity-1.quote.json", None),
        ("onsite-quantity-3.quote.json", Some(3)),
        ("onsite-derived.quote.json", None),
    ] {
        let report = audit_report(name);
        let onsite = row(&report, "ke-onsite").unwrap_or_else(|| panic!("{name}: onsite row"));
        assert_eq!((onsite["quantity"].as_u64(), onsite["amount"].as_i64()), (Some(1), Some(120_000)), "{name}");
        assert_eq!(report["boq"]["totals"]["grand_total"], 500_000 + 120_000, "{name}");
        let messages: Vec<&str> =
            findings_of(&report, "quantity_corrected").iter().filter_map(|f| f["message"].as_str()).collect();
        match corrected {
            Some(asked) => assert_eq!(
                messages,
                [format!("Onsite support: quantity {asked} corrected to 1, because a quote covers one key event.")],
                "{name}"
            ),
            None => assert!(messages.is_empty(), "{name}: {messages:?}"),
        }
    }
    let derived = audit_report("onsite-derived.quote.json");
    assert_eq!(row(&derived, "ke-onsite").and_then(|r| r["derived"].as_bool()), Some(true));
    let edition = audit_report("edition-override-3.quote.json");
    assert_eq!(row(&edition, "ke-basic").and_then(|r| r["quantity"].as_u64()), Some(1));
    assert_eq!(findings_of(&edition, "quantity_corrected").len(), 1);
}

#[test]
fn audit_an_excepted_missing_base_keeps_the_increments_sized() {
    let report = audit_report("excepted-missing-base-8-scenarios.quote.json");
    // 8 scenarios: 3 beyond the Basic Edition's 5, although the Basic Edition is absent.
    assert_eq!(row(&report, "om-chaos-inc").and_then(|r| r["quantity"].as_u64()), Some(3));
    let missing = findings_of(&report, "missing_base");
    assert_eq!(missing.len(), 1);
    assert_eq!(missing[0]["exception"], "Basic Edition bought through a partner");
    assert_eq!(report["can_issue"], true);
}

#[test]
fn audit_a_refused_amount_cannot_be_issued_even_with_an_exception_in_the_file() {
    let report = audit_report("amount-too-large.quote.json");
    assert_eq!(report["can_issue"], false);
    assert_eq!(report["boq"]["totals"], Value::Null);
    let refused = findings_of(&report, "amount_too_large");
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0]["severity"], "error");
    assert_eq!(refused[0]["exception"], Value::Null, "the file's exception is not applied");
    let strict = om_quote(&["evaluate", "--strict", &fixture("audit/amount-too-large.quote.json")]);
    assert_eq!(strict.status.code(), Some(3));
}

#[test]
fn audit_citations_and_assumptions_are_listed() {
    let report = audit_report("whole-years-and-line-decisions.quote.json");
    let term = findings_of(&report, "term");
    assert_eq!(term.len(), 1);
    let cited: Vec<&str> =
        term[0]["citations"].as_array().expect("citations").iter().filter_map(|c| c["section"].as_str()).collect();
    assert_eq!(cited, ["catalog-rules \u{a7}8.15"]);
    assert!(term[0]["citations"][0]["sentence"] == "This service is provided twice a year.");
    let assumptions: Vec<&str> =
        report["assumptions"].as_array().expect("assumptions").iter().filter_map(|c| c["section"].as_str()).collect();
    // 8.1 (package, person-day), 8.12 (Security: no scenario; Senior Consultant:
    // inherited), 8.15 (whole years), in section order; 8.2 is not applied (the
    // increment's base is quoted).
    assert_eq!(assumptions, ["catalog-rules \u{a7}8.1", "catalog-rules \u{a7}8.12", "catalog-rules \u{a7}8.15"]);
}

#[test]
fn audit_the_chaos_drill_technical_support_band_is_a_warning() {
    let report = audit_report("chaos-support-band-warning.quote.json");
    let bands = findings_of(&report, "size_band");
    assert_eq!(bands.len(), 1);
    assert_eq!(bands[0]["severity"], "warning");
    // Final with prerequisites unconfirmed: those are the only errors.
    let errors: Vec<&Value> =
        report["findings"].as_array().expect("findings").iter().filter(|f| f["severity"] == "error").collect();
    assert!(errors.iter().all(|f| f["key"]["rule"] == "prerequisite"), "{errors:?}");
}

#[test]
fn evaluate_reports_each_option_alone() {
    use om_configurator::domain::session::Session;
    let text = std::fs::read_to_string(fixture("chaos-8-scenarios.quote.json")).expect("fixture");
    let mut session = Session::from_json(&text).expect("opens").session;
    session.copy_option();
    session.options.rename(1, "with Key Event");
    session.quote.add("ke-basic");
    session.quote.add("ke-standard");
    session.switch_option(0);
    let path = temp_path("two-options.quote.json");
    std::fs::write(&path, session.to_json()).expect("written");
    let output = om_quote(&["evaluate", path.to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(0));
    let report = &documents(&output)[0]["report"];
    let options = report["options"].as_array().expect("a report per option");
    assert_eq!(options.len(), 2);
    assert_eq!((options[0]["letter"].as_str(), options[0]["edited"].as_bool()), (Some("A"), Some(true)));
    assert_eq!(options[1]["name"], "with Key Event");
    let mentions_key_event = |option: &Value| {
        option["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .any(|f| f["item"].as_str().is_some_and(|i| i.starts_with("ke-")))
    };
    assert!(!mentions_key_event(&options[0]), "A's report has none of B's findings");
    assert!(mentions_key_event(&options[1]));
    assert_eq!(options[1]["can_issue"], false, "both Key Event editions: an error");
    assert_eq!(report["boq"], options[0]["boq"], "the report's own BOQ is the edited option's");
}
