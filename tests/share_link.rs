//! Share links (`#q2.` + base64url(deflate(JSON))): quote -> link -> quote is the
//! identity over generated sessions; every bad link is refused with its own reason and
//! never panics; a link made under another catalog version lists what changed.

#![cfg(not(target_arch = "wasm32"))] // proptest runs natively only

mod common;

use std::collections::BTreeMap;

use common::generators::arb_profile;
use common::{catalog, date, Worded};
use om_configurator::domain::bounds::ShapeProblem;
use om_configurator::domain::bounds::MAX_FILE_BYTES;
use om_configurator::domain::catalog::NumericInput;
use om_configurator::domain::link_codec::{base64url_decode, base64url_encode, deflate};
use om_configurator::domain::money::{DiscountBp, Minor};
use om_configurator::domain::options::OptionContent;
use om_configurator::domain::price_book::PriceBook;
use om_configurator::domain::quote::{QuantityOverride, Quote, QuoteLine, QuoteStatus};
use om_configurator::domain::rules::{FindingKey, RuleKind};
use om_configurator::domain::session::{Mode, Session, SessionError, SESSION_VERSION};
use om_configurator::domain::share_link::{
    catalog_versions, encode_bytes, encode_payload, link_fragment, read_link, summarize, LinkPayload, ShareLinkError,
    CHAT_SAFE_CHARS, LINK_PREFIX, MAX_LINK_CHARS,
};
use proptest::prelude::*;

fn all_item_ids() -> Vec<String> {
    catalog().items().map(|e| e.item.id.clone()).collect()
}

/// Free text as users type it: letters of any script, punctuation, quotes, emoji.
fn text() -> impl Strategy<Value = String> {
    "[\\PC]{0,40}"
}

/// A written reason: any printable text with at least one letter (a blank one is refused).
fn reason() -> impl Strategy<Value = String> {
    "[\\PC]{0,20}[a-z][\\PC]{0,19}"
}

prop_compose! {
    fn arb_line(items: Vec<String>)(
        item in prop::sample::select(items),
        quantity in 0u32..=100_000,
        term_months in prop::option::of(1u32..=36),
        discount in prop_oneof![Just(0u32), 0u32..=10_000],
        quantity_override in prop::option::of((0u32..=100_000, reason())),
    ) -> QuoteLine {
        QuoteLine {
            item,
            quantity,
            term_months,
            discount: DiscountBp(discount),
            quantity_override: quantity_override.map(|(quantity, reason)| QuantityOverride { quantity, reason }),
        }
    }
}

prop_compose! {
    fn arb_quote()(
        title in text(),
        lines in prop::collection::vec(arb_line(all_item_ids()), 0..=12),
        term in 1u32..=36,
        final_status in any::<bool>(),
        exception in prop::option::of(reason()),
        priced in prop::option::of((prop::sample::select(vec!["USD", "EUR", "JPY", "KWD"]), any::<bool>(), 0i64..=1_000_000_000)),
    ) -> Quote {
        let mut q = Quote::from_lines(lines);
        q.title = title;
        q.term_months = term;
        q.status = if final_status { QuoteStatus::Final } else { QuoteStatus::Draft };
        if let Some(reason) = exception {
            q.exceptions.push(om_configurator::domain::quote::Exception { key: FindingKey { rule: RuleKind::Term, subject: "om-chaos-basic".into() }, reason });
        }
        if let Some((currency, illustrative, price)) = priced {
            let mut book = PriceBook::empty(currency);
            book.illustrative = illustrative;
            for line in q.lines() {
                book.prices.insert(line.item.clone(), Minor(price));
            }
            q.price_book = Some(book);
        }
        q
    }
}

