//! Shared helpers for the native rule tests.
#![allow(dead_code)]

pub mod generators;

use om_configurator::domain::calendar::Date;
use om_configurator::domain::catalog::{Catalog, DateInput, NumericInput};
use om_configurator::domain::profile::CustomerProfile;
use om_configurator::domain::quote::Quote;
use om_configurator::domain::rules::{evaluate, Evaluation, Finding, RuleKind, Severity};

/// The shipped catalog.
pub fn catalog() -> Catalog {
    Catalog::embedded().expect("embedded catalog is valid")
}

/// A customer in Singapore, quoted on Monday 2026-01-05, with no other answers.
pub fn profile() -> CustomerProfile {
    CustomerProfile { region: Some("Singapore".into()), quote_date: date("2026-01-05"), ..CustomerProfile::default() }
}

/// A profile with some numeric answers.
pub fn profile_with(numbers: &[(NumericInput, u64)]) -> CustomerProfile {
    let mut p = profile();
    for (input, value) in numbers {
        p.set_number(*input, Some(*value));
    }
    p
}

/// Sets a date answer.
pub fn with_date(mut p: CustomerProfile, input: DateInput, text: &str) -> CustomerProfile {
    p.set_date(input, Some(date(text)));
    p
}

/// Parses an ISO date.
pub fn date(text: &str) -> Date {
    Date::parse(text).expect("valid test date")
}

/// A quote holding these items.
pub fn quote(items: &[&str]) -> Quote {
    let mut q = Quote::default();
    for item in items {
        q.add(*item);
    }
    q
}

/// Evaluates with the shipped catalog.
pub fn eval(p: &CustomerProfile, q: &Quote) -> Evaluation {
    evaluate(&catalog(), p, q)
}

/// The finding of a rule about a subject.
pub fn finding<'a>(ev: &'a Evaluation, rule: RuleKind, subject: &str) -> Option<&'a Finding> {
    ev.findings.iter().find(|f| f.key.rule == rule && f.key.subject == subject)
}

/// Findings of a rule family.
pub fn of_rule(ev: &Evaluation, rule: RuleKind) -> Vec<&Finding> {
    ev.findings.iter().filter(|f| f.key.rule == rule).collect()
}

/// Errors.
pub fn errors(ev: &Evaluation) -> Vec<&Finding> {
    ev.with_severity(Severity::Error).collect()
}

/// Quantity of an item in the BOQ (None when absent).
pub fn qty(ev: &Evaluation, item: &str) -> Option<u32> {
    ev.line(item).map(|l| l.quantity)
}

/// Seed file name of a finding's first seed citation.
pub fn cited_seed(f: &Finding) -> Option<String> {
    f.citations.iter().find_map(|c| match c {
        om_configurator::domain::rules::Citation::Seed { file, .. } => Some(file.clone()),
        _ => None,
    })
}

/// Whether a finding cites a sentence containing `text`.
pub fn cites(f: &Finding, text: &str) -> bool {
    f.citations.iter().any(|c| match c {
        om_configurator::domain::rules::Citation::Seed { sentence, .. } => sentence.contains(text),
        om_configurator::domain::rules::Citation::Assumption { section, .. } => section.contains(text),
    })
}

/// The shipped catalog, loaded once for the wording helpers.
pub fn shared_catalog() -> &'static Catalog {
    static CATALOG: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    CATALOG.get_or_init(catalog)
}

/// The English reporter over the shipped catalog.
pub fn english() -> om_configurator::present::words::Reporter<'static> {
    om_configurator::present::words::Reporter::english(shared_catalog())
}

/// What a finding says, in English.
pub fn message(finding: &Finding) -> String {
    english().finding(finding)
}

/// A finding in one short sentence, in English (as listed after "Then:").
pub fn short(fact: &om_configurator::domain::rules::Fact) -> String {
    english().short(fact)
}

/// Why a line has its quantity, in English.
pub fn because_text(because: &om_configurator::domain::rules::Because) -> String {
    english().because(because)
}

/// A fix's button, in English.
pub fn fix_label(fix: &om_configurator::domain::rules::Fix) -> String {
    english().fix(&fix.label)
}

/// The §8 decisions an evaluation applies, as the proposal lists them: (section, text).
pub fn decisions(evaluation: &Evaluation) -> Vec<(String, String)> {
    om_configurator::present::summary::ProposalSummary::build(shared_catalog(), evaluation, &english())
        .decisions
        .into_iter()
        .map(|decision| (decision.section, decision.text))
        .collect()
}

/// A refusal in English, as the app words it (the domain's errors are data).
pub trait Worded {
    /// The sentence.
    fn words(&self) -> String;
}

macro_rules! worded {
    ($($error:ty => $wording:path),* $(,)?) => {
        $(impl Worded for $error {
            fn words(&self) -> String {
                $wording(om_configurator::present::text::Language::En.texts(), self)
            }
        })*
    };
}

worded! {
    om_configurator::domain::bounds::BoundError => om_configurator::present::refusals::bound,
    om_configurator::domain::bounds::CountInputError => om_configurator::present::refusals::count_input,
    om_configurator::domain::money::MoneyError => om_configurator::present::refusals::money,
    om_configurator::domain::session::SessionError => om_configurator::present::refusals::session,
    om_configurator::domain::share_link::ShareLinkError => om_configurator::present::refusals::share_link,
    om_configurator::domain::library::LibraryError => om_configurator::present::refusals::library,
    om_configurator::domain::library::RenameError => om_configurator::present::refusals::rename,
}
