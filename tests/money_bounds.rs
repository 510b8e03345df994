//! catalog-rules §7 and §8.13: the money bounds (prices 0 to 1,000,000,000 major units of
//! the currency, discounts 0-100 %, a price book's name up to 500 characters, a price
//! book file up to 1 MB), each refused one step past its edge and accepted at it with a
//! message naming the field and the limit; JSON prices as strings or integers, never
//! floats; no unknown fields; ISO 4217 currencies (tests/fixtures/iso4217.tsv is the
//! reference); a UTF-8 byte order mark accepted in both formats.

mod common;

use common::Worded;

use std::collections::BTreeSet;

use common::catalog;
use om_configurator::domain::money::{
    check_currency, currency_digits, max_price, parse_price_at, DiscountBp, Minor, MoneyError, ISO_4217,
};
use om_configurator::domain::price_book::{price_differences, PriceBook, PriceDifference};

/// Loads a JSON price book, or the refusal's sentence.
fn json(text: &str) -> Result<PriceBook, String> {
    PriceBook::from_json(&catalog(), text).map(|loaded| loaded.book).map_err(|e| e.words())
}

/// A JSON price book pricing om-prr at `price` (raw JSON) in `currency`.
fn one_price(currency: &str, price: &str) -> String {
    format!(r#"{{"currency": "{currency}", "prices": {{"om-prr": {price}}}}}"#)
}

fn price_of(currency: &str, price: &str) -> Result<Minor, String> {
    json(&one_price(currency, price)).map(|book| book.price("om-prr").unwrap_or(Minor(-1)))
}

// ------------------------------------------------------------------------------ ISO 4217

/// The fixture's rows: (code, minor units; None for "N.A.").
fn fixture() -> Vec<(String, Option<u32>)> {
    include_str!("fixtures/iso4217.tsv")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.starts_with("code\t") && !line.trim().is_empty())
        .map(|line| {
            let mut cells = line.split('\t');
            let code = cells.next().unwrap_or_default().to_string();
            let units = cells.next().unwrap_or_default();
            let units = if units == "N.A." { None } else { Some(units.parse().expect("minor units are a number")) };
            (code, units)
        })
        .collect()
}

#[test]
fn the_currency_table_is_iso_4217_list_one() {
    let reference = fixture();
    assert_eq!(reference.len(), 178, "the 2026-01-01 list has 178 active codes");
    let table: Vec<(String, Option<u32>)> =
        ISO_4217.iter().map(|(code, units)| ((*code).to_string(), *units)).collect();
    assert_eq!(table, reference);
    // Sorted and unique: the lookup is a binary search.
    assert!(ISO_4217.windows(2).all(|pair| pair[0].0 < pair[1].0));
}

