//! The hints under the sizing questions, worded from the rule book's own numbers, so a
//! hint can never disagree with the arithmetic the rules apply.

use crate::domain::catalog::{NumericInput, RuleBook};
use crate::present::text::Texts;

/// Uppercases the first letter ("the Standard Package" at the start of a sentence).
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// What the rule book says an input sizes, in one sentence per rule: "Basic Edition
/// covers 5 drill scenarios; each Incremental Package adds 1 more." or "Sold per 20
/// instances."; `None` for an input that sizes nothing. The sentences are the catalog's
/// (`texts.profile.hint_increment`, `hint_sold_per`); the numbers are the rule book's.
pub fn sizing_hint(texts: &Texts, rules: &RuleBook, input: NumericInput) -> Option<String> {
    let measure = (texts.words.input)(input).measure;
    let mut sentences: Vec<String> = rules
        .increments
        .iter()
        .filter(|rule| rule.input == input)
        .map(|rule| {
            texts.profile.hint_increment.fill(
                capitalized(&rule.base_label),
                rule.base_covers,
                measure.form(u64::from(rule.base_covers)),
                &rule.increment_label,
                rule.per_increment,
            )
        })
        .collect();
    sentences.extend(
        rules
            .sized
            .iter()
            .filter(|rule| rule.input == input)
            .map(|rule| texts.profile.hint_sold_per.fill(rule.per_unit, measure.form(u64::from(rule.per_unit)))),
    );
    if rules.per_engagement.iter().any(|rule| rule.input == input) {
        sentences.push(texts.profile.hint_per_engagement.to_string());
    }
    sentences.dedup();
    (!sentences.is_empty()).then(|| sentences.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::Catalog;
    use crate::present::text::Language;

    fn sizing_hint(rules: &RuleBook, input: NumericInput) -> Option<String> {
        super::sizing_hint(Language::En.texts(), rules, input)
    }

    fn rules() -> RuleBook {
        Catalog::embedded().map(|c| c.rules().clone()).unwrap_or_default()
    }

    #[test]
    fn hints_read_the_rule_books_numbers() {
        let rules = rules();
        assert_eq!(
            sizing_hint(&rules, NumericInput::DrillScenarios).as_deref(),
            Some("Basic Edition covers 5 drill scenarios; each Incremental Package adds 1 more.")
        );
        assert_eq!(
            sizing_hint(&rules, NumericInput::OmReleaseApplications).as_deref(),
            Some("The Standard Package covers 100 applications; each Add-on Package adds 10 more.")
        );
        assert_eq!(
            sizing_hint(&rules, NumericInput::AssuranceDays).as_deref(),
            Some("The edition covers 1 assurance day; each Additional remote assurance day adds 1 more.")
        );
        assert_eq!(sizing_hint(&rules, NumericInput::ApaasSupportInstances).as_deref(), Some("Sold per 20 instances."));
        assert_eq!(sizing_hint(&rules, NumericInput::ItEmployees), None);
    }

    #[test]
    fn a_changed_rule_book_changes_the_hint() {
        let mut rules = rules();
        for rule in rules.increments.iter_mut().filter(|r| r.input == NumericInput::DrillScenarios) {
            rule.base_covers = 7;
        }
        assert_eq!(
            sizing_hint(&rules, NumericInput::DrillScenarios).as_deref(),
            Some("Basic Edition covers 7 drill scenarios; each Incremental Package adds 1 more.")
        );
    }
}
