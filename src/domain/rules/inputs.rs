//! §6 "needs X": an input that a quoted item's rule needs but the profile leaves empty.
//! Families report what they need; one finding per input names every item waiting on it.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::{Fact, Finding, FindingKey, Fix, FixAction, FixLabel, RuleKind, Severity};
use crate::domain::catalog::{Catalog, DateInput, NumericInput};
use crate::domain::order::{catalog_rank, sort_by_rank};

/// A profile answer a rule can need.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(tag = "kind", content = "input", rename_all = "snake_case")]
pub enum InputRef {
    /// A numeric answer.
    Number(NumericInput),
    /// A date answer.
    Date(DateInput),
    /// The region.
    Region,
}

impl InputRef {
    /// Finding subject ("number:it_employees").
    pub fn subject(self) -> String {
        match self {
            InputRef::Number(input) => format!("number:{}", input.key()),
            InputRef::Date(input) => format!("date:{}", input.key()),
            InputRef::Region => "region".to_string(),
        }
    }

    fn fix_action(self) -> FixAction {
        match self {
            InputRef::Number(input) => FixAction::EnterNumber { input },
            InputRef::Date(input) => FixAction::EnterDate { input },
            InputRef::Region => FixAction::EnterRegion,
        }
    }
}

/// Inputs needed so far, with the items that need them.
#[derive(Default)]
pub(crate) struct MissingInputs {
    needed: BTreeMap<InputRef, BTreeSet<String>>,
}

impl MissingInputs {
    /// Records that `item` needs `input`.
    pub fn need(&mut self, input: InputRef, item: &str) {
        self.needed.entry(input).or_default().insert(item.to_string());
    }

    /// One error per missing input.
    pub fn into_findings(self, catalog: &Catalog) -> Vec<Finding> {
        self.needed
            .into_iter()
            .map(|(input, items)| {
                let mut items: Vec<String> = items.into_iter().collect();
                sort_by_rank(&mut items, |item| catalog_rank(catalog, item));
                let first = items.first().cloned();
                let mut finding = missing_input_finding(input, items);
                finding.item = first;
                finding
            })
            .collect()
    }
}

/// The "needs X" finding for the given items.
pub(crate) fn missing_input_finding(input: InputRef, items: Vec<String>) -> Finding {
    Finding::new(
        FindingKey::new(RuleKind::MissingInput, input.subject()),
        Severity::Error,
        Fact::MissingInput { input, items },
        Vec::new(),
    )
    .fix(Fix::new(FixLabel::Enter { input }, input.fix_action()))
}
