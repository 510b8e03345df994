//! catalog-rules §5: the 10-working-day lead time (Mon-Fri minus holidays) and regions.

mod common;
use common::*;
use om_configurator::domain::calendar::{Date, WorkingCalendar};
use om_configurator::domain::catalog::DateInput::*;
use om_configurator::domain::rules::{apply_fix, FixAction, RuleKind, Severity};

#[test]
fn the_spec_example_applied_monday_the_1st() {
    // 2026-06-01 is a Monday.
    let calendar = WorkingCalendar::default();
    let monday = date("2026-06-01");
    assert_eq!(calendar.nth_working_day_after(monday, 10), date("2026-06-15"));
    let mut p = with_date(profile(), KeyEventDate, "2026-06-15");
    p.quote_date = monday;
    assert!(finding(&eval(&p, &quote(&["ke-basic"])), RuleKind::LeadTime, "key-event").is_none());
    let mut p = with_date(profile(), KeyEventDate, "2026-06-12");
    p.quote_date = monday;
    assert!(finding(&eval(&p, &quote(&["ke-basic"])), RuleKind::LeadTime, "key-event").is_some());
}

#[test]
fn an_event_on_the_10th_working_day_is_allowed_and_on_the_9th_is_an_error_across_a_weekend() {
    // Quote date Monday 2026-01-05: the 9th working day is Friday 16th, the 10th Monday 19th.
    let ok = with_date(profile(), KeyEventDate, "2026-01-19");
    assert!(finding(&eval(&ok, &quote(&["ke-basic"])), RuleKind::LeadTime, "key-event").is_none());
    let late = with_date(profile(), KeyEventDate, "2026-01-16");
    let ev = eval(&late, &quote(&["ke-basic"]));
    let f = finding(&ev, RuleKind::LeadTime, "key-event").expect("9th working day");
    assert_eq!(f.severity, Severity::Error);
    assert!(message(f).contains("is 9 working days after the quote date 2026-01-05"), "{}", message(f));
    assert!(message(f).contains("earliest date is 2026-01-19"));
    assert!(cites(f, "Customers shall apply for the service 10 working days in advance"));
    assert_eq!(cited_seed(f).as_deref(), Some("004_4949f2f774af2257.txt"));
    // The weekend in between does not count: Saturday 17th and Sunday 18th are still too early.
    for weekend in ["2026-01-17", "2026-01-18"] {
        let p = with_date(profile(), KeyEventDate, weekend);
        assert!(finding(&eval(&p, &quote(&["ke-basic"])), RuleKind::LeadTime, "key-event").is_some(), "{weekend}");
    }
}

#[test]
fn holidays_push_the_earliest_date() {
    let mut p = with_date(profile(), KeyEventDate, "2026-01-19");
    p.holidays.insert(date("2026-01-12"));
    let ev = eval(&p, &quote(&["ke-basic"]));
    let f = finding(&ev, RuleKind::LeadTime, "key-event").expect("a holiday makes the 19th the 9th working day");
    assert!(message(f).contains("earliest date is 2026-01-20"));
}

#[test]
fn the_lead_time_fix_moves_the_date_and_clears_the_error() {
    let catalog = catalog();
    let mut p = with_date(profile(), KeyEventDate, "2026-01-12");
    let mut q = quote(&["ke-basic"]);
    let ev = eval(&p, &q);
    let f = finding(&ev, RuleKind::LeadTime, "key-event").unwrap().clone();
    assert_eq!(f.fixes[0].action, FixAction::SetDate { input: KeyEventDate, date: date("2026-01-19") });
    apply_fix(&catalog, &mut p, &mut q, &f.fixes[0].action);
    assert!(finding(&eval(&p, &q), RuleKind::LeadTime, "key-event").is_none());
}

#[test]
fn coc_needs_its_own_start_date_with_the_same_lead_time() {
    let ev = eval(&profile(), &quote(&["coc-chaos-drills"]));
    assert!(finding(&ev, RuleKind::MissingInput, "date:coc_start_date").is_some());
    let early = with_date(profile(), CocStartDate, "2026-01-09");
    let ev = eval(&early, &quote(&["coc-chaos-drills"]));
    let f = finding(&ev, RuleKind::LeadTime, "coc").expect("too early");
    assert!(cites(f, "Users shall apply for the service at least 10 working days in advance"));
    let fine = with_date(profile(), CocStartDate, "2026-02-02");
    assert!(finding(&eval(&fine, &quote(&["coc-chaos-drills"])), RuleKind::LeadTime, "coc").is_none());
}

#[test]
fn a_key_event_without_a_date_needs_one() {
    let ev = eval(&profile(), &quote(&["ke-standard"]));
    let f = finding(&ev, RuleKind::MissingInput, "date:key_event_date").expect("needs the date");
    assert_eq!(f.severity, Severity::Error);
}

#[test]
fn chinese_mainland_is_an_error_for_000_001_and_002() {
    for (item, offering, sentence) in [
        ("om-prr", "om", "Outside the Chinese mainland."),
        ("apm-data-gov", "apaas-maintenance", "Outside the Chinese mainland"),
        ("apo-user-ops", "apaas-operation", "Outside the Chinese mainland"),
        ("coc-chaos-drills", "coc", "8.7"),
    ] {
        let mut p = profile();
        p.region = Some("Chinese mainland".into());
        let ev = eval(&p, &quote(&[item]));
        let f = finding(&ev, RuleKind::Region, offering).unwrap_or_else(|| panic!("{item}"));
        assert_eq!(f.severity, Severity::Error);
        assert!(cites(f, sentence));
        assert_eq!(f.fixes[0].action, FixAction::RemoveOffering { offering: offering.into() });
        // Hong Kong is a separate entry and is fine.
        let mut p = profile();
        p.region = Some("Hong Kong (China)".into());
        assert!(finding(&eval(&p, &quote(&[item])), RuleKind::Region, offering).is_none());
    }
}

#[test]
fn key_event_has_no_region_rule() {
    let mut p = with_date(profile(), KeyEventDate, "2026-03-02");
    p.region = Some("Chinese mainland".into());
    assert!(of_rule(&eval(&p, &quote(&["ke-basic"])), RuleKind::Region).is_empty());
}

#[test]
fn an_empty_region_is_needed_once_for_all_items() {
    let mut p = profile();
    p.region = None;
    let ev = eval(&p, &quote(&["om-prr", "apm-data-gov"]));
    let f = finding(&ev, RuleKind::MissingInput, "region").expect("needs region");
    assert!(
        message(f).contains("O&M Platform PRR Governance Service")
            && message(f).contains("aPaaS Data Governance Service")
    );
    assert_eq!(of_rule(&ev, RuleKind::MissingInput).len(), 1);
}

#[test]
fn dates_parse_and_print_iso_and_know_their_weekday() {
    assert_eq!(Date::parse("2024-02-29").map(|d| d.to_string()), Some("2024-02-29".into()));
    assert_eq!(Date::parse("2023-02-29"), None);
    assert_eq!(Date::parse("tomorrow"), None);
    assert_eq!(date("2026-01-05").weekday(), om_configurator::domain::calendar::Weekday::Monday);
    assert_eq!(date("2026-12-31").add_days(1), date("2027-01-01"));
}

#[test]
fn a_date_before_the_quote_date_says_so() {
    let p = with_date(profile(), KeyEventDate, "2025-12-31");
    let ev = eval(&p, &quote(&["ke-basic"]));
    let f = finding(&ev, RuleKind::LeadTime, "key-event").expect("in the past");
    assert!(message(f).contains("the key event date 2025-12-31 is before the quote date 2026-01-05"), "{}", message(f));
}