prop_compose! {
    fn arb_session()(profile in arb_profile(), quote in arb_quote(), variants in prop::collection::vec((arb_quote(), text()), 0..=2), edited in 0usize..3, sales in any::<bool>()) -> Session {
        let mut session = Session { version: SESSION_VERSION, profile, quote, mode: if sales { Mode::SalesEngineer } else { Mode::Customer }, ..Session::default() };
        // Options B and C (catalog-rules §10): their own lines, term and exceptions.
        for (variant, name) in variants {
            session.copy_option();
            OptionContent::of(&variant).put_into(&mut session.quote);
            let edited = session.options.active();
            session.options.rename(edited, &name);
        }
        session.switch_option(edited);
        session
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn quote_to_link_to_quote_is_the_identity(session in arb_session()) {
        let catalog = catalog();
        let link = link_fragment(&catalog, &session);
        prop_assert!(link.starts_with(LINK_PREFIX));
        prop_assert!(link[LINK_PREFIX.len()..].bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'), "URL-safe: {}", link);
        let opened = read_link(&catalog, &link).map_err(|e| TestCaseError::fail(e.words()))?;
        prop_assert_eq!(&opened.loaded.session, &session);
        prop_assert_eq!(opened.loaded.upgraded, None);
        prop_assert_eq!(opened.catalog_changes, Vec::<String>::new(), "same catalog, nothing changed");
        // The same link as a whole URL, from any sub-path.
        let url = format!("https://example.org/tools/om/index.html?x=1{link}");
        prop_assert_eq!(read_link(&catalog, &url).map(|o| o.loaded.session), Ok(session));
    }

    #[test]
    fn base64url_round_trips(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let mut text = String::new();
        base64url_encode(&bytes, &mut text);
        prop_assert_eq!(text.len(), (bytes.len() * 4).div_ceil(3));
        prop_assert_eq!(base64url_decode(&text), Ok(bytes));
    }

    #[test]
    fn deflate_is_inflated_back_by_an_independent_inflater(
        bytes in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..3000),
            prop::collection::vec(prop::sample::select(b"ab{}\":,0".to_vec()), 0..5000),
            (prop::collection::vec(any::<u8>(), 1..40), 1usize..400).prop_map(|(unit, times)| unit.repeat(times)),
        ]
    ) {
        let packed = deflate(&bytes);
        prop_assert_eq!(miniz_oxide::inflate::decompress_to_vec(&packed).map_err(|e| format!("{:?}", e.status)), Ok(bytes));
    }

    #[test]
    fn any_text_is_read_or_refused_without_panicking(text in "#?q?[0-9]{0,2}\\.?[A-Za-z0-9_\\-=$%. ]{0,200}") {
        let _ = read_link(&catalog(), &text);
    }

    #[test]
    fn any_bytes_in_a_well_formed_link_are_refused_or_read(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = read_link(&catalog(), &encode_bytes(&bytes));
        let mut link = String::from(LINK_PREFIX);
        base64url_encode(&bytes, &mut link);
        let _ = read_link(&catalog(), &link);
    }
}

/// A quote of a customer in Singapore with three lines and a price book.
fn sample_session() -> Session {
    let mut session = Session::new();
    session.profile.customer_name = "ACME Logistics".into();
    session.profile.region = Some("Singapore".into());
    session.profile.quote_date = date("2026-01-05");
    session.profile.set_number(NumericInput::DrillScenarios, Some(8));
    session.quote.title = "Drills 2026".into();
    session.quote.add("om-chaos-basic");
    session.quote.add("coc-chaos-drills");
    let mut book = PriceBook::empty("USD");
    book.prices.insert("om-chaos-basic".into(), Minor(1_200_000));
    book.prices.insert("om-chaos-inc".into(), Minor(150_000));
    session.quote.price_book = Some(book);
    session
}

fn refused(link: &str) -> ShareLinkError {
    match read_link(&catalog(), link) {
        Ok(opened) => panic!("{link:.80} was read: {:?}", opened.loaded.session.quote.title),
        Err(error) => error,
    }
}

fn link_of_json(json: &str) -> String {
    encode_bytes(json.as_bytes())
}

#[test]
fn a_link_reads_back_with_what_it_holds() {
    let catalog = catalog();
    let session = sample_session();
    let link = link_fragment(&catalog, &session);
    assert!(link.len() < CHAT_SAFE_CHARS, "a small quote fits a chat message: {} characters", link.len());
    let opened = read_link(&catalog, &link).expect("reads");
    assert_eq!(opened.loaded.session, session);
    let versions = catalog_versions(&catalog, &session);
    assert_eq!(opened.catalog_versions, versions);
    assert!(versions.values().all(|v| v.len() == 10), "{versions:?}");
    let summary = summarize(&catalog, &opened.loaded.session);
    assert_eq!(summary.customer, "ACME Logistics");
    assert_eq!(summary.title, "Drills 2026");
    assert_eq!(summary.services, 2);
    assert!(summary.boq_lines >= 3, "base, 3 increments as one line, COC drill: {summary:?}");
    assert!(summary.grand_total.as_ref().is_some_and(|t| t.currency == "USD" && t.amount.0 > 0), "{summary:?}");
    assert_eq!(summarize(&catalog, &Session::new()).grand_total, None, "unpriced: no total");
}

