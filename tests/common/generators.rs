//! The one generator of customer profiles for the property tests (rules against their
//! oracles, share links and saved quotes round-tripping): every numeric answer of
//! `NumericInput::ALL`, mostly near the rule book's edges and sometimes anywhere within the
//! bounds, plus the dates, region, attestations, scope, contracts, flags and a name; and
//! the one generator of an option's content (options compared, revisions diffed).

use om_configurator::domain::catalog::{DateInput, NumericInput, ScopeArea};
use om_configurator::domain::money::{DiscountBp, Minor};
use om_configurator::domain::options::OptionContent;
use om_configurator::domain::price_book::PriceBook;
use om_configurator::domain::profile::{Coverage, CustomerProfile, ExistingContract, Platform};
use om_configurator::domain::quote::{Quote, QuoteLine};
use proptest::prelude::*;

use super::date;

/// Where the rules of `input` change, so most answers fall there.
fn near_the_rules(input: NumericInput) -> std::ops::RangeInclusive<u64> {
    match input {
        NumericInput::ItEmployees | NumericInput::OmApplicationSystems => 0..=120,
        NumericInput::BusinessDepartments => 0..=25,
        NumericInput::OmInstances | NumericInput::ApaasInstances | NumericInput::ApaasSupportInstances => 0..=450,
        NumericInput::OmReleaseApplications | NumericInput::ApaasReleaseApplications => 0..=260,
        NumericInput::DrillScenarios | NumericInput::ApaasDrillScenarios | NumericInput::CocDrillScenarios => 0..=20,
        NumericInput::AssuranceDays => 0..=6,
        NumericInput::PeakConcurrentRequests => 0..=2_000_000,
    }
}

/// An answer to `input`: unanswered, near its rules, or anywhere up to its bound.
fn answer(input: NumericInput) -> impl Strategy<Value = Option<u64>> {
    prop_oneof![2 => Just(None), 7 => near_the_rules(input).prop_map(Some), 1 => (0..=input.max_value()).prop_map(Some)]
}

prop_compose! {
    /// A customer profile; every answer within the bounds a saved quote accepts.
    pub fn arb_profile()(
        name in "[\\PC]{0,40}",
        numbers in NumericInput::ALL.map(answer),
        platforms in prop::sample::subsequence(vec![Platform::OmPlatform, Platform::Apaas, Platform::Coc], 0..=3),
        region in prop::sample::select(vec![None, Some("Singapore"), Some("Chinese mainland"), Some("Hong Kong (China)")]),
        event_offset in prop::option::of(prop_oneof![4 => -3i64..40, 1 => 40i64..400]),
        coc_offset in prop::option::of(-3i64..40),
        coverage in prop::sample::select(vec![None, Some(Coverage::AroundTheClock), Some(Coverage::BusinessHours)]),
        flags in any::<(bool, bool, bool, bool, bool)>(),
        attested in prop::sample::subsequence(vec!["om-platform", "om-permissions", "om-team", "om-contract", "apaas-platform", "apaas-permissions", "apaas-team", "apaas-contract", "coc-agreement", "ke-monitoring", "ke-no-denial"], 0..=11),
        scope in prop::sample::subsequence(ScopeArea::ALL.to_vec(), 0..=3),
        contracts in prop::sample::subsequence(vec!["om-chaos-basic", "om-hosting-7x24", "apm-tool-gov", "apo-dap-medium", "ke-basic"], 0..=2),
        reference in "[\\PC]{0,40}",
        quote_day in prop_oneof![3 => Just(0i64), 1 => 0i64..800],
        holiday in prop::option::of(0i64..20),
    ) -> CustomerProfile {
        let mut p = CustomerProfile {
            customer_name: name,
            quote_date: date("2026-01-05").add_days(quote_day),
            region: region.map(String::from),
            coverage,
            platforms: platforms.into_iter().collect(),
            ..CustomerProfile::default()
        };
        (p.first_connection, p.wants_technical_support, p.wants_maturity_assessment, p.wants_onsite_support, p.same_numbers_on_both_platforms) = flags;
        for (input, value) in NumericInput::ALL.into_iter().zip(numbers) {
            p.set_number(input, value);
        }
        p.set_date(DateInput::KeyEventDate, event_offset.map(|d| p.quote_date.add_days(d)));
        p.set_date(DateInput::CocStartDate, coc_offset.map(|d| p.quote_date.add_days(d)));
        p.attested_prerequisites = attested.into_iter().map(String::from).collect();
        p.declared_scope = scope.into_iter().collect();
        p.existing_contracts = contracts.into_iter().map(|c| ExistingContract { item: c.into(), reference: reference.clone() }).collect();
        if let Some(h) = holiday {
            p.holidays.insert(p.quote_date.add_days(h));
        }
        p
    }
}

/// Every catalog item id, in catalog order.
pub fn item_ids() -> Vec<String> {
    super::catalog().items().map(|e| e.item.id.clone()).collect()
}

prop_compose! {
    /// The content of one option: up to eight items with quantities, terms and discounts
    /// that vary, and its default term.
    pub fn arb_content()(
        items in prop::sample::subsequence(item_ids(), 0..=8),
        quantities in prop::collection::vec(prop_oneof![3 => Just(1u32), 1 => 0u32..=4], 8),
        terms in prop::collection::vec(prop::option::of(prop_oneof![Just(12u32), Just(36u32)]), 8),
        discounts in prop::collection::vec(prop_oneof![3 => Just(0u32), 1 => Just(500u32)], 8),
        term in prop_oneof![Just(12u32), Just(24u32)],
    ) -> OptionContent {
        let lines = items.into_iter().zip(quantities).zip(terms).zip(discounts).map(|(((item, quantity), term_months), discount)| {
            QuoteLine { quantity, term_months, discount: DiscountBp(discount), ..QuoteLine::new(item) }
        });
        OptionContent { lines: Quote::from_lines(lines).lines().to_vec(), term_months: term, exceptions: Vec::new() }
    }
}

/// A priced quote of `content`: every item at one price, or at a price that depends on
/// `price_shift` for the items that sort first (so prices differ between options).
pub fn priced(content: &OptionContent, price_shift: i64) -> Quote {
    let mut quote = Quote::default();
    content.clone().put_into(&mut quote);
    let mut book = PriceBook::empty("USD");
    for (n, id) in item_ids().into_iter().enumerate() {
        book.prices.insert(id, Minor(10_000 + if n % 7 == 0 { price_shift } else { 0 }));
    }
    quote.price_book = Some(book);
    quote
}
