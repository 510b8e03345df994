//! Applying a fix: a pure change to the profile and quote. The UI applies fixes through
//! its undo history; tests apply them to check that a fix clears its finding.

use super::FixAction;
use crate::domain::catalog::Catalog;
use crate::domain::profile::{CustomerProfile, ExistingContract};
use crate::domain::quote::Quote;

/// Applies a fix action. `Enter*` actions change nothing (the UI focuses the field);
/// the return value says whether anything changed.
pub fn apply_fix(catalog: &Catalog, profile: &mut CustomerProfile, quote: &mut Quote, action: &FixAction) -> bool {
    match action {
        FixAction::AddItem { item } => quote.insert(crate::domain::quote::QuoteLine::new(item.clone())),
        FixAction::RemoveItem { item } => quote.remove(item),
        FixAction::RemoveOffering { offering } => {
            let items: Vec<String> = quote
                .lines()
                .iter()
                .filter(|line| catalog.entry(&line.item).is_some_and(|e| e.offering.id == *offering))
                .map(|line| line.item.clone())
                .collect();
            let before = quote.lines().len();
            for item in &items {
                quote.remove(item);
            }
            quote.lines().len() != before
        }
        FixAction::ReplaceItem { from, to } => {
            let had = quote.contains(from);
            quote.replace(from, to);
            had
        }
        FixAction::DeclareContract { item } => {
            if profile.has_contract_for(item) {
                return false;
            }
            profile.existing_contracts.push(ExistingContract { item: item.clone(), reference: String::new() });
            true
        }
        FixAction::SetDate { input, date } => {
            profile.set_date(*input, Some(*date));
            true
        }
        FixAction::SetTerm { item, months } => match quote.line_mut(item) {
            Some(line) => {
                line.term_months = Some(*months);
                true
            }
            None => false,
        },
        FixAction::AttestPrerequisite { prerequisite } => profile.attested_prerequisites.insert(prerequisite.clone()),
        FixAction::UndeclareScope { area } => profile.declared_scope.remove(area),
        FixAction::SetQuantity { item, quantity } => match quote.line_mut(item) {
            Some(line) if line.quantity != *quantity || line.quantity_override.is_some() => {
                line.quantity = *quantity;
                line.quantity_override = None;
                true
            }
            _ => false,
        },
        FixAction::ClearQuantityOverride { item } => match quote.line_mut(item) {
            Some(line) => line.quantity_override.take().is_some(),
            None => false,
        },
        FixAction::EnterNumber { .. } | FixAction::EnterDate { .. } | FixAction::EnterRegion => false,
    }
}
