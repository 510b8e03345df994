//! Fuzzing every decoder of outside input: the saved quote / stored session
//! ([`Session::from_json`]), the share link ([`read_link`]), the price book in JSON and
//! CSV ([`PriceBook::from_json`], [`PriceBook::from_csv`]) and the stored index of quotes
//! ([`QuoteLibrary::from_json`]).
//!
//! Each decoder first reads its regression corpus, `tests/fuzz-corpus/<decoder>/`: a file
//! named `ok-*` must be accepted and `bad-*` refused (the inputs just over 1 MB are made
//! here rather than committed). Then it reads arbitrary input and mutations of valid input
//! (bits flipped, bytes inserted and deleted, truncation, hostile tokens spliced in: huge
//! numbers, deep nesting, long text, unknown fields, other versions, a byte order mark,
//! NaN; JSON values replaced, added, removed or repeated). For every input:
//! 1. it never panics (each call runs under `catch_unwind`; the input is kept);
//! 2. what it accepts is within the bounds of catalog-rules §8.13 and, re-encoded with the
//!    app's own encoder, decodes to the same value;
//! 3. it never changes the work: decoding is pure, so the same input decodes twice to the
//!    same result, and a session kept beside it is left as it was.
//!
//! Short mode (plain `cargo test`): a fixed seed and [`SHORT_CASES`] inputs per decoder.
//! Long mode, on demand:
//! `FUZZ_CASES=200000 cargo test --release --test fuzz -- --nocapture`
//! (`FUZZ_SEED=<number>` draws another stream of inputs). Each decoder prints one line of
//! figures; an input that fails is written to `target/tmp/fuzz-findings/<decoder>/` so it
//! can be added to the corpus.

#![cfg(not(target_arch = "wasm32"))] // proptest runs natively only

mod common;

use std::any::Any;
use std::collections::BTreeSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use common::catalog;
use om_configurator::domain::bounds::{MAX_FILE_BYTES, MAX_TEXT_CHARS};
use om_configurator::domain::catalog::Catalog;
use om_configurator::domain::library::QuoteLibrary;
use om_configurator::domain::link_codec::{base64url_encode, deflate};
use om_configurator::domain::money::{decimal_text, MoneyError};
use om_configurator::domain::price_book::{LoadedPriceBook, PriceBook};
use om_configurator::domain::session::{LoadedSession, Session, SESSION_VERSION};
use om_configurator::domain::share_link::{
    catalog_versions, encode_bytes, link_fragment, read_link, LinkPayload, LINK_PREFIX, MAX_LINK_CHARS,
};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::Value;

/// Inputs per decoder in the short mode (half arbitrary, half mutated): a few thousand
/// keep the whole file well under a minute in a debug build on two cores.
const SHORT_CASES: usize = 4000;

/// Inputs per decoder: `FUZZ_CASES` when set (the long mode), else [`SHORT_CASES`].
fn cases() -> usize {
    match std::env::var("FUZZ_CASES") {
        Ok(text) => text.trim().parse().unwrap_or_else(|_| panic!("FUZZ_CASES must be a whole number, not {text:?}")),
        Err(_) => SHORT_CASES,
    }
}

/// The fixed seed of a decoder's stream (each decoder draws its own), varied by
/// `FUZZ_SEED` when set.
fn rng_for(decoder: &str) -> TestRng {
    let extra: u64 = std::env::var("FUZZ_SEED").ok().and_then(|text| text.trim().parse().ok()).unwrap_or(0);
    let mut seed = *b"om-configurator fuzz, seed no. 1";
    for (n, byte) in decoder.bytes().enumerate() {
        seed[n % 32] ^= byte;
    }
    for (n, byte) in extra.to_le_bytes().into_iter().enumerate() {
        seed[24 + n] ^= byte;
    }
    TestRng::from_seed(RngAlgorithm::ChaCha, &seed)
}

// ------------------------------------------------------------------------------ driver

/// What one decoding showed.
enum Verdict {
    /// Refused with its typed error.
    Refused,
    /// Accepted, within the bounds, and re-encoded to the same value.
    Accepted,
    /// Accepted a value outside the bounds of §8.13: which one.
    OutOfBounds(String),
    /// Decoded twice to different results, or re-encoded to a different value or to one
    /// it then refuses: what differed.
    Inconsistent(String),
}

/// One input that broke a property, for the report and the findings folder.
struct Finding {
    kind: &'static str,
    input_name: String,
    detail: String,
    input: String,
}

/// The running figures of one decoder.
#[derive(Default)]
struct Figures {
    arbitrary: usize,
    mutated: usize,
    panics: usize,
    out_of_bounds: usize,
    inconsistent: usize,
    accepted: usize,
    findings: Vec<Finding>,
}

impl Figures {
    /// Runs the check on one input under `catch_unwind` and records what it showed;
    /// returns the verdict (`None` for a panic).
    fn record(&mut self, name: String, input: &str, check: &dyn Fn(&str) -> Verdict) -> Option<bool> {
        let verdict = catch_unwind(AssertUnwindSafe(|| check(input)));
        let (kind, detail) = match verdict {
            Ok(Verdict::Accepted) => {
                self.accepted += 1;
                return Some(true);
            }
            Ok(Verdict::Refused) => return Some(false),
            Ok(Verdict::OutOfBounds(detail)) => {
                self.out_of_bounds += 1;
                ("out-of-bounds", detail)
            }
            Ok(Verdict::Inconsistent(detail)) => {
                self.inconsistent += 1;
                ("inconsistent", detail)
            }
            Err(payload) => {
                self.panics += 1;
                ("panic", panic_message(payload.as_ref()))
            }
        };
        self.findings.push(Finding { kind, input_name: name, detail, input: input.to_string() });
        None
    }
}

/// The message of a caught panic.
fn panic_message(payload: &(dyn Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".into())
}

/// At most 300 characters of an input, escaped, for a failure message.
fn excerpt(text: &str) -> String {
    let shown: String = text.chars().take(300).collect();
    let more = text.chars().count().saturating_sub(300);
    if more > 0 {
        format!("{shown:?} (and {more} more characters)")
    } else {
        format!("{shown:?}")
    }
}

/// The corpus files of a decoder: (file name, contents). Files are read as the app reads
/// a file as text: invalid UTF-8 becomes U+FFFD.
fn corpus_files(decoder: &str) -> Vec<(String, String)> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-corpus").join(decoder);
    let mut files: Vec<(String, String)> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("corpus folder {}: {e}", folder.display()))
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_file())
        .map(|entry| {
            let bytes = std::fs::read(entry.path()).unwrap_or_default();
            (entry.file_name().to_string_lossy().into_owned(), String::from_utf8_lossy(&bytes).into_owned())
        })
        .collect();
    files.sort();
    files
}

