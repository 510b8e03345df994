//! Property tests over random customer profiles and quotes:
//! derived lines are the fewest increments that cover the need (checked against a
//! brute-force oracle), every automatic fix clears its finding and raises no error it did
//! not announce, and evaluation does not depend on the order of the quote's lines.

#![cfg(not(target_arch = "wasm32"))] // proptest runs natively only

mod common;

use std::collections::BTreeSet;

use common::generators::arb_profile;
use common::{catalog, message};
use om_configurator::domain::boq::Boq;
use om_configurator::domain::catalog::Catalog;
use om_configurator::domain::profile::CustomerProfile;
use om_configurator::domain::quote::{Quote, QuoteLine, QuoteStatus};
use om_configurator::domain::rules::{
    apply_fix, evaluate, AvailabilityState, FindingKey, FixAction, RuleKind, Severity,
};
use proptest::prelude::*;

fn all_item_ids() -> Vec<String> {
    catalog().items().map(|e| e.item.id.clone()).collect()
}

prop_compose! {
    fn arb_quote()(
        items in prop::sample::subsequence(all_item_ids(), 0..=10),
        term in 1u32..=40,
        line_terms in prop::collection::vec(prop::option::of(1u32..=36), 10),
        quantities in prop::collection::vec(prop_oneof![4 => Just(1u32), 1 => 0u32..=3], 10),
        final_status in any::<bool>(),
    ) -> Quote {
        let mut q = Quote::from_lines(items.into_iter().zip(line_terms).zip(quantities).map(|((item, term_months), quantity)| QuoteLine { term_months, quantity, ..QuoteLine::new(item) }));
        q.term_months = term;
        q.status = if final_status { QuoteStatus::Final } else { QuoteStatus::Draft };
        q
    }
}

/// The smallest number of increments covering `need`, by trying 0, 1, 2, ...
fn oracle_increments(need: u64, base_covers: u32, per: u32) -> u32 {
    (0u32..).find(|k| u64::from(base_covers) + u64::from(*k) * u64::from(per) >= need).unwrap_or(u32::MAX)
}

