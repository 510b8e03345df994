//! §2 Quantities: one base package plus the fewest increments that cover the need, and
//! items sized directly in blocks (per 20 instances). The arithmetic is shown as info.

use super::inputs::{InputRef, MissingInputs};
use super::{is_periodic, BoqLine, Citation, Ctx, Finding, FindingKey, Fix, FixAction, RuleKind, Severity};
use crate::domain::catalog::{Billing, IncrementRule, OncePerQuoteRule};
use crate::domain::money::DiscountBp;

/// Increments needed beyond what one base covers: `ceil((need - base) / per)`, 0 when
/// the base covers the need (a zero `per_increment` is treated as 1).
pub fn increments_needed(need: u64, base_covers: u32, per_increment: u32) -> u32 {
    let beyond = need.saturating_sub(u64::from(base_covers));
    let per = u64::from(per_increment.max(1));
    u32::try_from(beyond.div_ceil(per)).unwrap_or(u32::MAX)
}

/// Blocks of `per_unit` needed to hold `need`: `ceil(need / per_unit)`.
pub fn blocks_needed(need: u64, per_unit: u32) -> u32 {
    u32::try_from(need.div_ceil(u64::from(per_unit.max(1)))).unwrap_or(u32::MAX)
}

/// The sentence explaining an increment quantity:
/// "8 drill scenarios: Basic Edition covers 5, so 3 Incremental Packages".
fn arithmetic(rule: &IncrementRule, need: u64, quantity: u32) -> String {
    let head = format!("{need} {}: {} covers {}", rule.input.measure_of(need), rule.base_label, rule.base_covers);
    match quantity {
        0 => format!("{head}, so no {} is needed", rule.increment_label),
        1 => format!("{head}, so 1 {}", rule.increment_label),
        n => format!("{head}, so {n} {}", rule.increment_label_plural),
    }
}