/// Runs one decoder over its corpus (plus `made_corpus`, inputs made in code) and then
/// [`cases`] generated inputs, alternately arbitrary and mutated; prints the figures and
/// fails with every input that broke a property.
fn fuzz(
    decoder: &str,
    made_corpus: Vec<(String, String)>,
    arbitrary: BoxedStrategy<String>,
    mutated: BoxedStrategy<String>,
    check: &dyn Fn(&str) -> Verdict,
) {
    // Never changes the work: a valid session beside the decoder is left as it was.
    let work = valid_session();
    let kept = work.clone();
    let mut figures = Figures::default();

    let mut corpus = corpus_files(decoder);
    corpus.extend(made_corpus);
    assert!(corpus.len() >= 5, "{decoder}: the corpus holds a handful of hostile inputs");
    for (name, text) in &corpus {
        let expect_accepted = match name.split('-').next() {
            Some("ok") => true,
            Some("bad") => false,
            _ => panic!("{decoder}: corpus file {name} must be named ok-* or bad-*"),
        };
        if let Some(accepted) = figures.record(format!("corpus {name}"), text, check) {
            if accepted != expect_accepted {
                let detail = if accepted { "accepted, but named bad-*" } else { "refused, but named ok-*" };
                figures.findings.push(Finding {
                    kind: "corpus",
                    input_name: format!("corpus {name}"),
                    detail: detail.into(),
                    input: text.clone(),
                });
            }
        }
    }

    let config = Config { failure_persistence: None, rng_algorithm: RngAlgorithm::ChaCha, ..Config::default() };
    let mut runner = TestRunner::new_with_rng(config, rng_for(decoder));
    for n in 0..cases() {
        let (strategy, kind) = if n % 2 == 0 { (&arbitrary, "arbitrary") } else { (&mutated, "mutated") };
        let input = match strategy.new_tree(&mut runner) {
            Ok(tree) => tree.current(),
            Err(reason) => panic!("{decoder}: no input could be generated: {reason}"),
        };
        if n % 2 == 0 {
            figures.arbitrary += 1;
        } else {
            figures.mutated += 1;
        }
        figures.record(format!("{kind} input {n}"), &input, check);
    }
    assert_eq!(work, kept, "decoding changed the work beside it");

    println!(
        "fuzz {decoder}: {} inputs ({} arbitrary, {} mutated), {} panics, {} out of bounds, {} inconsistent, accepted {}; corpus {} files as named",
        figures.arbitrary + figures.mutated,
        figures.arbitrary,
        figures.mutated,
        figures.panics,
        figures.out_of_bounds,
        figures.inconsistent,
        figures.accepted,
        corpus.len() - figures.findings.iter().filter(|f| f.input_name.starts_with("corpus")).count(),
    );
    if figures.findings.is_empty() {
        return;
    }
    let folder = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("fuzz-findings").join(decoder);
    let _ = std::fs::remove_dir_all(&folder);
    let _ = std::fs::create_dir_all(&folder);
    let mut report =
        format!("{decoder}: {} inputs broke a property (kept in {}):\n", figures.findings.len(), folder.display());
    for (n, finding) in figures.findings.iter().enumerate() {
        let _ = std::fs::write(folder.join(format!("{}-{n}.txt", finding.kind)), &finding.input);
        if n < 10 {
            report.push_str(&format!(
                "- {} ({}): {}\n  input: {}\n",
                finding.kind,
                finding.input_name,
                finding.detail,
                excerpt(&finding.input)
            ));
        }
    }
    panic!("{report}");
}

// ------------------------------------------------------------------------------ valid inputs

const FULL_QUOTE: &str = include_str!("fixtures/quotes/full-catalog-sample-prices.quote.json");
const CHAOS_QUOTE: &str = include_str!("fixtures/quotes/chaos-8-scenarios.quote.json");
const VERSION_1_QUOTE: &str = include_str!("fixtures/quotes/version-1.quote.json");
const SAMPLE_PRICE_BOOK: &str = include_str!("../public/sample-price-book.json");

/// The session of the full-catalog fixture: the work kept beside every decoder.
fn valid_session() -> Session {
    match Session::from_json(FULL_QUOTE) {
        Ok(loaded) => loaded.session,
        Err(error) => panic!("the full-catalog fixture loads: {error:?}"),
    }
}

/// Valid saved quotes: the fixtures, an empty session and a session with text at its
/// bound (500 characters) in every script.
fn session_seeds() -> Vec<String> {
    let mut edge = valid_session();
    edge.profile.customer_name = "\u{5168}".repeat(MAX_TEXT_CHARS);
    edge.quote.title = "\u{1F600}".repeat(MAX_TEXT_CHARS);
    vec![
        FULL_QUOTE.to_string(),
        CHAOS_QUOTE.to_string(),
        VERSION_1_QUOTE.to_string(),
        Session::new().to_json(),
        edge.to_json(),
        format!("\u{feff}{CHAOS_QUOTE}"),
    ]
}

/// Link payloads (the JSON inside a link) of the valid sessions.
fn payload_seeds(catalog: &Catalog) -> Vec<String> {
    session_seeds()
        .iter()
        .filter_map(|text| Session::from_json(text).ok())
        .map(|loaded| {
            let payload =
                LinkPayload { catalog_versions: catalog_versions(catalog, &loaded.session), session: loaded.session };
            serde_json::to_string(&payload).unwrap_or_default()
        })
        .collect()
}