#[test]
fn minor_units_follow_iso_4217_not_common_usage() {
    let with = |digits: u32| -> BTreeSet<&str> {
        ISO_4217.iter().filter(|(_, units)| *units == Some(digits)).map(|(code, _)| *code).collect()
    };
    let zero: BTreeSet<&str> =
        "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF".split(' ').collect();
    assert_eq!(with(0), zero);
    assert_eq!(with(3), "BHD IQD JOD KWD LYD OMR TND".split(' ').collect());
    assert_eq!(with(4), "CLF UYW".split(' ').collect());
    assert_eq!(currency_digits("IDR"), Ok(2), "IDR has 2 minor units in ISO 4217");
    assert_eq!(currency_digits("USD"), Ok(2));
    assert_eq!(currency_digits("XCG"), Ok(2), "Caribbean guilder (2025)");
    assert_eq!(price_of("IDR", r#""1500.50""#), Ok(Minor(150_050)));
    assert_eq!(price_of("KWD", r#""1.005""#), Ok(Minor(1_005)));
    assert_eq!(price_of("CLF", r#""1.0001""#), Ok(Minor(10_001)));
    assert!(price_of("JPY", r#""1500.5""#).is_err());
}

#[test]
fn unknown_withdrawn_and_non_currency_codes_are_refused() {
    for code in ["ABC", "HRK", "ANG", "SLL", "CUC", "VEF", "ZWL"] {
        assert_eq!(currency_digits(code), Err(MoneyError::UnknownCurrency(code.to_string())), "{code}");
    }
    for code in ["XAU", "XAG", "XPT", "XPD", "XDR", "XBA", "XSU", "XUA", "XTS", "XXX"] {
        assert_eq!(currency_digits(code), Err(MoneyError::NoMinorUnit(code.to_string())), "{code}");
    }
    assert_eq!(check_currency(" usd "), Ok("USD".to_string()));
    assert_eq!(check_currency("US"), Err(MoneyError::BadCurrency("US".into())));
    assert_eq!(check_currency("U$D"), Err(MoneyError::BadCurrency("U$D".into())));
    assert_eq!(
        json(&one_price("XAU", r#""1""#)),
        Err("currency: XAU has no minor unit in ISO 4217 (a precious metal, fund or special code): prices cannot be written in it".into())
    );
    assert_eq!(json(&one_price("ABC", r#""1""#)), Err("currency: ABC is not an active ISO 4217 currency code".into()));
    let csv = "item,unit_price,currency\nom-prr,1,HRK\n";
    assert_eq!(PriceBook::from_csv(&catalog(), csv).map(|l| l.book), Err(MoneyError::UnknownCurrency("HRK".into())));
    assert_eq!(max_price("XAU"), None);
    assert_eq!(max_price("ABC"), None);
}

// -------------------------------------------------------------------------------- prices

#[test]
fn a_price_of_1_000_000_000_is_accepted_and_one_minor_unit_more_refused_in_each_currency() {
    for (currency, edge, edge_minor, above) in [
        ("USD", "1000000000.00", 100_000_000_000_i64, "1000000000.01"),
        ("JPY", "1000000000", 1_000_000_000, "1000000001"),
        ("KWD", "1000000000.000", 1_000_000_000_000, "1000000000.001"),
        ("CLF", "1000000000.0000", 10_000_000_000_000, "1000000000.0001"),
    ] {
        assert_eq!(max_price(currency), Some(Minor(edge_minor)));
        assert_eq!(price_of(currency, &format!("\"{edge}\"")), Ok(Minor(edge_minor)), "{currency} {edge}");
        assert_eq!(
            price_of(currency, &format!("\"{above}\"")),
            Err(format!("prices.\"om-prr\": {above} is above the limit of 1,000,000,000 {currency}"))
        );
        assert_eq!(
            parse_price_at(currency, "unit price", above),
            Err(MoneyError::PriceAboveLimit {
                field: "unit price".into(),
                text: above.into(),
                currency: currency.into()
            })
        );
    }
    // A JSON integer is whole major units.
    assert_eq!(price_of("USD", "1000000000"), Ok(Minor(100_000_000_000)));
    assert_eq!(
        price_of("USD", "1000000001"),
        Err("prices.\"om-prr\": 1000000001 is above the limit of 1,000,000,000 USD".into())
    );
    // The lower edge: 0 is a price, anything below is not.
    assert_eq!(price_of("USD", r#""0.00""#), Ok(Minor(0)));
    assert_eq!(price_of("USD", "0"), Ok(Minor(0)));
    assert_eq!(
        price_of("USD", r#""-0.01""#),
        Err("prices.\"om-prr\": -0.01 is below the limit of 0 (a price cannot be negative)".into())
    );
    assert_eq!(
        price_of("USD", "-1"),
        Err("prices.\"om-prr\": -1 is below the limit of 0 (a price cannot be negative)".into())
    );
}

#[test]
fn the_saturated_total_of_the_issue_is_refused_at_load_naming_the_item() {
    let text = r#"{"currency": "USD", "prices": {"om-chaos-basic": "92233720368547758.07"}}"#;
    assert_eq!(
        json(text),
        Err("prices.\"om-chaos-basic\": 92233720368547758.07 is above the limit of 1,000,000,000 USD".into())
    );
    // Any length of digits is "above the limit", never "not a price" nor a wrapped value.
    let text = r#"{"currency": "USD", "prices": {"om-chaos-basic": "123456789012345678901234567890.00"}}"#;
    assert_eq!(
        json(text),
        Err("prices.\"om-chaos-basic\": 123456789012345678901234567890.00 is above the limit of 1,000,000,000 USD"
            .into())
    );
    // In a CSV the line and the item are named.
    let csv = "item,unit_price,currency\n\nom-prr,1,USD\nom-chaos-basic,92233720368547758.07,USD\n";
    assert_eq!(
        PriceBook::from_csv(&catalog(), csv).map_err(|e| e.words()).map(|l| l.book),
        Err("line 4, unit_price of \"om-chaos-basic\": 92233720368547758.07 is above the limit of 1,000,000,000 USD"
            .into())
    );
}

#[test]
fn json_prices_are_strings_or_integers_never_floats() {
    assert_eq!(
        price_of("USD", "1250.5"),
        Err("prices.\"om-prr\": the JSON number 1250.5 is not accepted as a price; write the price as a string, \"1250.50\" (a JSON number may only be a whole number of units)".into())
    );
    let examples = [
        ("1e3", Some("1000.00")),
        ("1250.0", Some("1250.00")),
        ("0.1", Some("0.10")),
        ("-12.5", Some("-12.50")),
        // Not exactly a USD price: no example is made up.
        ("1.005", None),
        ("92233720368547758.07", None),
        ("1e300", None),
    ];
    for (number, example) in examples {
        let refused = PriceBook::from_json(&catalog(), &one_price("USD", number)).map(|l| l.book);
        let Err(MoneyError::FloatPrice { field, example: given, .. }) = refused else {
            panic!("{number} must be refused as a float: {refused:?}")
        };
        assert_eq!((field.as_str(), given.as_deref()), ("prices.\"om-prr\"", example), "{number}");
    }
    assert_eq!(
        price_of("USD", "92233720368547758.07"),
        Err("prices.\"om-prr\": the JSON number 9.223372036854776e+16 is not accepted as a price; write the price as a string, e.g. \"1250.50\" (a JSON number may only be a whole number of units)".into())
    );
    assert_eq!(price_of("USD", "800"), Ok(Minor(80_000)));
    assert_eq!(price_of("USD", r#""1250.5""#), Ok(Minor(125_050)), "a string keeps its decimals");
    assert_eq!(
        price_of("USD", "true"),
        Err(
            "prices.\"om-prr\": \"true\" is not a price (use digits and at most the currency's decimals, e.g. 1250.00)"
                .into()
        )
    );
    assert!(matches!(PriceBook::from_json(&catalog(), &one_price("USD", "[1]")), Err(MoneyError::BadPrice { .. })));
}

#[test]
fn unknown_fields_in_a_json_price_book_are_refused_by_name() {
    let text = r#"{"currency": "USD", "prices": {"om-prr": "1"}, "discount": 5}"#;
    assert_eq!(
        PriceBook::from_json(&catalog(), text).map(|l| l.book),
        Err(MoneyError::UnknownField("discount".into()))
    );
    assert_eq!(
        json(text),
        Err("\"discount\" is not a price book field (the fields are name, currency, illustrative, prices and date)"
            .into())
    );
    // A misspelt field is not silently ignored either.
    assert_eq!(
        json(r#"{"currency": "USD", "illustrativ": true, "prices": {}}"#),
        Err("\"illustrativ\" is not a price book field (the fields are name, currency, illustrative, prices and date)"
            .into())
    );
    assert!(json(r#"{"name": "N", "currency": "USD", "illustrative": true, "prices": {}}"#).is_ok());
    assert!(matches!(PriceBook::from_json(&catalog(), "[1, 2]"), Err(MoneyError::BadFormat(_))));
}

#[test]
fn a_publication_date_is_a_real_day_kept_through_saving_and_checked_in_a_saved_quote() {
    let book = json(r#"{"name": "ACME", "currency": "USD", "date": "2026-11-01", "prices": {"om-prr": "1"}}"#)
        .expect("a dated price book");
    assert_eq!(book.date.as_deref(), Some("2026-11-01"));
    assert_eq!(PriceBook::from_json(&catalog(), &book.to_json()).map(|l| l.book), Ok(book.clone()));
    for bad in ["2026-02-30", "2026-13-01", "1 Nov 2026", ""] {
        let text = format!(r#"{{"currency": "USD", "date": "{bad}", "prices": {{}}}}"#);
        assert_eq!(
            json(&text),
            Err(format!("date: \"{bad}\" is not a calendar day written YYYY-MM-DD (for example 2026-12-01)")),
            "{bad}"
        );
    }
    let saved = PriceBook { date: Some("2026-02-30".into()), ..book };
    assert_eq!(saved.validate(), Err(MoneyError::BadDate("2026-02-30".into())));
    // Without a date the book is as before, and its file has no date field.
    let undated = json(r#"{"currency": "USD", "prices": {}}"#).expect("undated");
    assert_eq!(undated.date, None);
    assert!(!undated.to_json().contains("date"));
}

#[test]
fn a_carried_price_book_differs_from_the_published_one_on_the_quoted_items_only() {
    let published =
        json(r#"{"currency": "SGD", "prices": {"om-chaos-basic": "9000", "om-chaos-inc": "1000", "om-prr": "5"}}"#)
            .expect("published");
    let carried =
        json(r#"{"currency": "SGD", "prices": {"om-chaos-basic": "8000", "om-chaos-inc": "1000"}}"#).expect("carried");
    let quoted = ["om-chaos-basic".to_string(), "om-chaos-inc".to_string()];
    assert_eq!(
        price_differences(&published, Some(&carried), &quoted),
        vec![PriceDifference::Price {
            item: "om-chaos-basic".into(),
            published: Some(Minor(900_000)),
            carried: Some(Minor(800_000))
        }]
    );
    // om-prr differs but is not quoted; the same book differs nowhere.
    assert_eq!(price_differences(&published, Some(&published), &quoted), vec![]);
    // Without prices every published price of the quote would be dropped.
    assert_eq!(price_differences(&published, None, &quoted).len(), 2);
    let dollars = PriceBook { currency: "USD".into(), ..carried };
    assert_eq!(
        price_differences(&published, Some(&dollars), &quoted),
        vec![PriceDifference::Currency("SGD".into(), "USD".into())]
    );
}

// ----------------------------------------------------------------------------- discounts

#[test]
fn a_discount_of_100_percent_is_accepted_and_100_01_refused() {
    assert_eq!(DiscountBp::parse_percent("100"), Ok(DiscountBp(10_000)));
    assert_eq!(DiscountBp::parse_percent("100.00 %"), Ok(DiscountBp(10_000)));
    assert_eq!(DiscountBp::parse_percent("0"), Ok(DiscountBp(0)));
    assert_eq!(
        DiscountBp::parse_percent("100.01"),
        Err(MoneyError::DiscountAboveLimit { field: "discount".into(), text: "100.01".into() })
    );
    assert_eq!(
        DiscountBp::parse_percent("100.01").map_err(|e| e.words()),
        Err("discount: 100.01 % is above the limit of 100 %".into())
    );
    assert!(matches!(DiscountBp::parse_percent("123456789012345678901"), Err(MoneyError::DiscountAboveLimit { .. })));
    assert!(matches!(DiscountBp::parse_percent("-1"), Err(MoneyError::BadDiscount(_))));
    assert!(matches!(DiscountBp::parse_percent("12.345"), Err(MoneyError::BadDiscount(_))));
    // A discount held in a saved quote.
    assert_eq!(DiscountBp(10_000).check(), Ok(DiscountBp(10_000)));
    assert_eq!(DiscountBp(0).check(), Ok(DiscountBp(0)));
    assert_eq!(
        DiscountBp(10_001).check().map_err(|e| e.words()),
        Err("discount: 100.01 % is above the limit of 100 %".into())
    );
    assert_eq!(
        DiscountBp(u32::MAX).check_at("lines[2].discount").map_err(|e| e.words()),
        Err("lines[2].discount: 42949672.95 % is above the limit of 100 %".into())
    );
}

// ------------------------------------------------------------------- text and file sizes

#[test]
fn a_name_of_500_characters_is_accepted_and_501_refused() {
    // Characters, not bytes: "é" is two bytes.
    let name = |chars: usize| "é".repeat(chars);
    let book = |name: &str| format!(r#"{{"name": "{name}", "currency": "USD", "prices": {{}}}}"#);
    assert_eq!(json(&book(&name(500))).map(|b| b.name.chars().count()), Ok(500));
    let refused = json(&book(&name(501))).expect_err("501 characters");
    assert!(refused.starts_with("name: ") || refused.starts_with("name "), "{refused}");
    assert!(refused.contains("501") && refused.contains("500 characters"), "{refused}");
    assert!(matches!(PriceBook::from_json(&catalog(), &book(&name(501))), Err(MoneyError::OutOfBounds(_))));
}

#[test]
fn a_price_book_file_of_1_mb_is_accepted_and_one_byte_more_refused() {
    let pad = |text: &str, size: usize| format!("{text}{}", " ".repeat(size - text.len()));
    let text = one_price("USD", r#""1""#);
    assert_eq!(json(&pad(&text, 1_000_000)).map(|b| b.price("om-prr")), Ok(Some(Minor(100))));
    let refused = PriceBook::from_json(&catalog(), &pad(&text, 1_000_001)).map(|l| l.book);
    let Err(MoneyError::OutOfBounds(bound)) = &refused else { panic!("refused as too large: {refused:?}") };
    let sentence = bound.words();
    assert!(sentence.contains("1,000,001 bytes") && sentence.contains("1,000,000 bytes (1 MB)"), "{sentence}");
    let csv = "item,unit_price,currency\nom-prr,1,USD\n";
    assert!(PriceBook::from_csv(&catalog(), &pad(csv, 1_000_000)).is_ok());
    assert!(matches!(PriceBook::from_csv(&catalog(), &pad(csv, 1_000_001)), Err(MoneyError::OutOfBounds(_))));
}

// -------------------------------------------------------------------------- BOM, formats

#[test]
fn a_utf8_byte_order_mark_is_accepted_in_both_formats() {
    let catalog = catalog();
    let csv = "\u{feff}item,unit_price,currency\r\nom-prr,12000.00,USD\r\n";
    let loaded = PriceBook::from_csv(&catalog, csv).expect("Excel's CSV UTF-8");
    assert_eq!(loaded.book.price("om-prr"), Some(Minor(1_200_000)));
    let text = format!("\u{feff}{}", one_price("EUR", r#""1234.56""#));
    let loaded = PriceBook::from_json(&catalog, &text).expect("JSON with a BOM");
    assert_eq!((loaded.book.currency.as_str(), loaded.book.price("om-prr")), ("EUR", Some(Minor(123_456))));
    // Only at the start: elsewhere it is not a price.
    assert!(PriceBook::from_csv(&catalog, "item,unit_price,currency\nom-prr,\u{feff}1,USD\n").is_err());
}

// ---------------------------------------------------------------------- saved price books

#[test]
fn validate_checks_a_price_book_that_was_not_loaded_from_a_file() {
    let catalog = catalog();
    let sample = PriceBook::from_json(&catalog, include_str!("../public/sample-price-book.json")).expect("sample");
    assert_eq!(sample.book.validate(), Ok(()));

    let mut book = PriceBook::empty("USD");
    book.prices.insert("om-prr".into(), Minor(100_000_000_000));
    assert_eq!(book.validate(), Ok(()), "1,000,000,000.00 USD is the edge");
    book.prices.insert("om-prr".into(), Minor(100_000_000_001));
    assert_eq!(
        book.validate().map_err(|e| e.words()),
        Err("prices.\"om-prr\": 1000000000.01 is above the limit of 1,000,000,000 USD".into())
    );
    book.prices.insert("om-prr".into(), Minor(i64::MAX));
    assert_eq!(
        book.validate().map_err(|e| e.words()),
        Err("prices.\"om-prr\": 92233720368547758.07 is above the limit of 1,000,000,000 USD".into())
    );
    book.prices.insert("om-prr".into(), Minor(-1));
    assert!(matches!(book.validate(), Err(MoneyError::NegativePrice { .. })));
    book.prices.insert("om-prr".into(), Minor(1));

    book.name = "x".repeat(500);
    assert_eq!(book.validate(), Ok(()));
    book.name = "x".repeat(501);
    assert!(matches!(book.validate(), Err(MoneyError::OutOfBounds(_))));
    book.name = "N".into();

    for (currency, error) in [
        ("XAU", MoneyError::NoMinorUnit("XAU".into())),
        ("ABC", MoneyError::UnknownCurrency("ABC".into())),
        ("usd", MoneyError::BadCurrency("usd".into())),
    ] {
        book.currency = currency.into();
        assert_eq!(book.validate(), Err(error));
    }
    // The edge in a 0-digit currency: 1,000,000,000 JPY, in yen.
    book.currency = "JPY".into();
    book.prices.insert("om-prr".into(), Minor(1_000_000_000));
    assert_eq!(book.validate(), Ok(()));
    book.prices.insert("om-prr".into(), Minor(1_000_000_001));
    assert!(matches!(book.validate(), Err(MoneyError::PriceAboveLimit { .. })));
}

#[test]
fn a_book_at_the_bounds_round_trips_through_json() {
    let catalog = catalog();
    let mut book = PriceBook::empty("KWD");
    book.prices.insert("om-prr".into(), Minor(1_000_000_000_000));
    book.prices.insert("om-dev-senior".into(), Minor(0));
    let again = PriceBook::from_json(&catalog, &book.to_json()).expect("round trip").book;
    assert_eq!(again.prices, book.prices);
    assert_eq!(again.validate(), Ok(()));
}

#[test]
fn differing_prices_are_worded_one_line_each_for_the_link_and_the_file() {
    use om_configurator::present::prices::{difference_lines, PriceWordings};
    use om_configurator::present::text::Language;
    let catalog = common::catalog();
    let published = json(r#"{"currency": "SGD", "prices": {"om-chaos-basic": "9000"}}"#).expect("published");
    let carried = json(r#"{"currency": "SGD", "prices": {"om-chaos-basic": "8000"}}"#).expect("carried");
    let quoted = ["om-chaos-basic".to_string()];
    let differences = price_differences(&published, Some(&carried), &quoted);
    let texts = Language::En.texts();
    let link = PriceWordings { currency: &texts.share.price_currency, price: &texts.share.price_differs };
    let file = PriceWordings { currency: &texts.export.price_currency, price: &texts.export.price_differs };
    assert_eq!(
        difference_lines(texts, &catalog, &published, &differences, link),
        ["Chaos Engineering Drill Service Basic Edition: SGD 9,000.00 published, SGD 8,000.00 in the link"]
    );
    assert_eq!(
        difference_lines(texts, &catalog, &published, &differences, file),
        ["Chaos Engineering Drill Service Basic Edition: SGD 9,000.00 published, SGD 8,000.00 in the file"]
    );
    // Indonesian writes the amounts with its marks.
    let id = Language::Id.texts();
    let lines = difference_lines(
        id,
        &catalog,
        &published,
        &differences,
        PriceWordings { currency: &id.export.price_currency, price: &id.export.price_differs },
    );
    assert!(lines[0].contains("SGD 9.000,00") && lines[0].contains("SGD 8.000,00"), "{lines:?}");
}
