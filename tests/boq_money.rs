//! catalog-rules §7: BOQ quantities, units and terms; exact money with one rounding per
//! line (half away from zero); price books in JSON and CSV; a BOQ without prices.

mod common;
use common::*;
use om_configurator::domain::boq::Boq;
use om_configurator::domain::catalog::{Billing, NumericInput::*};
use om_configurator::domain::money::{format_amount, line_amount, parse_price, DiscountBp, Minor, MoneyError, PriceBook};

#[test]
fn rounding_is_once_per_line_half_away_from_zero() {
    // 0.05 x 1 x 1 less 50 % = 0.025 -> 0.03 (half away from zero), not 0.02.
    assert_eq!(line_amount(Minor(5), 1, 1, DiscountBp(5_000)), Minor(3));
    assert_eq!(line_amount(Minor(-5), 1, 1, DiscountBp(5_000)), Minor(-3));
    // 33.33 x 3 x 12 less 12.5 % = 1049.895 -> 1049.90
    assert_eq!(line_amount(Minor(3_333), 3, 12, DiscountBp(1_250)), Minor(104_990));
    assert_eq!(line_amount(Minor(1_000), 2, 1, DiscountBp(0)), Minor(2_000));
    assert_eq!(line_amount(Minor(1_000), 2, 1, DiscountBp(10_000)), Minor(0));
}

#[test]
fn prices_and_discounts_parse_exactly_or_are_refused() {
    assert_eq!(parse_price("USD", "1250"), Some(Minor(125_000)));
    assert_eq!(parse_price("USD", "1250.5"), Some(Minor(125_050)));
    assert_eq!(parse_price("USD", "0.07"), Some(Minor(7)));
    assert_eq!(parse_price("USD", "1.005"), None, "more decimals than the currency has");
    assert_eq!(parse_price("JPY", "1500"), Some(Minor(1_500)));
    assert_eq!(parse_price("JPY", "1500.5"), None);
    assert_eq!(parse_price("USD", "-3"), None);
    assert_eq!(parse_price("USD", "abc"), None);
    assert_eq!(DiscountBp::parse_percent("12.5"), Ok(DiscountBp(1_250)));
    assert_eq!(DiscountBp::parse_percent("12,5 %"), Ok(DiscountBp(1_250)));
    assert!(matches!(DiscountBp::parse_percent("101"), Err(MoneyError::BadDiscount(_))));
    assert_eq!(DiscountBp(1_250).percent_text(), "12.5");
    assert_eq!(format_amount("USD", Minor(123_456_789)), "USD 1,234,567.89");
    assert_eq!(format_amount("JPY", Minor(1_500)), "JPY 1,500");
}

fn priced_quote() -> om_configurator::domain::quote::Quote {
    let catalog = catalog();
    let json = r#"{"name": "Test", "currency": "USD", "prices": {
        "om-chaos-basic": "10000.00",
        "Chaos Engineering Drill Service Incremental Package": "1500.50",
        "apm-hosting-24x7": "3333.33",
        "apm-tech-support": 800
    }}"#;
    let loaded = PriceBook::from_json(&catalog, json).expect("valid price book");
    assert!(loaded.unknown_items.is_empty());
    let mut q = quote(&["om-chaos-basic", "apm-hosting-24x7", "apm-tech-support", "om-dev-junior"]);
    q.term_months = 12;
    q.line_mut("apm-hosting-24x7").unwrap().discount = DiscountBp(1_000);
    q.price_book = Some(loaded.book);
    q
}

#[test]
fn the_boq_has_numbered_lines_subtotals_and_exact_totals() {
    let catalog = catalog();
    let p = profile_with(&[(DrillScenarios, 8), (Instances, 130)]);
    let q = priced_quote();
    let ev = eval(&p, &q);
    let boq = Boq::build(&catalog, &q, &ev);
    let rows: Vec<(usize, &str, u32, Option<u32>)> =
        boq.rows.iter().map(|r| (r.no, r.item.as_str(), r.quantity, r.term_months)).collect();
    assert_eq!(
        rows,
        vec![
            (1, "om-chaos-basic", 1, None),
            (2, "om-chaos-inc", 3, None),
            (3, "om-dev-junior", 1, None),
            (4, "apm-tech-support", 7, Some(12)),
            (5, "apm-hosting-24x7", 1, Some(12)),
        ]
    );
    assert_eq!(boq.rows[1].unit, "scenario");
    assert!(boq.rows[1].derived);
    // 10000.00 + 3 x 1500.50 = 14501.50 one-off (the junior engineer is unpriced).
    let totals = boq.totals.as_ref().expect("priced");
    assert_eq!(totals.one_off, Minor(1_450_150));
    // Monthly: 7 x 800 (a JSON number is whole currency units) + 3333.33 less 10 %
    // (2999.997 -> 3000.00) = 8600.00
    assert_eq!(boq.rows[4].monthly, Some(Minor(300_000)));
    assert_eq!(totals.monthly, Minor(860_000));
    assert_eq!(totals.yearly, Minor(10_320_000));
    // Term amounts: 3333.33 x 12 less 10 % = 35999.964 -> 35999.96 ; 7 x 800 x 12 = 67200.00
    assert_eq!(boq.rows[4].amount, Some(Minor(3_599_996)));
    assert_eq!(totals.grand_total, Minor(1_450_150 + 3_599_996 + 6_720_000));
    assert_eq!(totals.unpriced_lines, 1);
    let subtotals: Vec<(&str, Minor)> = boq.subtotals.iter().map(|s| (s.offering_id.as_str(), s.total)).collect();
    assert_eq!(subtotals, vec![("om", Minor(1_450_150)), ("apaas-maintenance", Minor(3_599_996 + 6_720_000))]);
    assert_eq!(boq.rows[0].billing, Billing::OneOff);
}