/// A CSV cell, quoted when it holds a comma or a quote.
fn csv_cell(text: &str) -> String {
    if text.contains([',', '"']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// Valid CSV price books: the sample book by id, by name with the columns in another
/// order, in JPY with CRLF line ends and a byte order mark.
fn csv_seeds(catalog: &Catalog) -> Vec<String> {
    let book = match PriceBook::from_json(catalog, SAMPLE_PRICE_BOOK) {
        Ok(loaded) => loaded.book,
        Err(error) => panic!("the sample price book loads: {error:?}"),
    };
    let mut by_id = String::from("item,unit_price,currency,illustrative\n");
    let mut by_name = String::from("currency,unit_price,item\n");
    let mut yen = String::from("\u{feff}Item,Unit_Price,Currency\r\n");
    for (id, price) in &book.prices {
        let name = catalog.item(id).map(|item| item.name.clone()).unwrap_or_default();
        by_id.push_str(&format!("{id},{},{},yes\n", decimal_text(&book.currency, *price), book.currency));
        by_name.push_str(&format!("{},{},{}\n", book.currency, decimal_text(&book.currency, *price), csv_cell(&name)));
        yen.push_str(&format!("{},{},JPY\r\n", csv_cell(&name), price.0 / 100));
    }
    vec![by_id, by_name, yen, "item,unit_price,currency\nom-prr,1250.50,USD\n".to_string()]
}

/// Valid stored indexes of quotes.
fn library_seeds() -> Vec<String> {
    let mut three = QuoteLibrary::with_first("ACME");
    three.add("ACME");
    three.add("Globex \u{201c}renewal\u{201d}, 2026");
    let mut deleted = three.clone();
    let second = deleted.quotes[1].id.clone();
    deleted.remove(&second);
    vec![QuoteLibrary::with_first("Untitled quote").to_json(), three.to_json(), deleted.to_json()]
}

/// `valid` padded with spaces after its first `{` to exactly `bytes` bytes (the file
/// bound's edge, made here rather than committed).
fn padded(valid: &str, bytes: usize) -> String {
    let (head, tail) = valid.split_at(valid.find('{').map_or(0, |at| at + 1));
    format!("{head}{}{tail}", " ".repeat(bytes.saturating_sub(valid.len())))
}

/// A saved quote written tersely (lines of made-up items without their default values,
/// about 20 bytes each) that the configurator saves in exactly `bytes` bytes (each line
/// with its defaults, about 90 bytes): small as a file or link, large once saved again.
fn terse_quote_saving_to(bytes: usize) -> String {
    let terse = |lines: usize, title: usize| {
        let lines: Vec<String> = (0..lines).map(|n| format!("{{\"item\":\"x{n:06}\"}}")).collect();
        format!("{{\"quote\":{{\"title\":\"{}\",\"lines\":[{}]}}}}", "a".repeat(title), lines.join(","))
    };
    // Measured without the loader's checks, which refuse the largest of these.
    let saved = |text: &str| serde_json::from_str::<Session>(text).map_or(0, |session| session.to_json().len());
    let per_line = saved(&terse(2, 0)) - saved(&terse(1, 0));
    let mut lines = (bytes - saved(&terse(0, 0))) / per_line;
    while saved(&terse(lines, 0)) > bytes {
        lines -= 1;
    }
    let text = terse(lines, bytes - saved(&terse(lines, 0)));
    assert_eq!(saved(&text), bytes, "the terse quote saves to the size asked");
    text
}

/// A link holding `session` (JSON text) and no catalog versions.
fn link_holding(session: &str) -> String {
    encode_bytes(format!("{{\"catalog_versions\":{{}},\"session\":{session}}}").as_bytes())
}

/// Bytes a link's payload adds around its session's saved JSON (no catalog versions).
fn payload_overhead() -> usize {
    let payload = LinkPayload { catalog_versions: Default::default(), session: Session::new() };
    serde_json::to_string(&payload).map_or(0, |json| json.len()) - Session::new().to_json().len()
}

// ------------------------------------------------------------------------------ hostile tokens

/// Hostile JSON values and text spliced into inputs or put in place of a value: numbers
/// at and past every bound and type limit, NaN-like text, long and odd strings, deep
/// nesting, unknown fields, other versions, enum words, dates that do not exist.
static TOKENS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let words = [
        // numbers
        "-1",
        "0",
        "-0",
        "1",
        "2",
        "3",
        "12",
        "36",
        "37",
        "1.5",
        "1.0",
        "1e3",
        "1E400",
        "-1e400",
        "0.1e-400",
        "100000",
        "100001",
        "10000",
        "10001",
        "1000000000",
        "1000000001",
        "4294967295",
        "4294967296",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775808",
        "-9223372036854775809",
        "18446744073709551615",
        "18446744073709551616",
        "100000000000",
        "100000000001",
        // not numbers
        "NaN",
        "-NaN",
        "Infinity",
        "-Infinity",
        "nan",
        "inf",
        "0x10",
        "+1",
        "01",
        "1_000",
        "1,000",
        // strings that look like numbers or prices
        "\"NaN\"",
        "\"Infinity\"",
        "\"-0\"",
        "\"1e3\"",
        "\"1,250.00\"",
        "\"1250.005\"",
        "\"1250.5\"",
        "\"1000000000\"",
        "\"1000000000.00\"",
        "\"1000000000.01\"",
        "\"999999999999999\"",
        "\"9999999999999999\"",
        "\"-1\"",
        "\"\u{0663}\"",
        "\" 12 \"",
        "\".5\"",
        "\"5.\"",
        "\".\"",
        "\"1 000\"",
        "\"1_000\"",
        // other JSON
        "null",
        "true",
        "false",
        "\"\"",
        "[]",
        "{}",
        "[null]",
        "[{}]",
        "{\"zzz\":1}",
        "\"x\"",
        // odd strings
        "\"\\ud800\"",
        "\"\\u0000\"",
        "\"\\ufeff\"",
        "\"\\\\\"",
        "\"a\\\"b\"",
        "\"\u{202e}rtl\"",
        "\"\u{feff}\"",
        // dates
        "\"2026-01-05\"",
        "\"2026-02-29\"",
        "\"2026-02-30\"",
        "\"2024-02-29\"",
        "\"+2026-01-05\"",
        "\"0000-01-01\"",
        "\"-1-01-01\"",
        "\"2147483647-12-31\"",
        "\"2147483648-01-01\"",
        "\"2026-1-5\"",
        "\"2026-13-01\"",
        "\"2026-01-05T00:00:00Z\"",
        // words of the formats
        "\"customer\"",
        "\"sales_engineer\"",
        "\"draft\"",
        "\"final\"",
        "\"om_platform\"",
        "\"apaas\"",
        "\"coc\"",
        "\"around_the_clock\"",
        "\"business_hours\"",
        "\"Singapore\"",
        "\"Chinese mainland\"",
        "\"Atlantis\"",
        "\"USD\"",
        "\"usd\"",
        "\" usd \"",
        "\"JPY\"",
        "\"KWD\"",
        "\"CLF\"",
        "\"XAU\"",
        "\"XXX\"",
        "\"ABC\"",
        "\"US\"",
        "\"om-prr\"",
        "\"om-chaos-basic\"",
        "\"no-such-item\"",
        "\"q1\"",
        "\"q2\"",
        "\"q0\"",
        "\"q4294967295\"",
        "\"term\"",
        "\"increment\"",
        "\"it_employees\"",
        "\"instances\"",
        "\"key_event_date\"",
        // versions
        "{\"version\":3}",
        "{\"version\":4}",
        "\"options\"",
        "\"parked\"",
        "{\"version\":1}",
        "{\"version\":-1}",
        "{\"version\":2.0}",
    ];
    let mut tokens: Vec<String> = words.iter().map(|w| (*w).to_string()).collect();
    // Text at and past the 500-character bound, counted in characters, not bytes.
    for (unit, count) in [("a", 500), ("a", 501), ("\u{e9}", 500), ("\u{e9}", 501), ("\u{1F600}", 501), ("x", 70_000)] {
        tokens.push(format!("\"{}\"", unit.repeat(count)));
    }
    // Deep nesting, closed and not.
    for depth in [64, 127, 128, 129, 5000] {
        tokens.push(format!("{}{}", "[".repeat(depth), "]".repeat(depth)));
        tokens.push(format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth)));
    }
    tokens.push("[".repeat(50_000));
    tokens.push(format!("1{}", "0".repeat(400)));
    tokens
});

