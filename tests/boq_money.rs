//! catalog-rules §7: BOQ quantities, units and terms; exact money with one rounding per
//! line amount (half away from zero), a periodic line's term amount = monthly x months
//! exactly, checked sums (an amount too large to hold names its line, never a number);
//! price books in JSON and CSV; a BOQ without prices. Bounds, ISO 4217 and the file
//! formats' edge cases are in `money_bounds.rs`.

mod common;
use common::*;
use om_configurator::domain::boq::{AmountTooLarge, Boq, WhichAmount};
use om_configurator::domain::catalog::{Billing, NumericInput::*};
use om_configurator::domain::money::{
    format_amount, line_amount, parse_price, term_amount, DiscountBp, Minor, MoneyError,
};
use om_configurator::domain::price_book::PriceBook;

#[test]
fn rounding_is_once_per_line_half_away_from_zero() {
    // 0.05 x 1 less 50 % = 0.025 -> 0.03 (half away from zero), not 0.02.
    assert_eq!(line_amount(Minor(5), 1, DiscountBp(5_000)), Some(Minor(3)));
    assert_eq!(line_amount(Minor(-5), 1, DiscountBp(5_000)), Some(Minor(-3)));
    // 0.07 x 1 less 50 % = 0.035 -> 0.04; 0.03 x 1 less 50 % = 0.015 -> 0.02; below half: down.
    assert_eq!(line_amount(Minor(7), 1, DiscountBp(5_000)), Some(Minor(4)));
    assert_eq!(line_amount(Minor(3), 1, DiscountBp(5_000)), Some(Minor(2)));
    assert_eq!(line_amount(Minor(3_333), 1, DiscountBp(1_000)), Some(Minor(3_000)), "2999.7 -> 3000");
    assert_eq!(line_amount(Minor(1), 1, DiscountBp(5_100)), Some(Minor(0)), "0.0049 -> 0.00");
    // 33.33 x 3 less 12.5 % = 87.49125 -> 87.49 a month; over 12 months exactly 12 x 87.49.
    assert_eq!(line_amount(Minor(3_333), 3, DiscountBp(1_250)), Some(Minor(8_749)));
    assert_eq!(term_amount(Minor(8_749), 12), Some(Minor(104_988)));
    assert_eq!(line_amount(Minor(1_000), 2, DiscountBp(0)), Some(Minor(2_000)));
    assert_eq!(line_amount(Minor(1_000), 2, DiscountBp(10_000)), Some(Minor(0)));
}

