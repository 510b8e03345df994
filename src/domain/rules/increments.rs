//! §2 Quantities: one base package plus the fewest increments that cover the need, and
//! items sized directly in blocks (per 20 instances). The arithmetic is shown as info.

use super::inputs::{InputRef, MissingInputs};
use super::{
    is_periodic, Arithmetic, Because, BoqLine, Citation, Ctx, Fact, Finding, FindingKey, Fix, FixAction, FixLabel,
    RuleKind, Severity,
};
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

/// How an increment quantity follows from its input, as data
/// ("8 drill scenarios: Basic Edition covers 5, so 3 Incremental Packages").
fn arithmetic(rule: &IncrementRule, need: u64, quantity: u32) -> Arithmetic {
    Arithmetic {
        input: rule.input,
        need,
        base_label: rule.base_label.clone(),
        base_covers: u64::from(rule.base_covers),
        increment_label: rule.increment_label.clone(),
        increment_label_plural: rule.increment_label_plural.clone(),
        quantity,
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
                    because = Some(Because::Sized(arithmetic(rule, need, quantity)));
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
            because = Some(Because::Base {
                input: rule.input,
                covers: u64::from(rule.base_covers),
                increment_label_plural: rule.increment_label_plural.clone(),
            });
        } else if let Some(rule) = index.sized_of.get(*item).and_then(|n| rules.sized.get(*n)) {
            match ctx.profile.number(rule.input) {
                Some(need) => {
                    let quantity = blocks_needed(need, rule.per_unit);
                    because = Some(Because::Blocks { input: rule.input, need, quantity, per_unit: rule.per_unit });
                    derived = Some(quantity);
                }
                None => needs.need(InputRef::Number(rule.input), item),
            }
        } else if let Some(rule) = rules.per_engagement.iter().find(|rule| rule.item == **item) {
            // One engagement whatever the answer (§7): the answer is recorded on the line.
            because = ctx.profile.number(rule.input).map(|need| Because::PerEngagement { input: rule.input, need });
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
                because = because.or_else(|| Some(Because::OncePerQuote { because: rule.because.clone() }));
                1
            }
            (None, Some(o), Some(d)) => {
                findings.push(override_finding(item, d, o.quantity, &o.reason));
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
        let arithmetic = arithmetic(rule, need, quantity);
        let base = rule.bases.iter().find(|b| ctx.has(b)).map(String::as_str).unwrap_or_default();
        findings.push(
            Finding::new(
                FindingKey::new(RuleKind::Increment, rule.increment.clone()),
                Severity::Info,
                Fact::Sized(arithmetic.clone()),
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
            because: Some(Because::Sized(arithmetic)),
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
            because: Some(Because::OncePerQuote { because: rule.because.clone() }),
            term_months: is_periodic(catalog, &rule.item).then_some(ctx.quote.term_months),
            discount: DiscountBp(0),
        });
    }
    lines
}

/// A once-per-quote line that asked for another quantity (typed, from a file, or as an
/// override): it is quoted x1, and this says so.
fn corrected_finding(ctx: &Ctx<'_>, item: &str, asked: u32, rule: &OncePerQuoteRule) -> Finding {
    // One fix for both ways of asking: it sets the line to 1 and drops any override.
    let (label, action) =
        (FixLabel::SetQuantity { quantity: 1 }, FixAction::SetQuantity { item: item.to_string(), quantity: 1 });
    Finding::new(
        FindingKey::new(RuleKind::QuantityCorrected, item),
        Severity::Info,
        Fact::QuantityCorrected { item: item.to_string(), asked, because: rule.because.clone() },
        Citation::resolve(ctx.catalog, &rule.cite),
    )
    .about(item)
    .fix(Fix::new(label, action))
}

fn override_finding(item: &str, derived: u32, quoted: u32, reason: &str) -> Finding {
    Finding::new(
        FindingKey::new(RuleKind::QuantityOverride, item),
        Severity::Warning,
        Fact::QuantityOverride { item: item.to_string(), derived, quoted, reason: reason.to_string() },
        Vec::new(),
    )
    .about(item)
    .fix(Fix::new(FixLabel::ReturnToDerived { derived }, FixAction::ClearQuantityOverride { item: item.to_string() }))
}