/// Field names of the formats (and the version-1 answers), for added fields and
/// arbitrary objects.
const SESSION_KEYS: &[&str] = &[
    "version",
    "profile",
    "quote",
    "mode",
    "customer_name",
    "platforms",
    "region",
    "numbers",
    "same_numbers_on_both_platforms",
    "dates",
    "coverage",
    "first_connection",
    "wants_technical_support",
    "wants_maturity_assessment",
    "wants_onsite_support",
    "key_event_checks",
    "security",
    "capacity",
    "performance",
    "attested_prerequisites",
    "existing_contracts",
    "item",
    "reference",
    "declared_scope",
    "quote_date",
    "holidays",
    "title",
    "lines",
    "quantity",
    "term_months",
    "discount",
    "quantity_override",
    "reason",
    "status",
    "exceptions",
    "key",
    "rule",
    "subject",
    "price_book",
    "name",
    "currency",
    "illustrative",
    "prices",
    "it_employees",
    "om_instances",
    "apaas_instances",
    "drill_scenarios",
    "apaas_drill_scenarios",
    "peak_concurrent_requests",
    "instances",
    "release_applications",
    "key_event_date",
    "coc_start_date",
    "unit_price",
    "zzz",
];
const LINK_KEYS: &[&str] = &["catalog_versions", "session", "000-om-platform.md", "version", "profile", "quote", "zzz"];
const PRICE_BOOK_KEYS: &[&str] =
    &["name", "currency", "illustrative", "prices", "om-prr", "om-chaos-basic", "no-such-item", "version", "zzz"];
const LIBRARY_KEYS: &[&str] = &["quotes", "current", "next", "id", "name", "zzz"];

// ------------------------------------------------------------------------------ mutations

/// A change to the bytes of an input.
#[derive(Clone, Debug)]
enum ByteEdit {
    /// Flips one bit.
    FlipBit(Index, u8),
    /// Inserts bytes.
    Insert(Index, Vec<u8>),
    /// Deletes up to this many bytes.
    Delete(Index, usize),
    /// Cuts the input short.
    Truncate(Index),
    /// Splices in a hostile token.
    Splice(Index, Index),
    /// Repeats a slice (an input that grows past a bound).
    Repeat(Index, usize, usize),
    /// Puts a byte order mark in front.
    Bom,
}

fn byte_edit() -> impl Strategy<Value = ByteEdit> {
    prop_oneof![
        3 => (any::<Index>(), 0u8..8).prop_map(|(at, bit)| ByteEdit::FlipBit(at, bit)),
        2 => (any::<Index>(), prop::collection::vec(any::<u8>(), 1..8)).prop_map(|(at, bytes)| ByteEdit::Insert(at, bytes)),
        2 => (any::<Index>(), 1usize..64).prop_map(|(at, len)| ByteEdit::Delete(at, len)),
        2 => any::<Index>().prop_map(ByteEdit::Truncate),
        3 => (any::<Index>(), any::<Index>()).prop_map(|(at, token)| ByteEdit::Splice(at, token)),
        1 => (any::<Index>(), 1usize..200, prop_oneof![9 => 2usize..50, 1 => 50usize..20_000])
            .prop_map(|(at, len, times)| ByteEdit::Repeat(at, len, times)),
        1 => Just(ByteEdit::Bom),
    ]
}

/// Applies byte edits in order.
fn apply_bytes(mut bytes: Vec<u8>, edits: &[ByteEdit]) -> Vec<u8> {
    for edit in edits {
        let at = |index: &Index| index.index(bytes.len() + 1);
        match edit {
            ByteEdit::FlipBit(index, bit) => {
                if !bytes.is_empty() {
                    let at = index.index(bytes.len());
                    bytes[at] ^= 1 << bit;
                }
            }
            ByteEdit::Insert(index, inserted) => {
                let at = at(index);
                bytes.splice(at..at, inserted.iter().copied());
            }
            ByteEdit::Delete(index, len) => {
                let at = at(index);
                let end = (at + len).min(bytes.len());
                bytes.drain(at..end);
            }
            ByteEdit::Truncate(index) => {
                let at = at(index);
                bytes.truncate(at);
            }
            ByteEdit::Splice(index, token) => {
                let at = at(index);
                let token = &TOKENS[token.index(TOKENS.len())];
                bytes.splice(at..at, token.bytes());
            }
            ByteEdit::Repeat(index, len, times) => {
                let at = at(index);
                let end = (at + len).min(bytes.len());
                let slice = bytes[at..end].to_vec();
                let repeated = slice.repeat(*times);
                bytes.splice(end..end, repeated);
            }
            ByteEdit::Bom => {
                bytes.splice(0..0, "\u{feff}".bytes());
            }
        }
    }
    bytes
}