#[test]
fn amounts_that_cannot_be_held_are_none_never_saturated() {
    assert_eq!(line_amount(Minor(i64::MAX), 1, DiscountBp(0)), Some(Minor(i64::MAX)));
    assert_eq!(line_amount(Minor(i64::MAX), 2, DiscountBp(0)), None);
    // Twice i64::MAX less 50 % fits again: the product is exact before the discount.
    assert_eq!(line_amount(Minor(i64::MAX), 2, DiscountBp(5_000)), Some(Minor(i64::MAX)));
    assert_eq!(line_amount(Minor(i64::MIN), 1, DiscountBp(0)), Some(Minor(i64::MIN)));
    assert_eq!(line_amount(Minor(i64::MIN), 1, DiscountBp(u32::MAX)), None);
    assert_eq!(term_amount(Minor(i64::MAX / 36), 36), Some(Minor(i64::MAX / 36 * 36)));
    assert_eq!(term_amount(Minor(i64::MAX / 36 + 1), 36), None);
    assert_eq!(Minor(i64::MAX).checked_add(Minor(1)), None);
    assert_eq!(Minor::checked_sum([Minor(i64::MAX), Minor(1)]), None);
    assert_eq!(Minor::checked_sum([Minor(2), Minor(3)]), Some(Minor(5)));
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
    assert!(matches!(DiscountBp::parse_percent("101"), Err(MoneyError::DiscountAboveLimit { .. })));
    assert!(matches!(DiscountBp::parse_percent("ten"), Err(MoneyError::BadDiscount(_))));
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
    let p = profile_with(&[(DrillScenarios, 8), (ApaasSupportInstances, 130)]);
    let q = priced_quote();
    let ev = eval(&p, &q);
    let boq = Boq::build(&catalog, &q, &ev.lines);
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
    assert_eq!(boq.rows[1].unit, om_configurator::domain::catalog::Unit::Scenario);
    assert!(boq.rows[1].derived);
    // 10000.00 + 3 x 1500.50 = 14501.50 one-off (the junior engineer is unpriced).
    let totals = boq.totals.as_ref().expect("priced");
    assert_eq!(totals.one_off, Minor(1_450_150));
    // Monthly: 7 x 800 (a JSON number is whole currency units) + 3333.33 less 10 %
    // (2999.997 -> 3000.00) = 8600.00
    assert_eq!(boq.rows[4].monthly, Some(Minor(300_000)));
    assert_eq!(totals.monthly, Minor(860_000));
    assert_eq!(totals.yearly, Minor(10_320_000));
    // Term amounts are the monthly amount x 12 exactly: 3000.00 x 12 = 36000.00 (not
    // 3333.33 x 12 less 10 % = 35999.964 -> 35999.96, which would not match 12 x the
    // month); 7 x 800 x 12 = 67200.00.
    assert_eq!(boq.rows[4].amount, Some(Minor(3_600_000)));
    assert_eq!(boq.rows[3].monthly, Some(Minor(560_000)));
    assert_eq!(boq.rows[3].amount, Some(Minor(6_720_000)));
    assert_eq!(totals.grand_total, Minor(1_450_150 + 3_600_000 + 6_720_000));
    assert_eq!(totals.yearly, Minor(12 * totals.monthly.0));
    assert_eq!(totals.unpriced_lines, 1);
    assert_eq!(boq.refused, None);
    assert_eq!(boq.currency.as_deref(), Some("USD"));
    let subtotals: Vec<(&str, Minor)> = boq.subtotals.iter().map(|s| (s.offering_id.as_str(), s.total)).collect();
    assert_eq!(subtotals, vec![("om", Minor(1_450_150)), ("apaas-maintenance", Minor(3_600_000 + 6_720_000))]);
    let monthly: Vec<Minor> = boq.subtotals.iter().map(|s| s.monthly).collect();
    assert_eq!(monthly, vec![Minor(0), Minor(860_000)]);
    assert_eq!(boq.rows[0].billing, Billing::OneOff);
}

#[test]
fn a_boq_without_a_price_book_is_complete_in_quantities() {
    let catalog = catalog();
    let p = profile_with(&[(DrillScenarios, 8)]);
    let q = quote(&["om-chaos-basic"]);
    let boq = Boq::build(&catalog, &q, &eval(&p, &q).lines);
    assert_eq!(boq.rows.len(), 2);
    assert!(boq.rows.iter().all(|r| r.unit_price.is_none() && r.amount.is_none()));
    assert!(boq.totals.is_none());
}

