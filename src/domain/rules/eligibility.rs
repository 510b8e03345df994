//! §4 Eligibility by customer size: an edition fits a band of IT employees / O&M
//! application systems (error outside), business departments (warning outside), and the
//! Key Event performance test fits fewer than 1 million concurrent requests (warning).

use super::inputs::{InputRef, MissingInputs};
use super::{
    Band, Citation, Ctx, EditionThatFits, Fact, Finding, FindingKey, Fix, FixAction, FixLabel, RuleKind, Severity,
};
use crate::domain::catalog::{BandRule, NumericInput};

/// Whether an item fits every error-severity band: `None` when an input is unanswered.
pub(crate) fn fits_bands(ctx: &Ctx<'_>, item: &str) -> Option<bool> {
    let rules = ctx.catalog.rules();
    let Some(indices) = ctx.catalog.index().bands_of.get(item) else { return Some(true) };
    let mut fits = Some(true);
    for rule in indices.iter().filter_map(|n| rules.bands.get(*n)).filter(|r| r.severity == Severity::Error) {
        match ctx.profile.number(rule.input) {
            Some(value) if !rule.contains(value) => return Some(false),
            Some(_) => {}
            None => fits = None,
        }
    }
    fits
}

/// Other editions of the same service banded on the same input that contain `value`.
fn fitting_siblings<'a>(ctx: &'a Ctx<'_>, rule: &BandRule, value: u64) -> impl Iterator<Item = &'a BandRule> + 'a {
    let family = rule.family.clone();
    let input = rule.input;
    let item = rule.item.clone();
    ctx.catalog
        .rules()
        .bands
        .iter()
        .filter(move |r| r.family == family && r.input == input && r.item != item && r.contains(value))
}

/// The finding for a value outside a band, with the edition that fits (if any).
/// `in_quote` words the fixes for a quoted item (switch) or a catalog item (add instead).
pub(crate) fn band_finding(ctx: &Ctx<'_>, rule: &BandRule, value: u64, in_quote: bool) -> Finding {
    let catalog = ctx.catalog;
    let concurrency = rule.input == NumericInput::PeakConcurrentRequests;
    let mut fits = EditionThatFits::NotAsked;
    let sibling = fitting_siblings(ctx, rule, value).next().map(|r| r.item.clone());
    let mut fixes = Vec::new();
    if rule.decides_edition() {
        match &sibling {
            Some(sibling) => {
                fits = EditionThatFits::Fits { item: sibling.clone() };
                if in_quote {
                    fixes.push(Fix::new(
                        FixLabel::SwitchTo { item: sibling.clone() },
                        FixAction::ReplaceItem { from: rule.item.clone(), to: sibling.clone() },
                    ));
                } else if !ctx.has(sibling) {
                    fixes.push(Fix::new(
                        FixLabel::AddInstead { item: sibling.clone() },
                        FixAction::AddItem { item: sibling.clone() },
                    ));
                }
            }
            None => fits = EditionThatFits::None { family: rule.family.clone() },
        }
        if in_quote {
            fixes.push(Fix::new(
                FixLabel::Remove { item: rule.item.clone() },
                FixAction::RemoveItem { item: rule.item.clone() },
            ));
        }
    }
    let mut finding = Finding::new(
        FindingKey::new(RuleKind::SizeBand, format!("{}#{}", rule.item, rule.input.key())),
        rule.severity,
        if concurrency {
            Fact::Concurrency { item: rule.item.clone(), value }
        } else {
            Fact::OutsideBand {
                item: rule.item.clone(),
                input: rule.input,
                band: Band { min: rule.min, max: rule.max },
                value,
                fits,
            }
        },
        Citation::resolve(catalog, &rule.cite),
    )
    .about(&rule.item);
    finding.fixes = fixes;
    finding
}

/// Checks the bands of one quoted item.
pub(crate) fn check_bands(ctx: &Ctx<'_>, item: &str, findings: &mut Vec<Finding>, needs: &mut MissingInputs) {
    let rules = ctx.catalog.rules();
    let Some(indices) = ctx.catalog.index().bands_of.get(item) else { return };
    for rule in indices.iter().filter_map(|n| rules.bands.get(*n)) {
        match ctx.profile.number(rule.input) {
            Some(value) if !rule.contains(value) => findings.push(band_finding(ctx, rule, value, true)),
            Some(_) => {}
            None if rule.decides_edition() && !rule.optional_input => needs.need(InputRef::Number(rule.input), item),
            None => {}
        }
    }
}