/// Byte edits applied to a text; invalid UTF-8 becomes U+FFFD, as when a file is read as
/// text.
fn edit_text(text: &str, edits: &[ByteEdit]) -> String {
    String::from_utf8_lossy(&apply_bytes(text.as_bytes().to_vec(), edits)).into_owned()
}

/// A change to one value of a JSON input, chosen among all its values.
#[derive(Clone, Debug)]
enum JsonEdit {
    /// Replaces a value by a hostile token.
    Replace(Index, Index),
    /// Adds a field (or an array element) holding a hostile token.
    Add(Index, Index, Index),
    /// Removes a field (or an array element).
    Remove(Index, Index),
    /// Repeats an array's elements or a string's text this many times.
    Grow(Index, usize),
}

fn json_edit() -> impl Strategy<Value = JsonEdit> {
    prop_oneof![
        4 => (any::<Index>(), any::<Index>()).prop_map(|(node, token)| JsonEdit::Replace(node, token)),
        2 => (any::<Index>(), any::<Index>(), any::<Index>()).prop_map(|(node, key, token)| JsonEdit::Add(node, key, token)),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(node, which)| JsonEdit::Remove(node, which)),
        1 => (any::<Index>(), prop_oneof![9 => 2usize..20, 1 => 20usize..3000]).prop_map(|(node, times)| JsonEdit::Grow(node, times)),
    ]
}

/// JSON pointers to every value of a document, the root first.
fn pointers(value: &Value) -> Vec<String> {
    fn walk(value: &Value, here: String, out: &mut Vec<String>) {
        match value {
            Value::Object(fields) => {
                out.push(here.clone());
                for (key, child) in fields {
                    walk(child, format!("{here}/{}", key.replace('~', "~0").replace('/', "~1")), out);
                }
            }
            Value::Array(items) => {
                out.push(here.clone());
                for (n, child) in items.iter().enumerate() {
                    walk(child, format!("{here}/{n}"), out);
                }
            }
            _ => out.push(here),
        }
    }
    let mut out = Vec::new();
    walk(value, String::new(), &mut out);
    out
}

/// Applies JSON edits to a valid JSON text and writes it back (compact or pretty). A
/// hostile token need not be valid JSON, so a placeholder string marks its place and is
/// replaced in the text.
fn edit_json(text: &str, edits: &[JsonEdit], keys: &[&str], pretty: bool) -> String {
    let Ok(mut value) = serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}')) else {
        return text.to_string();
    };
    let mut holes: Vec<&str> = Vec::new();
    let mut hole = |token: &Index| {
        holes.push(&TOKENS[token.index(TOKENS.len())]);
        Value::String(format!("\u{0}fuzz-hole-{}", holes.len() - 1))
    };
    for edit in edits {
        let all = pointers(&value);
        let pick = |node: &Index| all[node.index(all.len())].clone();
        match edit {
            JsonEdit::Replace(node, token) => {
                if let Some(target) = value.pointer_mut(&pick(node)) {
                    *target = hole(token);
                }
            }
            JsonEdit::Add(node, key, token) => match value.pointer_mut(&pick(node)) {
                Some(Value::Object(fields)) => {
                    fields.insert(keys[key.index(keys.len())].to_string(), hole(token));
                }
                Some(Value::Array(items)) => items.push(hole(token)),
                Some(other) => *other = hole(token),
                None => {}
            },
            JsonEdit::Remove(node, which) => match value.pointer_mut(&pick(node)) {
                Some(Value::Object(fields)) if !fields.is_empty() => {
                    let key = fields.keys().nth(which.index(fields.len())).cloned().unwrap_or_default();
                    fields.remove(&key);
                }
                Some(Value::Array(items)) if !items.is_empty() => {
                    items.remove(which.index(items.len()));
                }
                _ => {}
            },
            JsonEdit::Grow(node, times) => match value.pointer_mut(&pick(node)) {
                Some(Value::Array(items)) if !items.is_empty() => {
                    let copies = (*times).min(60_000 / items.len()).max(1);
                    *items = items.iter().cycle().take(items.len() * copies).cloned().collect();
                }
                Some(Value::String(text)) if !text.is_empty() => {
                    let copies = (*times).min(1_100_000 / text.len()).max(1);
                    *text = text.repeat(copies);
                }
                _ => {}
            },
        }
    }
    let mut out =
        if pretty { serde_json::to_string_pretty(&value) } else { serde_json::to_string(&value) }.unwrap_or_default();
    for (n, token) in holes.iter().enumerate().rev() {
        out = out.replace(&format!("\"\\u0000fuzz-hole-{n}\""), token);
    }
    out
}

/// Mutations of valid JSON inputs: JSON edits, then byte edits.
fn mutated_json(seeds: Vec<String>, keys: &'static [&'static str]) -> BoxedStrategy<String> {
    (
        prop::sample::select(seeds),
        prop::collection::vec(json_edit(), 0..4),
        any::<bool>(),
        prop::collection::vec(byte_edit(), 0..3),
    )
        .prop_map(move |(seed, json, pretty, bytes)| edit_text(&edit_json(&seed, &json, keys, pretty), &bytes))
        .boxed()
}

// ------------------------------------------------------------------------------ arbitrary inputs

/// A JSON string literal.
fn json_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

/// Arbitrary JSON (mostly valid, some hostile tokens that are not) whose object keys are
/// the format's field names or random words.
fn arb_json(keys: &'static [&'static str]) -> BoxedStrategy<String> {
    let token = any::<Index>().prop_map(|i| TOKENS[i.index(TOKENS.len())].clone());
    let leaf = prop_oneof![
        Just("null".to_string()),
        any::<bool>().prop_map(|b| b.to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<u64>().prop_map(|n| n.to_string()),
        (0u64..200_000).prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|f| f.to_string()),
        "[\\PC]{0,30}".prop_map(|s| json_string(&s)),
        token,
    ];
    let key = prop_oneof![3 => prop::sample::select(keys).prop_map(String::from), 1 => "[a-z_]{1,12}"].boxed();
    leaf.prop_recursive(5, 96, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(|items| format!("[{}]", items.join(","))),
            prop::collection::vec((key.clone(), inner), 0..8).prop_map(|fields| {
                let fields: Vec<String> = fields.iter().map(|(k, v)| format!("{}:{v}", json_string(k))).collect();
                format!("{{{}}}", fields.join(","))
            }),
        ]
    })
    .boxed()
}

