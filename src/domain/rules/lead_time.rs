//! §5 Lead time: the COC start date and the key-event date must fall on or after the
//! 10th working day (Monday-Friday minus holidays) after the quote (application) date.

use super::inputs::{InputRef, MissingInputs};
use super::{Citation, Ctx, DateFalls, Fact, Finding, FindingKey, Fix, FixAction, FixLabel, RuleKind, Severity};
use crate::domain::calendar::Date;
use crate::domain::catalog::LeadTimeRule;

/// Working days from the quote date (exclusive) to `date` (inclusive).
fn working_days_between(ctx: &Ctx<'_>, date: Date) -> i64 {
    let calendar = ctx.profile.calendar();
    let start = ctx.profile.quote_date;
    let span = start.days_until(date);
    if span <= 0 {
        return 0;
    }
    (1..=span).filter(|d| calendar.is_working_day(start.add_days(*d))).count() as i64
}

/// The earliest allowed date under a rule.
pub(crate) fn earliest_date(ctx: &Ctx<'_>, rule: &LeadTimeRule) -> Date {
    ctx.profile.calendar().nth_working_day_after(ctx.profile.quote_date, rule.working_days)
}

/// The lead-time finding for an offering's date, if the date is too early.
pub(crate) fn lead_time_finding(ctx: &Ctx<'_>, rule: &LeadTimeRule, date: Date, item: &str) -> Option<Finding> {
    let earliest = earliest_date(ctx, rule);
    if date >= earliest {
        return None;
    }
    let catalog = ctx.catalog;
    let offering = catalog.offering(&rule.offering).map(|(_, o)| o.name.as_str()).unwrap_or(&rule.offering);
    let falls = if date < ctx.profile.quote_date {
        DateFalls::BeforeQuoteDate
    } else {
        DateFalls::WorkingDaysAfter { days: working_days_between(ctx, date) }
    };
    Some(
        Finding::new(
            FindingKey::new(RuleKind::LeadTime, rule.offering.clone()),
            Severity::Error,
            Fact::LeadTime {
                offering: offering.to_string(),
                input: rule.input,
                date,
                falls,
                quote_date: ctx.profile.quote_date,
                working_days: rule.working_days,
                earliest,
            },
            Citation::resolve(catalog, &rule.cite),
        )
        .about(item)
        .fix(Fix::new(
            FixLabel::MoveDate { input: rule.input, date: earliest },
            FixAction::SetDate { input: rule.input, date: earliest },
        )),
    )
}

/// Checks the lead time of a quoted offering.
pub(crate) fn check_lead_time(
    ctx: &Ctx<'_>,
    offering: &str,
    items: &[&str],
    findings: &mut Vec<Finding>,
    needs: &mut MissingInputs,
) {
    let rules = ctx.catalog.rules();
    let Some(indices) = ctx.catalog.index().lead_times_of.get(offering) else { return };
    let first = items.first().copied().unwrap_or_default();
    for rule in indices.iter().filter_map(|n| rules.lead_times.get(*n)) {
        match ctx.profile.date(rule.input) {
            Some(date) => findings.extend(lead_time_finding(ctx, rule, date, first)),
            None => items.iter().for_each(|item| needs.need(InputRef::Date(rule.input), item)),
        }
    }
}