#[test]
fn a_boq_without_a_price_book_is_complete_in_quantities() {
    let catalog = catalog();
    let p = profile_with(&[(DrillScenarios, 8)]);
    let q = quote(&["om-chaos-basic"]);
    let boq = Boq::build(&catalog, &q, &eval(&p, &q));
    assert_eq!(boq.rows.len(), 2);
    assert!(boq.rows.iter().all(|r| r.unit_price.is_none() && r.amount.is_none()));
    assert!(boq.totals.is_none());
}

#[test]
fn csv_price_books_use_a_header_and_one_currency() {
    let catalog = catalog();
    let csv = "item,unit_price,currency,illustrative\n\"O&M Platform PRR Governance Service\",\"12,000\",USD,yes\n";
    assert!(matches!(PriceBook::from_csv(&catalog, csv), Err(MoneyError::BadPrice { .. })), "a thousands comma is not a price");
    let csv = "item,unit_price,currency,illustrative\nO&M Platform PRR Governance Service,12000.00,USD,yes\nom-dev-senior,950,usd,\nnot-an-item,1,USD,\n";
    let loaded = PriceBook::from_csv(&catalog, csv).expect("valid CSV");
    assert_eq!(loaded.book.currency, "USD");
    assert!(loaded.book.illustrative);
    assert_eq!(loaded.book.price("om-prr"), Some(Minor(1_200_000)));
    assert_eq!(loaded.book.price("om-dev-senior"), Some(Minor(95_000)));
    assert_eq!(loaded.unknown_items, vec!["not-an-item".to_string()]);
    let mixed = "item,unit_price,currency\nom-prr,1,USD\nom-dev-senior,1,EUR\n";
    assert!(matches!(PriceBook::from_csv(&catalog, mixed), Err(MoneyError::BadFormat(_))));
    assert!(matches!(PriceBook::from_csv(&catalog, "price\n1\n"), Err(MoneyError::BadFormat(_))));
}

#[test]
fn a_price_book_round_trips_through_json() {
    let catalog = catalog();
    let book = priced_quote().price_book.unwrap();
    let again = PriceBook::from_json(&catalog, &book.to_json()).unwrap().book;
    assert_eq!(again.prices, book.prices);
    assert_eq!(again.currency, "USD");
}

#[test]
fn the_sample_price_book_in_public_is_illustrative_and_prices_every_item() {
    let catalog = catalog();
    let json = include_str!("../public/sample-price-book.json");
    let loaded = PriceBook::from_json(&catalog, json).expect("sample is valid");
    assert!(loaded.book.illustrative, "sample numbers must be marked illustrative");
    assert!(loaded.unknown_items.is_empty());
    assert_eq!(loaded.book.prices.len(), catalog.len());
}

#[test]
fn the_boq_csv_quotes_fields_and_marks_illustrative_prices() {
    let catalog = catalog();
    let mut q = priced_quote();
    let p = profile_with(&[(DrillScenarios, 8), (Instances, 130)]);
    let csv = Boq::build(&catalog, &q, &eval(&p, &q)).to_csv();
    let mut lines = csv.split("\r\n");
    assert_eq!(lines.next(), Some("No,Item,Offering,Unit,Quantity,Billing,Term (months),Currency,Unit price,Discount %,Amount,Because"));
    assert_eq!(lines.next(), Some("1,Chaos Engineering Drill Service Basic Edition,Deterministic O&M Management Service,package,1,one-off,,USD,10000.00,0,10000.00,1 per quote: covers 5 drill scenarios; more are added as Incremental Packages"));
    assert!(csv.contains(",Grand total over the term,,,,,,USD,,,"));
    q.price_book.as_mut().unwrap().illustrative = true;
    let csv = Boq::build(&catalog, &q, &eval(&p, &q)).to_csv();
    assert!(csv.starts_with("ILLUSTRATIVE PRICES"));
}

#[test]
fn the_timeline_adds_up_to_the_grand_total() {
    let catalog = catalog();
    let p = profile_with(&[(DrillScenarios, 8), (Instances, 130)]);
    let q = priced_quote();
    let boq = Boq::build(&catalog, &q, &eval(&p, &q));
    let months = boq.timeline();
    assert_eq!(months.len(), 12);
    assert_eq!(months[0].one_off, Minor(1_450_150));
    assert!(months[1..].iter().all(|m| m.one_off == Minor(0)));
    let sum: i64 = months.iter().map(|m| m.one_off.0 + m.recurring.0).sum();
    assert_eq!(Minor(sum), boq.totals.unwrap().grand_total);
}

#[test]
fn an_absurd_term_never_makes_the_timeline_longer_than_36_months() {
    let catalog = catalog();
    let mut q = priced_quote();
    q.line_mut("apm-hosting-24x7").unwrap().term_months = Some(4_000_000_000);
    let p = profile_with(&[(DrillScenarios, 8), (Instances, 130)]);
    let boq = Boq::build(&catalog, &q, &eval(&p, &q));
    assert_eq!(boq.timeline().len(), 36);
}