fn error_keys(catalog: &Catalog, p: &CustomerProfile, q: &Quote) -> BTreeSet<FindingKey> {
    evaluate(catalog, p, q).findings.into_iter().filter(|f| f.blocks()).map(|f| f.key).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    /// The page evaluates with the catalog without its seed details (fetched only when a
    /// reader opens them): the rules, the lines, the findings and the BOQ must not depend
    /// on those texts.
    #[test]
    fn the_rules_read_no_seed_detail(p in arb_profile(), q in arb_quote()) {
        let whole = catalog();
        let lean = Catalog::embedded_without_details().expect("valid");
        let (ev_whole, ev_lean) = (evaluate(&whole, &p, &q), evaluate(&lean, &p, &q));
        prop_assert_eq!(&ev_lean, &ev_whole);
        prop_assert_eq!(Boq::build(&lean, &q, &ev_lean.lines), Boq::build(&whole, &q, &ev_whole.lines));
    }

    #[test]
    fn derived_lines_are_one_base_plus_the_fewest_increments(p in arb_profile(), q in arb_quote()) {
        let catalog = catalog();
        let ev = evaluate(&catalog, &p, &q);
        for rule in &catalog.rules().increments {
            let Some(need) = p.number(rule.input) else { continue };
            let base = rule.bases.iter().find(|b| q.contains(b));
            if let Some(base) = base {
                prop_assert_eq!(ev.line(base).map(|l| l.quantity), Some(1), "never two base packages");
            } else if !q.contains(&rule.increment) {
                continue;
            }
            // Chosen without its base, the increment is sized all the same (§7: a missing
            // base is its own error, and excepting it changes nothing else).
            let expected = oracle_increments(need, rule.base_covers, rule.per_increment);
            let quoted = ev.line(&rule.increment).map(|l| l.quantity).unwrap_or(0);
            let overridden = q.line(&rule.increment).is_some_and(|l| l.quantity_override.is_some());
            if !overridden {
                prop_assert_eq!(quoted, expected, "{} for {} {:?}", rule.increment, need, rule.input);
            }
        }
        // §7 / §8.10: a key event's edition and onsite support are x1 whatever the line
        // asks; onsite support is derived x1 when wanted and an edition is quoted.
        let edition = q.contains("ke-basic") || q.contains("ke-standard");
        for item in ["ke-basic", "ke-standard", "ke-onsite"] {
            let expected_present = q.contains(item) || (item == "ke-onsite" && p.wants_onsite_support && edition);
            let expected = expected_present.then_some(1);
            prop_assert_eq!(ev.line(item).map(|l| l.quantity), expected, "{}", item);
            let asked = q.line(item).map(|l| l.quantity_override.as_ref().map_or(l.quantity, |o| o.quantity));
            let corrected = ev.findings.iter().any(|f| f.key == FindingKey::new(RuleKind::QuantityCorrected, item));
            prop_assert_eq!(corrected, asked.is_some_and(|a| a != 1), "{} asked {:?}", item, asked);
        }
        for rule in &catalog.rules().sized {
            if let (true, Some(need)) = (q.contains(&rule.item), p.number(rule.input)) {
                let expected = (1u32..).find(|k| u64::from(*k) * u64::from(rule.per_unit) >= need.max(1)).unwrap_or(0);
                let expected = if need == 0 { 0 } else { expected };
                prop_assert_eq!(ev.line(&rule.item).map(|l| l.quantity), Some(expected));
            }
        }
    }

    #[test]
    fn every_automatic_fix_clears_its_finding_and_announces_any_new_error(p in arb_profile(), q in arb_quote()) {
        let catalog = catalog();
        let ev = evaluate(&catalog, &p, &q);
        let before = error_keys(&catalog, &p, &q);
        for finding in &ev.findings {
            prop_assert!(finding.fixes.len() <= 2, "at most two fixes: {:?}", finding);
            for fix in finding.fixes.iter().filter(|f| f.action.is_automatic()) {
                let (mut p2, mut q2) = (p.clone(), q.clone());
                apply_fix(&catalog, &mut p2, &mut q2, &fix.action);
                let after = evaluate(&catalog, &p2, &q2);
                prop_assert!(
                    !after.findings.iter().any(|f| f.key == finding.key),
                    "fix {:?} did not clear {:?}", fix.action, message(finding)
                );
                let announced: BTreeSet<&FindingKey> = fix.introduces.iter().map(|s| &s.key).collect();
                for new_error in after.findings.iter().filter(|f| f.blocks()) {
                    prop_assert!(
                        before.contains(&new_error.key) || announced.contains(&new_error.key),
                        "fix {:?} for {:?} raised an unannounced error: {}", fix.action, message(finding), message(new_error)
                    );
                }
            }
        }
    }

    #[test]
    fn availability_fixes_make_the_item_addable_or_announce_why_not(p in arb_profile(), q in arb_quote()) {
        let catalog = catalog();
        let ev = evaluate(&catalog, &p, &q);
        for availability in &ev.availability {
            let AvailabilityState::Blocked { reasons, .. } = &availability.state else { continue };
            prop_assert!(!reasons.is_empty());
            for reason in reasons {
                prop_assert_eq!(reason.severity, Severity::Error);
                prop_assert!(!message(reason).is_empty());
                // Apply each fix the reason names and look at the item again.
                for fix in reason.fixes.iter().filter(|f| f.action.is_automatic()) {
                    let (mut p2, mut q2) = (p.clone(), q.clone());
                    prop_assert!(apply_fix(&catalog, &mut p2, &mut q2, &fix.action), "fix {:?} changed nothing", fix.action);
                    let after = evaluate(&catalog, &p2, &q2);
                    let Some(state) = after.availability_of(&availability.item).map(|a| &a.state) else {
                        prop_assert!(false, "{} lost its availability", availability.item);
                        continue;
                    };
                    // "Add <the edition that fits> instead" answers the need with another
                    // item: that item is then in the quote.
                    if let FixAction::AddItem { item } = &fix.action {
                        if reason.key.rule == RuleKind::SizeBand && *item != availability.item {
                            prop_assert!(q2.contains(item), "fix {:?} did not add {}", fix.action, item);
                            continue;
                        }
                    }
                    if let AvailabilityState::Blocked { reasons: left, .. } = state {
                        prop_assert!(
                            !left.iter().any(|l| l.key == reason.key),
                            "fix {:?} did not clear {:?} for {}", fix.action, message(reason), availability.item
                        );
                        let announced: BTreeSet<&FindingKey> = fix.introduces.iter().map(|s| &s.key).collect();
                        for still in left {
                            prop_assert!(
                                reasons.iter().any(|r| r.key == still.key) || announced.contains(&still.key),
                                "fix {:?} for {} left an unannounced reason: {}", fix.action, availability.item, message(still)
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn evaluation_does_not_depend_on_the_order_of_lines(p in arb_profile(), q in arb_quote(), seed in any::<u64>()) {
        let catalog = catalog();
        let mut lines = q.lines().to_vec();
        // A deterministic shuffle driven by the seed.
        let mut state = seed | 1;
        for i in (1..lines.len()).rev() {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17;
            lines.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let mut shuffled = Quote::from_lines(lines);
        shuffled.term_months = q.term_months;
        shuffled.status = q.status;
        prop_assert_eq!(evaluate(&catalog, &p, &q), evaluate(&catalog, &p, &shuffled));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Notes list side effects one after another ("Then: ..."): each is a sentence that
    /// starts with a capital and ends with a full stop (the finding text once read
    /// "... fits 12 IT department employees. needs the customer's country / region.").
    #[test]
    fn side_effects_read_as_sentences(p in arb_profile(), q in arb_quote()) {
        let catalog = catalog();
        let ev = evaluate(&catalog, &p, &q);
        let mut sentences: Vec<String> = Vec::new();
        for finding in &ev.findings {
            for fix in &finding.fixes {
                sentences.extend(fix.introduces.iter().map(|s| common::english().side_effect(s)));
            }
        }
        for availability in &ev.availability {
            if let AvailabilityState::Addable { needs } | AvailabilityState::Blocked { needs, .. } = &availability.state {
                sentences.extend(needs.iter().map(|n| common::short(&n.fact)));
            }
        }
        for sentence in sentences {
            // Item names such as "aPaaS ..." keep their own spelling.
            let capital = sentence.starts_with("aPaaS") || sentence.chars().next().is_some_and(char::is_uppercase);
            prop_assert!(capital, "{}", sentence);
            prop_assert!(sentence.ends_with('.'), "{}", sentence);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Save quote -> load quote gives back the same session, whatever the quote.
    #[test]
    fn a_saved_quote_file_reopens_as_the_same_session(p in arb_profile(), q in arb_quote(), sales in any::<bool>()) {
        let mut session = om_configurator::domain::session::Session::new();
        session.profile = p;
        session.quote = q;
        if sales {
            session.mode = om_configurator::domain::session::Mode::SalesEngineer;
        }
        // The generators also make quotes the app refuses (a 37-month term, to test the
        // term rule); only a session within the bounds can be saved.
        prop_assume!(session.check_bounds().is_ok());
        let loaded = om_configurator::domain::session::Session::from_json(&session.to_json());
        prop_assert!(loaded.is_ok(), "{:?}", loaded.err());
        let loaded = loaded.map(|l| l.session).unwrap_or_default();
        prop_assert_eq!(loaded, session);
    }
}