/// Arbitrary input of a JSON decoder: random bytes, JSON-looking text, random JSON, and
/// random objects with the format's fields.
fn arbitrary_json(keys: &'static [&'static str]) -> BoxedStrategy<String> {
    let field = (prop::sample::select(keys), arb_json(keys)).prop_map(|(k, v)| format!("{}:{v}", json_string(k)));
    prop_oneof![
        1 => prop::collection::vec(any::<u8>(), 0..400).prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        1 => "[{}\\[\\]\":,0-9a-z_ .\\-\u{feff}]{0,200}",
        2 => arb_json(keys),
        4 => prop::collection::vec(field, 0..10).prop_map(|fields| format!("{{{}}}", fields.join(","))),
    ]
    .boxed()
}

// ------------------------------------------------------------------------------ checks

/// Whether two decodings of the same input agree.
fn repeatable<T: PartialEq, E: PartialEq>(first: &Result<T, E>, second: &Result<T, E>) -> Option<Verdict> {
    (first != second).then(|| Verdict::Inconsistent("the same input decoded twice to different results".into()))
}

/// A saved quote: an accepted one is within the bounds, in the current format, and
/// saves to a file of at most 1 MB that loads back to the same session.
fn check_session(text: &str) -> Verdict {
    let first = Session::from_json(text);
    if let Some(verdict) = repeatable(&first, &Session::from_json(text)) {
        return verdict;
    }
    let Ok(LoadedSession { session, .. }) = first else { return Verdict::Refused };
    if let Err(error) = session.check_bounds() {
        return Verdict::OutOfBounds(format!("{error:?}"));
    }
    if session.version != SESSION_VERSION {
        return Verdict::OutOfBounds(format!("loaded as format {}", session.version));
    }
    let saved = session.to_json();
    match Session::from_json(&saved) {
        Ok(again) if again == (LoadedSession { session, upgraded: None }) => Verdict::Accepted,
        Ok(_) => Verdict::Inconsistent("saved and loaded again, the session differs".into()),
        Err(error) => Verdict::Inconsistent(format!(
            "saved ({} bytes) and loaded again, the session is refused: {error:?}",
            saved.len()
        )),
    }
}

/// A share link: an accepted one holds a session within the bounds and catalog versions
/// within the text bound; the link the app makes for that session opens to the same.
fn check_link(catalog: &Catalog, text: &str) -> Verdict {
    let first = read_link(catalog, text);
    if let Some(verdict) = repeatable(&first, &read_link(catalog, text)) {
        return verdict;
    }
    let Ok(opened) = first else { return Verdict::Refused };
    let session = opened.loaded.session;
    if let Err(error) = session.check_bounds() {
        return Verdict::OutOfBounds(format!("{error:?}"));
    }
    if let Some((seed, version)) = opened
        .catalog_versions
        .iter()
        .find(|(seed, version)| seed.chars().count() > MAX_TEXT_CHARS || version.chars().count() > MAX_TEXT_CHARS)
    {
        return Verdict::OutOfBounds(format!(
            "catalog version {} = {} is over 500 characters",
            excerpt(seed),
            excerpt(version)
        ));
    }
    let link = link_fragment(catalog, &session);
    match read_link(catalog, &link) {
        Ok(again)
            if again.loaded.session == session && again.catalog_versions == catalog_versions(catalog, &session) =>
        {
            Verdict::Accepted
        }
        Ok(_) => Verdict::Inconsistent("shared again, the link opens to another session".into()),
        Err(error) => Verdict::Inconsistent(format!(
            "shared again ({} characters), the link is refused: {error:?}",
            link.chars().count()
        )),
    }
}

/// A price book: an accepted one has a currency with a minor unit, a name within the
/// text bound, prices of catalog items within 0 to 1,000,000,000 major units, and written
/// as JSON it loads back the same.
fn check_price_book(
    catalog: &Catalog,
    decode: &dyn Fn(&str) -> Result<LoadedPriceBook, MoneyError>,
    text: &str,
) -> Verdict {
    let first = decode(text);
    if let Some(verdict) = repeatable(&first, &decode(text)) {
        return verdict;
    }
    let Ok(LoadedPriceBook { book, .. }) = first else { return Verdict::Refused };
    if let Err(error) = book.validate() {
        return Verdict::OutOfBounds(format!("{error:?}"));
    }
    if let Some(item) = book.prices.keys().find(|item| catalog.entry(item).is_none()) {
        return Verdict::OutOfBounds(format!("a price for {}, which is not a catalog item", excerpt(item)));
    }
    match PriceBook::from_json(catalog, &book.to_json()) {
        Ok(again) if again == (LoadedPriceBook { book, unknown_items: Vec::new() }) => Verdict::Accepted,
        Ok(_) => Verdict::Inconsistent("written as JSON and read again, the price book differs".into()),
        Err(error) => {
            Verdict::Inconsistent(format!("written as JSON and read again, the price book is refused: {error:?}"))
        }
    }
}

/// A stored index of quotes: an accepted one has names and ids within the text bound,
/// each id once, the open quote among them, ids for new quotes that are not taken, and
/// it is stored and read back the same.
fn check_library(text: &str) -> Verdict {
    let first = QuoteLibrary::from_json(text);
    if let Some(verdict) = repeatable(&first, &QuoteLibrary::from_json(text)) {
        return verdict;
    }
    let Ok(library) = first else { return Verdict::Refused };
    for entry in &library.quotes {
        for (what, text) in [("name", &entry.name), ("id", &entry.id.0)] {
            if text.chars().count() > MAX_TEXT_CHARS {
                return Verdict::OutOfBounds(format!("a quote {what} of {} characters", text.chars().count()));
            }
        }
    }
    let ids: BTreeSet<_> = library.quotes.iter().map(|entry| &entry.id).collect();
    if ids.len() != library.quotes.len() {
        return Verdict::OutOfBounds("two quotes share an id (and so one stored session)".into());
    }
    if library.current_entry().is_none() {
        return Verdict::OutOfBounds("the open quote is not in the list".into());
    }
    // Ids are never reused: two new quotes get ids of their own.
    let mut grown = library.clone();
    let (a, b) = (grown.add("new"), grown.add("new"));
    if ids.contains(&a) || ids.contains(&b) || a == b {
        return Verdict::OutOfBounds(format!("a new quote gets an id already in use ({} / {})", a.0, b.0));
    }
    match QuoteLibrary::from_json(&library.to_json()) {
        Ok(again) if again == library => Verdict::Accepted,
        Ok(_) => Verdict::Inconsistent("stored and read again, the index differs".into()),
        Err(error) => Verdict::Inconsistent(format!("stored and read again, the index is refused: {error:?}")),
    }
}