#[test]
fn deflate_compresses_quotes_about_as_well_as_miniz_level_9() {
    let catalog = catalog();
    let mut every = sample_session();
    every.quote = Quote::from_lines(all_item_ids().into_iter().map(QuoteLine::new));
    for session in [Session::new(), sample_session(), every] {
        let json = serde_json::to_vec(&LinkPayload { catalog_versions: catalog_versions(&catalog, &session), session })
            .expect("serializes");
        let ours = deflate(&json).len();
        let miniz = miniz_oxide::deflate::compress_to_vec(&json, 9).len();
        assert!(ours * 100 <= miniz * 108, "{} bytes of JSON: {ours} bytes, miniz level 9 {miniz}", json.len());
    }
    for empty in [&b""[..], b"a", b"aaaa"] {
        assert_eq!(miniz_oxide::inflate::decompress_to_vec(&deflate(empty)).ok().as_deref(), Some(empty));
    }
}

#[test]
fn a_quote_of_every_catalog_item_still_fits_the_bounds() {
    let catalog = catalog();
    let mut session = sample_session();
    session.quote = Quote::from_lines(all_item_ids().into_iter().map(QuoteLine::new));
    let link = link_fragment(&catalog, &session);
    assert!(link.len() < 10_000, "{} characters", link.len());
    assert_eq!(read_link(&catalog, &link).expect("reads").loaded.session, session);
}

#[test]
fn wrong_prefixes_are_not_quote_links() {
    for link in [
        "",
        "#",
        "#q",
        "#qq2.AAAA",
        "#x2.AAAA",
        "#quote",
        "#q.AAAA",
        "#Q2.AAAA",
        "https://example.org/#top",
        "#q-1.AAAA",
    ] {
        assert_eq!(refused(link), ShareLinkError::NotALink, "{link}");
    }
    assert!(refused("#top").words().contains("not a quote link"));
}

#[test]
fn other_versions_are_named() {
    let payload = &link_fragment(&catalog(), &sample_session())[LINK_PREFIX.len()..];
    assert_eq!(refused(&format!("#q1.{payload}")), ShareLinkError::WrongVersion { found: Some(1) });
    assert_eq!(refused(&format!("#q3.{payload}")), ShareLinkError::WrongVersion { found: Some(3) });
    assert_eq!(refused("#q99999999999.AAAA"), ShareLinkError::WrongVersion { found: None });
    let message = refused(&format!("#q3.{payload}")).words();
    assert!(message.contains("format q3") && message.contains("q2"), "{message}");
}

#[test]
fn a_link_cut_short_says_so() {
    let link = link_fragment(&catalog(), &sample_session());
    for cut in [LINK_PREFIX.len() + 1, LINK_PREFIX.len() + 8, link.len() / 2, link.len() - 3, link.len() - 1] {
        assert_eq!(refused(&link[..cut]), ShareLinkError::Truncated, "cut at {cut} of {}", link.len());
    }
    assert_eq!(refused("#q2"), ShareLinkError::Truncated);
    assert_eq!(refused("#q2."), ShareLinkError::Truncated, "no data at all");
    assert!(ShareLinkError::Truncated.words().contains("cut off"));
}

#[test]
fn characters_outside_base64url_are_named() {
    assert_eq!(refused("#q2.abc$def"), ShareLinkError::NotBase64 { character: '$', position: 4 });
    assert_eq!(
        refused("#q2.ab+/"),
        ShareLinkError::NotBase64 { character: '+', position: 3 },
        "standard base64 is not base64url"
    );
    assert_eq!(refused("#q2.ab%20cd"), ShareLinkError::NotBase64 { character: '%', position: 3 });
    let message = refused("#q2.abc$def").words();
    assert!(message.contains("character 4 ($)"), "{message}");
}

