//! §3 / §8.4 Exclusions: Medium and Large editions of one service, Basic and Professional
//! Digital Diagnosis, Basic and Standard Key Event On-Duty never share a quote.

use super::eligibility::fits_bands;
use super::{Citation, Ctx, Fact, Finding, FindingKey, Fix, FixAction, FixLabel, RuleKind, Severity};
use crate::domain::fasthash::IdSet;
use crate::domain::order::{catalog_rank, ordinal_rank, sort_array_by_rank, sort_by_rank, Rank};

/// One error per exclusion rule with two or more quoted members; fixes remove one member,
/// the one that does not fit the customer's size first.
pub(crate) fn check_exclusions(ctx: &Ctx<'_>, quoted: &IdSet<&str>, findings: &mut Vec<Finding>) {
    let catalog = ctx.catalog;
    for rule in &catalog.rules().excludes {
        let mut present: Vec<&str> = rule.items.iter().map(String::as_str).filter(|i| quoted.contains(i)).collect();
        sort_by_rank(&mut present, |item| catalog_rank(catalog, item));
        let (Some(first), true) = (present.first().copied(), present.len() >= 2) else { continue };
        let mut finding = Finding::new(
            FindingKey::new(RuleKind::Exclusion, present.join("+")),
            Severity::Error,
            Fact::Excluded { items: present.iter().map(|i| i.to_string()).collect() },
            Citation::resolve(catalog, &rule.cite),
        )
        .about(first);
        // Remove the misfit first: `false` (does not fit) sorts before `true`.
        let mut removal_order = present.clone();
        sort_by_rank(&mut removal_order, |item| {
            let fits_or_unknown = u64::from(fits_bands(ctx, item) != Some(false));
            Rank::number((fits_or_unknown << 63) | ordinal_rank(catalog.ordinal(item)).min((1 << 63) - 1))
        });
        for item in removal_order.iter().take(2) {
            finding = finding.fix(Fix::new(
                FixLabel::Remove { item: item.to_string() },
                FixAction::RemoveItem { item: item.to_string() },
            ));
        }
        findings.push(finding);
    }
}

/// For a catalog item not in the quote: the exclusion that adding it would break.
pub(crate) fn exclusion_blocker(ctx: &Ctx<'_>, item: &str, ignoring: Option<&str>) -> Option<Finding> {
    let catalog = ctx.catalog;
    let rules = catalog.rules();
    let indices = catalog.index().excludes_of.get(item)?;
    for rule in indices.iter().filter_map(|n| rules.excludes.get(*n)) {
        let partner = rule
            .items
            .iter()
            .find(|other| other.as_str() != item && Some(other.as_str()) != ignoring && ctx.has(other));
        if let Some(partner) = partner {
            let mut pair = [item, partner.as_str()];
            sort_array_by_rank(&mut pair, |i| catalog_rank(catalog, i));
            return Some(
                Finding::new(
                    FindingKey::new(RuleKind::Exclusion, pair.join("+")),
                    Severity::Error,
                    Fact::ExcludedBy { item: item.to_string(), partner: partner.clone() },
                    Citation::resolve(catalog, &rule.cite),
                )
                .about(item)
                .fix(Fix::new(
                    FixLabel::SwitchFrom { item: partner.clone() },
                    FixAction::ReplaceItem { from: partner.clone(), to: item.to_string() },
                )),
            );
        }
    }
    None
}