// ------------------------------------------------------------------------------ the decoders

#[test]
fn fuzz_session() {
    let seeds = session_seeds();
    let made = vec![
        ("ok-made-exactly-1mb.json".to_string(), padded(CHAOS_QUOTE, MAX_FILE_BYTES)),
        ("bad-made-1mb-and-1-byte.json".to_string(), padded(CHAOS_QUOTE, MAX_FILE_BYTES + 1)),
        // A small file whose quote the configurator would save in more than 1 MB: the
        // saved file would be refused on loading.
        ("ok-made-saves-to-exactly-1mb.json".to_string(), terse_quote_saving_to(MAX_FILE_BYTES)),
        ("bad-made-saves-to-1mb-and-1-byte.json".to_string(), terse_quote_saving_to(MAX_FILE_BYTES + 1)),
    ];
    fuzz("session", made, arbitrary_json(SESSION_KEYS), mutated_json(seeds, SESSION_KEYS), &check_session);
}

#[test]
fn fuzz_share_link() {
    let catalog = catalog();
    let payloads = payload_seeds(&catalog);
    let links: Vec<String> = payloads.iter().map(|payload| encode_bytes(payload.as_bytes())).collect();
    let first_payload = payloads.first().cloned().unwrap_or_default();
    let made = vec![
        (
            "ok-made-inflates-to-exactly-1mb.txt".to_string(),
            encode_bytes(padded(&first_payload, MAX_FILE_BYTES).as_bytes()),
        ),
        (
            "bad-made-inflates-to-1mb-and-1-byte.txt".to_string(),
            encode_bytes(padded(&first_payload, MAX_FILE_BYTES + 1).as_bytes()),
        ),
        ("bad-made-link-over-2m-characters.txt".to_string(), format!("{LINK_PREFIX}{}", "A".repeat(MAX_LINK_CHARS))),
        // A small link whose quote, shared again by the configurator, would unpack to
        // more than 1 MB: the new link would be refused.
        (
            "ok-made-shares-again-in-exactly-1mb.txt".to_string(),
            link_holding(&terse_quote_saving_to(MAX_FILE_BYTES - payload_overhead())),
        ),
        (
            "bad-made-shares-again-in-1mb-and-1-byte.txt".to_string(),
            link_holding(&terse_quote_saving_to(MAX_FILE_BYTES + 1 - payload_overhead())),
        ),
    ];
    let arbitrary = prop_oneof![
        // Text that looks like a link: a prefix and base64url characters.
        2 => ("(https://example.org/a/index.html\\?x=1)?#?q[0-9]{0,2}\\.?", "[A-Za-z0-9_\\-]{0,400}=?")
            .prop_map(|(prefix, data)| format!("{prefix}{data}")),
        // Random bytes as a link's data: not deflate, mostly.
        2 => prop::collection::vec(any::<u8>(), 0..400).prop_map(|bytes| {
            let mut link = LINK_PREFIX.to_string();
            base64url_encode(&bytes, &mut link);
            link
        }),
        // Random bytes deflated: a well-formed link holding garbage.
        1 => prop::collection::vec(any::<u8>(), 0..400).prop_map(|bytes| encode_bytes(&bytes)),
        // Random payload-shaped JSON deflated.
        3 => arbitrary_json(LINK_KEYS).prop_map(|json| encode_bytes(json.as_bytes())),
        1 => prop::collection::vec(any::<u8>(), 0..200).prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
    ]
    .boxed();
    let wrapper = prop::sample::select(vec!["", "", "", "https://example.org/tools/om/index.html?x=1", "  ", "#"]);
    let mutated = prop_oneof![
        // The JSON inside a well-formed link.
        4 => (mutated_json(payloads.clone(), LINK_KEYS), wrapper)
            .prop_map(|(json, wrapper)| format!("{wrapper}{}", encode_bytes(json.as_bytes()))),
        // The link text damaged.
        2 => (prop::sample::select(links), prop::collection::vec(byte_edit(), 1..4))
            .prop_map(|(link, edits)| edit_text(&link, &edits)),
        // The compressed data damaged.
        2 => (prop::sample::select(payloads), prop::collection::vec(byte_edit(), 1..4)).prop_map(|(payload, edits)| {
            let mut link = LINK_PREFIX.to_string();
            base64url_encode(&apply_bytes(deflate(payload.as_bytes()), &edits), &mut link);
            link
        }),
    ]
    .boxed();
    fuzz("share_link", made, arbitrary, mutated, &|text: &str| check_link(&catalog, text));
}

#[test]
fn fuzz_price_book_json() {
    let catalog = catalog();
    let seeds = vec![
        SAMPLE_PRICE_BOOK.to_string(),
        format!("\u{feff}{SAMPLE_PRICE_BOOK}"),
        r#"{"currency": "JPY", "prices": {"om-prr": 1250000, "Production Readiness Review": "1 250 000"}}"#.to_string(),
        r#"{"name": "KWD", "currency": "kwd", "illustrative": false, "prices": {"om-chaos-basic": "1000000000.000"}}"#
            .to_string(),
    ];
    let made = vec![("bad-made-1mb-and-1-byte.json".to_string(), padded(SAMPLE_PRICE_BOOK, MAX_FILE_BYTES + 1))];
    let decode = |text: &str| PriceBook::from_json(&catalog, text);
    fuzz(
        "price_book_json",
        made,
        arbitrary_json(PRICE_BOOK_KEYS),
        mutated_json(seeds, PRICE_BOOK_KEYS),
        &|text: &str| check_price_book(&catalog, &decode, text),
    );
}