/// Builds the BOQ lines: every selected item with its quantity, plus the increments a
/// selected base brings. Reports the arithmetic (info), overrides (warning) and the
/// sizing inputs that are missing.
pub(crate) fn derive_lines(ctx: &Ctx<'_>, findings: &mut Vec<Finding>, needs: &mut MissingInputs) -> Vec<BoqLine> {
    let catalog = ctx.catalog;
    let index = catalog.index();
    let rules = catalog.rules();
    let mut lines = Vec::with_capacity(ctx.selected.len() + 4);

    for (item, line) in &ctx.selected {
        let Some(entry) = catalog.entry(item) else {
            findings.push(super::unknown_item(item));
            continue;
        };
        let mut because = None;
        let mut derived = None;
        if let Some(rule) = index.increment_of.get(*item).and_then(|n| rules.increments.get(*n)) {
            // Sized from its input whether or not its base is there: a missing base is its
            // own error, and accepting that error as an exception changes nothing else
            // (catalog-rules §7).
            match ctx.profile.number(rule.input) {
                Some(need) => {
                    let quantity = increments_needed(need, rule.base_covers, rule.per_increment);
                    because = Some(arithmetic(rule, need, quantity));
                    derived = Some(quantity);
                }
                None => needs.need(InputRef::Number(rule.input), item),
            }
        } else if let Some(rule) =
            index.increments_by_base.get(*item).and_then(|n| n.first()).and_then(|n| rules.increments.get(*n))
        {
            // Never two base packages: growth is bought as increments. Without the sizing
            // input the base alone would silently under-quote (§2): "needs X".
            if ctx.profile.number(rule.input).is_none() {
                needs.need(InputRef::Number(rule.input), item);
            }
            derived = Some(1);
            because = Some(format!(
                "1 per quote: covers {} {}; more are added as {}",
                rule.base_covers,
                rule.input.measure_of(u64::from(rule.base_covers)),
                rule.increment_label_plural
            ));
        } else if let Some(rule) = index.sized_of.get(*item).and_then(|n| rules.sized.get(*n)) {
            match ctx.profile.number(rule.input) {
                Some(need) => {
                    let quantity = blocks_needed(need, rule.per_unit);
                    let blocks = if quantity == 1 { "block" } else { "blocks" };
                    because = Some(format!(
                        "{need} {}: {quantity} {blocks} of {}",
                        rule.input.measure_of(need),
                        rule.per_unit
                    ));
                    derived = Some(quantity);
                }
                None => needs.need(InputRef::Number(rule.input), item),
            }
        }
        let once = index.once_per_quote_of.get(*item).and_then(|n| rules.once_per_quote.get(*n));
        let quantity = match (once, &line.quantity_override, derived) {
            (Some(rule), _, _) => {
                // Neither a typed quantity nor an override makes two of one event (§7).
                let asked = line.quantity_override.as_ref().map_or(line.quantity, |o| o.quantity);
                if asked != 1 {
                    findings.push(corrected_finding(ctx, item, asked, rule));
                }
                derived = Some(1);
                because = because.or_else(|| Some(format!("1 per quote: {}", rule.because)));
                1
            }
            (None, Some(o), Some(d)) => {
                findings.push(override_finding(ctx, item, d, o.quantity, &o.reason));
                o.quantity
            }
            (None, _, Some(d)) => d,
            (None, _, None) => line.quantity,
        };
        lines.push(BoqLine {
            item: item.to_string(),
            quantity,
            derived_quantity: derived,
            selected: true,
            because,
            term_months: (entry.item.billing == Billing::Periodic).then(|| ctx.quote.term_of(line)),
            discount: line.discount,
        });
    }

    // Increments brought in by a selected base (not chosen themselves).
    for rule in &rules.increments {
        if !rule.bases.iter().any(|base| ctx.has(base)) {
            continue;
        }
        let Some(need) = ctx.profile.number(rule.input) else { continue };
        let quantity = increments_needed(need, rule.base_covers, rule.per_increment);
        let sentence = arithmetic(rule, need, quantity);
        let base = rule.bases.iter().find(|b| ctx.has(b)).map(String::as_str).unwrap_or_default();
        findings.push(
            Finding::new(
                FindingKey::new(RuleKind::Increment, rule.increment.clone()),
                Severity::Info,
                format!("{sentence}."),
                Citation::resolve(catalog, &rule.cite),
            )
            .about(base),
        );
        if quantity == 0 || ctx.has(&rule.increment) {
            continue;
        }
        lines.push(BoqLine {
            item: rule.increment.clone(),
            quantity,
            derived_quantity: Some(quantity),
            selected: false,
            because: Some(sentence),
            term_months: is_periodic(catalog, &rule.increment).then_some(ctx.quote.term_months),
            discount: DiscountBp(0),
        });
    }
    // Items a profile answer asks for, brought in by a quoted base ("Onsite support").
    for rule in &rules.on_request {
        if !ctx.profile.answer(rule.answer) || ctx.has(&rule.item) || !rule.bases.iter().any(|base| ctx.has(base)) {
            continue;
        }
        lines.push(BoqLine {
            item: rule.item.clone(),
            quantity: 1,
            derived_quantity: Some(1),
            selected: false,
            because: Some(format!("1 per quote: {}", rule.because)),
            term_months: is_periodic(catalog, &rule.item).then_some(ctx.quote.term_months),
            discount: DiscountBp(0),
        });
    }
    lines
}

/// A once-per-quote line that asked for another quantity (typed, from a file, or as an
/// override): it is quoted x1, and this says so.
fn corrected_finding(ctx: &Ctx<'_>, item: &str, asked: u32, rule: &OncePerQuoteRule) -> Finding {
    let name = ctx.catalog.name_of(item);
    // One fix for both ways of asking: it sets the line to 1 and drops any override.
    let (label, action) =
        ("Set the quantity to 1".to_string(), FixAction::SetQuantity { item: item.to_string(), quantity: 1 });
    Finding::new(
        FindingKey::new(RuleKind::QuantityCorrected, item),
        Severity::Info,
        format!("{name}: quantity {asked} corrected to 1, because {}.", rule.because),
        Citation::resolve(ctx.catalog, &rule.cite),
    )
    .about(item)
    .fix(Fix { label, action, introduces: Vec::new() })
}

fn override_finding(ctx: &Ctx<'_>, item: &str, derived: u32, quoted: u32, reason: &str) -> Finding {
    Finding::new(
        FindingKey::new(RuleKind::QuantityOverride, item),
        Severity::Warning,
        format!(
            "{}: quantity {quoted} quoted instead of the derived {derived} (override: {reason}).",
            ctx.catalog.name_of(item)
        ),
        Vec::new(),
    )
    .about(item)
    .fix(Fix {
        label: format!("Return to the derived quantity ({derived})"),
        action: FixAction::ClearQuantityOverride { item: item.to_string() },
        introduces: Vec::new(),
    })
}