#[test]
fn csv_price_books_use_a_header_and_one_currency() {
    let catalog = catalog();
    let csv = "item,unit_price,currency,illustrative\n\"O&M Platform PRR Governance Service\",\"12,000\",USD,yes\n";
    assert!(
        matches!(PriceBook::from_csv(&catalog, csv), Err(MoneyError::BadPrice { .. })),
        "a thousands comma is not a price"
    );
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
fn the_timeline_adds_up_to_the_grand_total() {
    let catalog = catalog();
    let p = profile_with(&[(DrillScenarios, 8), (ApaasSupportInstances, 130)]);
    let q = priced_quote();
    let boq = Boq::build(&catalog, &q, &eval(&p, &q).lines);
    let months = boq.timeline();
    assert_eq!(months.len(), 12);
    assert_eq!(months[0].one_off, Minor(1_450_150));
    assert!(months[1..].iter().all(|m| m.one_off == Minor(0)));
    // Every month carries exactly the recurring total per month: no month absorbs rounding.
    assert!(months.iter().all(|m| m.recurring == Minor(860_000)));
    let sum: i64 = months.iter().map(|m| m.one_off.0 + m.recurring.0).sum();
    assert_eq!(Minor(sum), boq.totals.unwrap().grand_total);
}

#[test]
fn an_absurd_term_never_makes_the_timeline_longer_than_36_months() {
    let catalog = catalog();
    let mut q = priced_quote();
    q.line_mut("apm-hosting-24x7").unwrap().term_months = Some(4_000_000_000);
    let p = profile_with(&[(DrillScenarios, 8), (ApaasSupportInstances, 130)]);
    let boq = Boq::build(&catalog, &q, &eval(&p, &q).lines);
    assert_eq!(boq.timeline().len(), 36);
}

/// A book built in code (not loaded, so no bound is checked) with these prices.
fn book_with(currency: &str, prices: &[(&str, i64)]) -> PriceBook {
    let mut book = PriceBook::empty(currency);
    for (item, minor) in prices {
        book.prices.insert((*item).to_string(), Minor(*minor));
    }
    book
}

#[test]
fn a_sum_that_cannot_be_held_names_the_line_never_a_number() {
    let catalog = catalog();
    let p = profile_with(&[(DrillScenarios, 8)]);
    let mut q = quote(&["om-chaos-basic"]);
    // Line 1 alone fits; line 2 (3 incremental packages at 1.00) pushes the one-off total
    // over i64::MAX: saturating, it would have shown 92,233,720,368,547,758.07.
    q.price_book = Some(book_with("USD", &[("om-chaos-basic", i64::MAX - 100), ("om-chaos-inc", 100)]));
    let boq = Boq::build(&catalog, &q, &eval(&p, &q).lines);
    assert_eq!(boq.rows[0].amount, Some(Minor(i64::MAX - 100)));
    assert_eq!(boq.rows[1].amount, Some(Minor(300)));
    let expected = AmountTooLarge {
        line: 2,
        item: "om-chaos-inc".into(),
        name: "Chaos Engineering Drill Service Incremental Package".into(),
        amount: WhichAmount::OneOffTotal,
    };
    assert_eq!(boq.refused, Some(expected));
    assert_eq!(boq.totals, None);
    assert!(boq.subtotals.is_empty());
    assert_eq!(boq.currency.as_deref(), Some("USD"));
    assert_eq!(
        boq.refused.as_ref().map(|refused| english().refused(refused)).as_deref(),
        Some("Line 2, Chaos Engineering Drill Service Incremental Package: adding it makes the one-off total too large to hold exactly; check its price and quantity. Until then the quote cannot be issued.")
    );
    assert!(boq.timeline().is_empty());
    // What the CSV, XLSX and Word files write instead of totals: tests/exports.rs.
}

#[test]
fn a_term_amount_that_cannot_be_held_names_the_line_and_the_term() {
    let catalog = catalog();
    let p = profile_with(&[(DrillScenarios, 8), (ApaasSupportInstances, 130)]);
    let mut q = priced_quote();
    // A tenth of i64::MAX less 10 % is held per month, not over 12 months.
    let book = q.price_book.as_mut().unwrap();
    book.prices.insert("apm-hosting-24x7".into(), Minor(i64::MAX / 10));
    book.prices.insert("apm-tech-support".into(), Minor(i64::MAX));
    let boq = Boq::build(&catalog, &q, &eval(&p, &q).lines);
    // Line 4 (7 x i64::MAX a month) is the first that cannot be held: its monthly amount.
    assert_eq!(boq.rows[3].item, "apm-tech-support");
    assert_eq!(boq.refused.as_ref().map(|r| (r.line, r.amount.clone())), Some((4, WhichAmount::Monthly)));
    assert_eq!(boq.rows[3].monthly, None);
    assert_eq!(boq.rows[3].amount, None);
    // Line 5's monthly amount is held; its amount over 12 months is not.
    assert_eq!(boq.rows[4].monthly, Some(Minor(830_103_483_316_929_822)));
    assert_eq!(boq.rows[4].amount, None);
    assert_eq!(boq.totals, None);

    q.price_book.as_mut().unwrap().prices.insert("apm-tech-support".into(), Minor(80_000));
    let boq = Boq::build(&catalog, &q, &eval(&p, &q).lines);
    let refused = boq.refused.expect("refused");
    assert_eq!(
        (refused.line, refused.item.as_str(), refused.amount),
        (5, "apm-hosting-24x7", WhichAmount::Term { months: 12 })
    );
    assert_eq!(
        english().refused(&AmountTooLarge {
            line: 3,
            item: "apm-hosting-24x7".into(),
            name: "Some service".into(),
            amount: WhichAmount::Term { months: 36 }
        }),
        format!(
            "Line 3, {}: the amount over 36 months is too large to hold exactly; check its price and quantity. Until then the quote cannot be issued.",
            shared_catalog().name_of("apm-hosting-24x7")
        )
    );
    assert_eq!(boq.totals, None);
    assert!(boq.subtotals.is_empty());
}

#[test]
fn at_every_bound_a_usd_quote_still_adds_up_and_a_clf_one_is_refused_by_line() {
    // The largest price (1,000,000,000.00), quantity (100,000) and term (36 months): in
    // USD every amount is held; in CLF (4 decimals) the 36 months are not.
    let catalog = catalog();
    let p = profile();
    let mut q = quote(&["apm-hosting-24x7", "apm-hosting-inc-24x7"]);
    q.term_months = 36;
    q.line_mut("apm-hosting-inc-24x7").unwrap().quantity = 100_000;
    q.price_book = Some(book_with("USD", &[("apm-hosting-inc-24x7", 100_000_000_000)]));
    let boq = Boq::build(&catalog, &q, &eval(&p, &q).lines);
    let row = boq.rows.iter().find(|r| r.item == "apm-hosting-inc-24x7").expect("line");
    assert_eq!((row.quantity, row.term_months), (100_000, Some(36)));
    assert_eq!(row.monthly, Some(Minor(10_000_000_000_000_000)));
    assert_eq!(row.amount, Some(Minor(360_000_000_000_000_000)));
    let totals = boq.totals.expect("held exactly");
    assert_eq!(totals.monthly, Minor(10_000_000_000_000_000));
    assert_eq!(totals.yearly, Minor(120_000_000_000_000_000));
    assert_eq!(totals.grand_total, Minor(360_000_000_000_000_000));
    assert_eq!(format_amount("USD", totals.grand_total), "USD 3,600,000,000,000,000.00");

    q.price_book = Some(book_with("CLF", &[("apm-hosting-inc-24x7", 10_000_000_000_000)]));
    let boq = Boq::build(&catalog, &q, &eval(&p, &q).lines);
    let row = boq.rows.iter().find(|r| r.item == "apm-hosting-inc-24x7").expect("line");
    assert_eq!(row.monthly, Some(Minor(1_000_000_000_000_000_000)));
    let refused = boq.refused.expect("36 x 10^18 cannot be held");
    assert_eq!((refused.line, refused.amount), (row.no, WhichAmount::Term { months: 36 }));
    assert_eq!(boq.totals, None);
}

#[cfg(not(target_arch = "wasm32"))] // proptest runs natively only
mod sums {
    use super::*;
    use om_configurator::domain::boq::BoqRow;
    use om_configurator::domain::catalog::Billing;
    use om_configurator::domain::quote::{Quote, QuoteLine};
    use proptest::prelude::*;

    /// Line amount by a route independent of `line_amount`: |n| + half, divided, signed.
    fn rounded(price: i64, quantity: u32, discount: u32) -> i128 {
        let n = i128::from(price) * i128::from(quantity) * (10_000 - i128::from(discount));
        let magnitude = (n.abs() + 5_000) / 10_000;
        if n < 0 {
            -magnitude
        } else {
            magnitude
        }
    }

    fn fits(value: i128) -> bool {
        i64::try_from(value).is_ok()
    }

    /// One-off, per month, per year and grand total, exactly.
    type Expected = (i128, i128, i128, i128);
    /// The line to be named and, for a line's own amount, which.
    type Named = (usize, Option<WhichAmount>);

    /// What the BOQ must say: the totals, or the first line refused.
    fn oracle(rows: &[BoqRow]) -> Result<Expected, Named> {
        let mut priced = Vec::new();
        for row in rows {
            let Some(price) = row.unit_price else { continue };
            let per = rounded(price.0, row.quantity, row.discount.0);
            let (monthly, amount) = match row.term_months {
                Some(term) => (Some(per), per * i128::from(term)),
                None => (None, per),
            };
            if !fits(per) {
                let which = if row.term_months.is_some() { WhichAmount::Monthly } else { WhichAmount::Line };
                return Err((row.no, Some(which)));
            }
            if !fits(amount) {
                return Err((row.no, Some(WhichAmount::Term { months: row.term_months.unwrap_or_default() })));
            }
            priced.push((row.no, monthly, amount));
        }
        let (mut one_off, mut month, mut grand) = (0_i128, 0_i128, 0_i128);
        for (no, monthly, amount) in priced {
            match monthly {
                Some(m) => month += m,
                None => one_off += amount,
            }
            grand += amount;
            if !(fits(one_off) && fits(12 * month) && fits(grand)) {
                return Err((no, None));
            }
        }
        Ok((one_off, month, 12 * month, grand))
    }

    prop_compose! {
        fn priced_quote()(
            items in prop::sample::subsequence(catalog().items().map(|e| e.item.id.clone()).collect::<Vec<_>>(), 0..=12),
            lines in prop::collection::vec((prop_oneof![0u32..=10, 0u32..=100_000], 1u32..=36, prop_oneof![Just(0u32), Just(10_000u32), 0u32..=10_000]), 12),
            currency in prop::sample::select(vec![("USD", 100_000_000_000_i64), ("JPY", 1_000_000_000), ("KWD", 1_000_000_000_000), ("CLF", 10_000_000_000_000)]),
            // Small prices, prices within the currency's bound, and (as only a book built
            // in code can have) any non-negative price, or one whose line fits but whose
            // term or sums may not.
            prices in prop::collection::vec((prop::sample::select(vec![0u8, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 3, 4, 5, 6]), 0i64..=i64::MAX), 12),
            unpriced in prop::collection::vec(prop::bool::weighted(0.1), 12),
        ) -> Quote {
            let (code, max) = currency;
            let mut q = Quote::from_lines(items.iter().zip(&lines).map(|(item, (quantity, term, discount))| QuoteLine {
                quantity: *quantity,
                term_months: Some(*term),
                discount: DiscountBp(*discount),
                ..QuoteLine::new(item.clone())
            }));
            let mut book = PriceBook::empty(code);
            for ((item, (kind, raw)), skip) in catalog().items().map(|e| e.item.id.clone()).zip(prices.iter().cycle()).zip(unpriced.iter().cycle()) {
                let price = match kind {
                    0 => raw % 100_001,
                    1 => raw % (max + 1),
                    2 => *raw,
                    3 => raw / 40,
                    4 => raw / 400,
                    5 => i64::MAX / 3 - raw % 1_000,
                    _ => i64::MAX / 100 - raw % 1_000,
                };
                if !skip {
                    book.prices.insert(item, Minor(price));
                }
            }
            q.price_book = Some(book);
            q
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Per year = 12 x per month and grand total = the sum of line amounts, to the
        /// cent; each periodic line's amount = its monthly amount x its term; or, when a
        /// figure cannot be held, the right line is named and no total is given.
        #[test]
        fn totals_add_up_to_the_cent_or_the_line_is_named(q in priced_quote(), scenarios in 0u64..=20) {
            let p = profile_with(&[(DrillScenarios, scenarios)]);
            check_boq(&Boq::build(&catalog(), &q, &eval(&p, &q).lines))?;
        }

        /// Every line amount is held, but sums of them may not be: the line whose
        /// addition overflows is named.
        #[test]
        fn a_sum_too_large_names_the_line_that_overflows_it(
            q in priced_quote(),
            shares in prop::collection::vec(0u64..=1_000, 40),
        ) {
            let catalog = catalog();
            let p = profile();
            let mut q = q;
            let ev = eval(&p, &q);
            let mut book = PriceBook::empty("USD");
            for (line, share) in ev.lines.iter().zip(shares.iter().cycle()) {
                let units = i64::from(line.quantity.max(1)) * i64::from(line.term_months.unwrap_or(1).max(1));
                let price = i64::MAX / units / 1_000 * i64::try_from(*share).unwrap_or(0);
                book.prices.insert(line.item.clone(), Minor(price));
            }
            q.price_book = Some(book);
            let boq = Boq::build(&catalog, &q, &ev.lines);
            prop_assert!(boq.rows.iter().all(|r| r.amount.is_some()), "every line amount is held");
            check_boq(&boq)?;
        }
    }

    /// The BOQ against the oracle: the totals exactly, or the first line that cannot be
    /// held named and no figure given.
    fn check_boq(boq: &Boq) -> Result<(), TestCaseError> {
        match (oracle(&boq.rows), &boq.refused, &boq.totals) {
            (Ok((one_off, monthly, yearly, grand)), None, Some(t)) => {
                prop_assert_eq!(i128::from(t.one_off.0), one_off);
                prop_assert_eq!(i128::from(t.monthly.0), monthly);
                prop_assert_eq!(i128::from(t.yearly.0), yearly);
                prop_assert_eq!(t.yearly.0, 12 * t.monthly.0);
                prop_assert_eq!(i128::from(t.grand_total.0), grand);
                let line_sum: i128 = boq.rows.iter().filter_map(|r| r.amount).map(|a| i128::from(a.0)).sum();
                prop_assert_eq!(i128::from(t.grand_total.0), line_sum);
                let subtotal_sum: i128 = boq.subtotals.iter().map(|s| i128::from(s.total.0)).sum();
                prop_assert_eq!(subtotal_sum, line_sum);
                for row in &boq.rows {
                    let Some(price) = row.unit_price else {
                        prop_assert_eq!(row.amount, None);
                        continue;
                    };
                    let per = rounded(price.0, row.quantity, row.discount.0);
                    match row.billing {
                        Billing::Periodic => {
                            let term = i128::from(row.term_months.unwrap_or_default());
                            prop_assert_eq!(row.monthly.map(|m| i128::from(m.0)), Some(per));
                            prop_assert_eq!(row.amount.map(|a| i128::from(a.0)), Some(per * term));
                        }
                        Billing::OneOff => prop_assert_eq!(row.amount.map(|a| i128::from(a.0)), Some(per)),
                    }
                }
                let timeline: i128 =
                    boq.timeline().iter().map(|m| i128::from(m.one_off.0) + i128::from(m.recurring.0)).sum();
                prop_assert_eq!(timeline, grand);
            }
            (Err((line, which)), Some(refused), None) => {
                prop_assert_eq!(refused.line, line);
                if let Some(which) = which {
                    prop_assert_eq!(&refused.amount, &which);
                }
                let row = &boq.rows[line - 1];
                prop_assert_eq!(&refused.item, &row.item);
                let expected_start = format!("Line {line}, {}: ", row.name);
                prop_assert!(english().refused(refused).starts_with(&expected_start));
                prop_assert!(boq.subtotals.is_empty());
                prop_assert!(boq.timeline().is_empty());
            }
            (expected, refused, totals) => {
                prop_assert!(false, "expected {:?}, got refused {:?} and totals {:?}", expected, refused, totals)
            }
        }
        Ok(())
    }
}