/// A change to one cell or line of a CSV input.
#[derive(Clone, Debug)]
enum CsvEdit {
    /// Replaces a cell by a hostile cell.
    Cell(Index, Index, Index),
    /// Repeats a line.
    RepeatLine(Index, usize),
    /// Drops a line.
    DropLine(Index),
    /// Swaps two columns of every line.
    SwapColumns(Index, Index),
}

/// Hostile CSV cells: header words, currencies, prices at and past the bounds, text
/// that is not a price, quotes, long names.
static CSV_TOKENS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let words = [
        "",
        " ",
        "item",
        "unit_price",
        "currency",
        "illustrative",
        "ITEM",
        "yes",
        "no",
        "true",
        "1",
        "USD",
        "usd",
        " JPY ",
        "KWD",
        "CLF",
        "XAU",
        "XXX",
        "ABC",
        "US",
        "-0",
        "0",
        "0.00",
        "1e3",
        "1 000",
        "1_000",
        "1,000",
        "\"1,000\"",
        "1000000000",
        "1000000000.00",
        "1000000000.01",
        "1000000000.001",
        "999999999999999",
        "9999999999999999",
        "99999999999999999999",
        "-1",
        "-0.01",
        ".5",
        "5.",
        ".",
        "12.345",
        "NaN",
        "inf",
        "\u{0663}",
        "\"",
        "\"\"",
        "\"om-prr\"",
        "om-prr",
        "om-chaos-basic",
        "no-such-item",
        "\u{feff}item",
        "Production Readiness Review",
    ];
    let mut tokens: Vec<String> = words.iter().map(|w| (*w).to_string()).collect();
    tokens.extend(["a".repeat(500), "a".repeat(501), "\u{e9}".repeat(501), format!("\"{}\"", "x,".repeat(300))]);
    tokens
});

fn csv_edit() -> impl Strategy<Value = CsvEdit> {
    prop_oneof![
        4 => (any::<Index>(), any::<Index>(), any::<Index>()).prop_map(|(line, cell, token)| CsvEdit::Cell(line, cell, token)),
        1 => (any::<Index>(), prop_oneof![9 => 2usize..20, 1 => 20usize..40_000]).prop_map(|(line, times)| CsvEdit::RepeatLine(line, times)),
        1 => any::<Index>().prop_map(CsvEdit::DropLine),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| CsvEdit::SwapColumns(a, b)),
    ]
}

/// Applies CSV edits (cells split at every comma: a quoted comma is cut, which is one
/// more kind of damage).
fn edit_csv(text: &str, edits: &[CsvEdit]) -> String {
    let mut lines: Vec<Vec<String>> = text.lines().map(|line| line.split(',').map(String::from).collect()).collect();
    for edit in edits {
        if lines.is_empty() {
            break;
        }
        match edit {
            CsvEdit::Cell(line, cell, token) => {
                let at = line.index(lines.len());
                let cells = &mut lines[at];
                let at = cell.index(cells.len() + 1);
                let token = CSV_TOKENS[token.index(CSV_TOKENS.len())].clone();
                if at == cells.len() {
                    cells.push(token);
                } else {
                    cells[at] = token;
                }
            }
            CsvEdit::RepeatLine(line, times) => {
                let at = line.index(lines.len());
                let copies = vec![lines[at].clone(); *times];
                lines.splice(at..at, copies);
            }
            CsvEdit::DropLine(line) => {
                lines.remove(line.index(lines.len()));
            }
            CsvEdit::SwapColumns(a, b) => {
                for cells in &mut lines {
                    let (a, b) = (a.index(cells.len()), b.index(cells.len()));
                    cells.swap(a, b);
                }
            }
        }
    }
    lines.iter().map(|cells| cells.join(",")).collect::<Vec<_>>().join("\n")
}

#[test]
fn fuzz_price_book_csv() {
    let catalog = catalog();
    let seeds = csv_seeds(&catalog);
    let mut names: Vec<String> = catalog.items().map(|entry| csv_cell(&entry.item.name)).collect();
    names.extend(catalog.items().map(|entry| entry.item.id.clone()));
    let cell = prop_oneof![
        2 => any::<Index>().prop_map(|i| CSV_TOKENS[i.index(CSV_TOKENS.len())].clone()),
        2 => prop::sample::select(names),
        1 => "[0-9.\\- _]{0,14}",
        1 => "[\\PC]{0,12}",
    ];
    let header = prop::sample::select(vec![
        "item,unit_price,currency",
        "item,unit_price,currency,illustrative",
        "currency,item,unit_price",
        "\u{feff}item,unit_price,currency",
        "item,price,currency",
        "",
    ]);
    let row = prop::collection::vec(cell, 0..6).prop_map(|cells| cells.join(","));
    let arbitrary = prop_oneof![
        4 => (header, prop::collection::vec(row, 0..8), prop::sample::select(vec!["\n", "\r\n", "\r"]))
            .prop_map(|(header, rows, end)| format!("{header}{end}{}", rows.join(end))),
        1 => prop::collection::vec(any::<u8>(), 0..400).prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        1 => "[a-z_,\"0-9. \\-\r\n]{0,200}",
    ]
    .boxed();
    let mutated = (
        prop::sample::select(seeds),
        prop::collection::vec(csv_edit(), 0..4),
        prop::collection::vec(byte_edit(), 0..3),
    )
        .prop_map(|(seed, csv, bytes)| edit_text(&edit_csv(&seed, &csv), &bytes))
        .boxed();
    let mut over = String::from("item,unit_price,currency\n");
    while over.len() <= MAX_FILE_BYTES {
        over.push_str("om-prr,1250.00,USD\n");
    }
    let made = vec![("bad-made-over-1mb.csv".to_string(), over)];
    let decode = |text: &str| PriceBook::from_csv(&catalog, text);
    fuzz("price_book_csv", made, arbitrary, mutated, &|text: &str| check_price_book(&catalog, &decode, text));
}

#[test]
fn fuzz_library() {
    let seeds = library_seeds();
    let made = vec![("bad-made-1mb-and-1-byte.json".to_string(), padded(&seeds[1], MAX_FILE_BYTES + 1))];
    fuzz("library", made, arbitrary_json(LIBRARY_KEYS), mutated_json(seeds, LIBRARY_KEYS), &check_library);
}