#[test]
fn data_that_is_not_deflate_is_refused() {
    // BFINAL = 1, BTYPE = 11: a block type deflate does not have.
    let mut link = String::from(LINK_PREFIX);
    base64url_encode(&[0x07, 0x00, 0x00, 0x00], &mut link);
    assert_eq!(refused(&link), ShareLinkError::NotDeflate);
    // A stored block whose length and its complement disagree.
    let mut link = String::from(LINK_PREFIX);
    base64url_encode(&[0x01, 0x05, 0x00, 0x00, 0x00, b'h', b'e', b'l', b'l', b'o'], &mut link);
    assert_eq!(refused(&link), ShareLinkError::NotDeflate);
    assert!(ShareLinkError::NotDeflate.words().contains("cannot be unpacked"));
    // "#q2.garbage" is refused with one of the reasons for damaged data.
    assert!(
        matches!(refused("#q2.garbage"), ShareLinkError::NotDeflate | ShareLinkError::Truncated),
        "{:?}",
        refused("#q2.garbage")
    );
}

#[test]
fn a_deflate_bomb_stops_at_the_size_bound() {
    let bomb = encode_bytes(&vec![b' '; 50_000_000]);
    assert!(bomb.len() < MAX_LINK_CHARS, "the bomb itself is a short link: {} characters", bomb.len());
    assert_eq!(refused(&bomb), ShareLinkError::TooLarge);
    assert!(ShareLinkError::TooLarge.words().contains("1,000,000 bytes"));
    // One byte over the bound is refused too, and a payload of exactly the bound is read
    // up to the saved-quote loader (which then names its own size bound).
    assert_eq!(refused(&encode_bytes(&vec![b' '; MAX_FILE_BYTES + 1])), ShareLinkError::TooLarge);
    let mut json = String::from(r#"{"catalog_versions":{},"session":{"quote":{"title":""#);
    let tail = r#""}}}"#;
    json.push_str(&"a".repeat(MAX_FILE_BYTES - json.len() - tail.len()));
    json.push_str(tail);
    assert_eq!(json.len(), MAX_FILE_BYTES);
    let error = refused(&link_of_json(&json));
    assert!(matches!(error, ShareLinkError::Quote(SessionError::OutOfBounds(_))), "{error:?}");
}

#[test]
fn an_overlong_fragment_is_refused_before_decoding() {
    let link = format!("#q2.{}", "A".repeat(MAX_LINK_CHARS));
    assert_eq!(refused(&link), ShareLinkError::TooLong { chars: MAX_LINK_CHARS + 3 });
    assert!(refused(&link).words().contains("2,000,000 characters"));
}

#[test]
fn unknown_fields_are_refused_by_name() {
    let session = Session::new().to_json();
    let with_colour = session.replacen('{', r#"{"colour":"red","#, 1);
    let error = refused(&link_of_json(&format!(r#"{{"catalog_versions":{{}},"session":{with_colour}}}"#)));
    assert!(
        matches!(&error, ShareLinkError::Quote(SessionError::NotASavedQuote(ShapeProblem::Reader(r))) if r.contains("unknown field `colour`")),
        "{error:?}"
    );
    assert!(error.words().contains("unknown field `colour`"), "{}", error.words());
    let error = refused(&link_of_json(&format!(r#"{{"catalog_versions":{{}},"session":{session},"extra":1}}"#)));
    assert!(
        matches!(&error, ShareLinkError::NotAPayload(ShapeProblem::Reader(r)) if r.contains("unknown field `extra`")),
        "{error:?}"
    );
    let error = refused(&link_of_json(&format!(r#"{{"session":{session}}}"#)));
    assert!(
        matches!(&error, ShareLinkError::NotAPayload(ShapeProblem::Reader(r)) if r.contains("catalog_versions")),
        "{error:?}"
    );
}

#[test]
fn values_outside_their_bounds_are_refused_as_in_a_file() {
    let mut session = sample_session();
    session.quote.term_months = 12;
    let json = session.to_json().replace(r#""term_months":12"#, r#""term_months":4294967295"#);
    assert!(json.contains("4294967295"));
    let error = refused(&link_of_json(&format!(r#"{{"catalog_versions":{{}},"session":{json}}}"#)));
    assert!(matches!(error, ShareLinkError::Quote(SessionError::OutOfBounds(_))), "{error:?}");
    assert!(
        error.words().contains("quote.term_months is 4294967295 months, but it must be 1 to 36 months"),
        "{error:?}"
    );
    let long_name =
        format!(r#"{{"catalog_versions":{{}},"session":{{"profile":{{"customer_name":"{}"}}}}}}"#, "x".repeat(501));
    assert!(refused(&link_of_json(&long_name)).words().contains("profile.customer_name"));
    let newer = r#"{"catalog_versions":{},"session":{"version":4}}"#;
    assert_eq!(refused(&link_of_json(newer)), ShareLinkError::Quote(SessionError::NewerVersion(4)));
    let long_version = format!(r#"{{"catalog_versions":{{"a.txt":"{}"}},"session":{{}}}}"#, "9".repeat(501));
    assert!(matches!(
        refused(&link_of_json(&long_version)),
        ShareLinkError::CatalogVersion(bound) if bound.field.contains("catalog_versions")
    ));
}

#[test]
fn garbage_is_refused() {
    let garbage: Vec<u8> = (0u32..2000).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    assert!(matches!(refused(&encode_bytes(&garbage)), ShareLinkError::NotAPayload(_)));
    assert!(matches!(refused(&link_of_json("[1, 2, 3]")), ShareLinkError::NotAPayload(_)));
    assert!(matches!(refused(&link_of_json(r#"{"catalog_versions":{},"session":[1]}"#)), ShareLinkError::Quote(_)));
    assert!(matches!(refused(&link_of_json(r#"{"catalog_versions":{},"session":null}"#)), ShareLinkError::Quote(_)));
    assert!(matches!(refused(&encode_bytes(b"")), ShareLinkError::NotAPayload(_)));
    let mut link = String::from(LINK_PREFIX);
    base64url_encode(&garbage, &mut link);
    let error = refused(&link);
    assert!(matches!(error, ShareLinkError::NotDeflate | ShareLinkError::Truncated | ShareLinkError::NotAPayload(_)));
}

#[test]
fn an_older_quote_in_a_link_is_upgraded_and_says_so() {
    let v1 = r#"{"catalog_versions":{},"session":{"version":1,"profile":{"numbers":{"instances":300}}}}"#;
    let opened = read_link(&catalog(), &link_of_json(v1)).expect("reads");
    assert_eq!(opened.loaded.session.version, SESSION_VERSION);
    let told = opened.loaded.upgraded.and_then(|upgrade| {
        om_configurator::present::refusals::upgrade_told(
            om_configurator::present::text::Language::En.texts(),
            &upgrade,
            false,
        )
    });
    assert!(told.as_ref().is_some_and(|u| u.contains("instances (300)")), "{told:?}");
    assert!(told.is_some_and(|u| u.ends_with("opens as one option.")), "a link from before options says it once");
}

#[test]
fn a_link_made_under_another_catalog_version_lists_the_changes() {
    let catalog = catalog();
    let mut session = sample_session();
    session.quote.add("no-such-item");
    let mut versions = catalog_versions(&catalog, &session);
    let om_seed = catalog.entry("om-chaos-basic").expect("in the catalog").document.seed.clone();
    let coc_seed = catalog.entry("coc-chaos-drills").expect("in the catalog").document.seed.clone();
    let now = catalog.entry("om-chaos-basic").expect("in the catalog").document.updated_on.clone();
    versions.insert(om_seed, "2025-01-10".into());
    versions.remove(&coc_seed);
    let link = encode_payload(&LinkPayload { catalog_versions: versions, session: session.clone() });
    let opened = read_link(&catalog, &link).expect("reads");
    assert_eq!(opened.loaded.session, session, "the quote opens as it was");
    assert_eq!(
        opened.catalog_changes,
        vec![
            format!(
                "Chaos Engineering Drill Service Basic Edition: the Deterministic O&M Management Service catalog was 2025-01-10 when the link was made, now {now}; check its terms."
            ),
            format!(
                "{}: the link does not say which version of the COC Implementation Support Service catalog it was made with (now {}); check its terms.",
                catalog.name_of("coc-chaos-drills"),
                catalog.entry("coc-chaos-drills").expect("in the catalog").document.updated_on
            ),
            "no-such-item: no longer in the catalog.".to_string(),
        ]
    );
    // The link's own versions for the same catalog: nothing but the unknown item.
    let link = link_fragment(&catalog, &session);
    assert_eq!(
        read_link(&catalog, &link).expect("reads").catalog_changes,
        vec!["no-such-item: no longer in the catalog."]
    );
    let versions: BTreeMap<_, _> = catalog_versions(&catalog, &session);
    assert_eq!(versions.len(), 2, "two seed documents: {versions:?}");
}
