//! §5 Region: 000 and 001 are sold outside the Chinese mainland; 002 on Huawei Cloud
//! (International), read as excluding the Chinese mainland (§8.7).

use super::inputs::{InputRef, MissingInputs};
use super::{Citation, Ctx, Fact, Finding, FindingKey, Fix, FixAction, FixLabel, RuleKind, Severity};
use crate::domain::catalog::RegionRule;

/// The region finding for an offering, if the customer's region is excluded.
pub(crate) fn region_finding(
    ctx: &Ctx<'_>,
    rule: &RegionRule,
    offering: &str,
    region: &str,
    item: &str,
    in_quote: bool,
) -> Option<Finding> {
    if !rule.excluded.iter().any(|r| r == region) {
        return None;
    }
    let catalog = ctx.catalog;
    let name = catalog.offering(offering).map(|(_, o)| o.name.as_str()).unwrap_or(offering);
    let mut finding = Finding::new(
        FindingKey::new(RuleKind::Region, offering),
        Severity::Error,
        Fact::Region { offering: name.to_string(), region: region.to_string() },
        Citation::resolve(catalog, &rule.cite),
    )
    .about(item);
    finding = if in_quote {
        finding.fix(Fix::new(
            FixLabel::RemoveOffering { offering: name.to_string() },
            FixAction::RemoveOffering { offering: offering.to_string() },
        ))
    } else {
        // Not addable for this region: the way forward is to check the region answer.
        finding.fix(Fix::new(FixLabel::CheckRegion, FixAction::EnterRegion))
    };
    Some(finding)
}

/// Checks the region of a quoted offering.
pub(crate) fn check_region(
    ctx: &Ctx<'_>,
    offering: &str,
    items: &[&str],
    findings: &mut Vec<Finding>,
    needs: &mut MissingInputs,
) {
    let rules = ctx.catalog.rules();
    let Some(indices) = ctx.catalog.index().regions_of.get(offering) else { return };
    let first = items.first().copied().unwrap_or_default();
    for rule in indices.iter().filter_map(|n| rules.regions.get(*n)) {
        match ctx.profile.region.as_deref() {
            Some(region) => findings.extend(region_finding(ctx, rule, offering, region, first, true)),
            None => items.iter().for_each(|item| needs.need(InputRef::Region, item)),
        }
    }
}
