//! Suggestions from the needs questions (catalog-rules §9): each proposes one base item
//! and says which answer produced it. Increments follow from §2 once a base is accepted.

use serde::{Deserialize, Serialize};

use super::calendar::Date;
use super::catalog::{Catalog, ItemId, NumericInput, Severity};
use super::profile::{Coverage, CustomerProfile, Platform};
use super::quote::Quote;

/// The profile answer a suggestion comes from.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// Monitoring coverage.
    Coverage,
    /// First connection of instances.
    FirstConnection,
    /// Technical support for aPaaS instances.
    TechnicalSupport,
    /// Drill scenarios.
    DrillScenarios,
    /// Applications under release management.
    ReleaseApplications,
    /// A key event.
    KeyEvent,
    /// Onsite support at the key event.
    OnsiteSupport,
    /// O&M maturity assessment / plan.
    MaturityAssessment,
}

/// One proposed item.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub struct Suggestion {
    /// The item to add.
    pub item: ItemId,
    /// Which answer produced it.
    pub answer: Answer,
    /// The answer it comes from, as data (`present::suggestions` words it: "You need
    /// monitoring around the clock on the O&M platform.").
    pub because: SuggestedBecause,
}

/// Which answer, with its numbers, a suggestion comes from.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(tag = "answer", rename_all = "snake_case")]
pub enum SuggestedBecause {
    /// Monitoring with this coverage on this platform (the O&M platform or aPaaS).
    Coverage {
        /// The coverage.
        coverage: Coverage,
        /// The platform.
        platform: Platform,
    },
    /// Instances connected for the first time (the O&M platform or aPaaS hosting).
    FirstConnection {
        /// How many.
        instances: u64,
        /// The platform.
        platform: Platform,
    },
    /// aPaaS instances that need technical support.
    TechnicalSupport {
        /// How many.
        instances: u64,
    },
    /// Chaos drill scenarios on a platform.
    DrillScenarios {
        /// How many.
        scenarios: u64,
        /// The platform.
        platform: Platform,
    },
    /// Applications under release management on a platform.
    ReleaseApplications {
        /// How many.
        applications: u64,
        /// The platform.
        platform: Platform,
    },
    /// A key event on a date, with or without checks (the Standard Edition when with).
    KeyEvent {
        /// The event date.
        date: Date,
        /// Whether security, capacity or performance checks are wanted.
        checks: bool,
    },
    /// Onsite support at the key event.
    OnsiteSupport,
    /// A maturity assessment that Digital Diagnosis fits.
    MaturityDiagnosis {
        /// The IT employees answered.
        it_employees: u64,
    },
    /// An O&M plan whose DAP edition fits.
    MaturityPlan {
        /// The IT employees answered.
        it_employees: u64,
        /// The edition's own word in the seed ("Medium", "Large").
        edition: String,
    },
}

/// Item ids the suggestions name, per platform (checked against the catalog by a test).
pub const SUGGESTED_ITEMS: &[&str] = &[
    "om-hosting-7x24",
    "om-hosting-5x8",
    "apm-hosting-24x7",
    "apm-hosting-8x5",
    "om-hosting-impl",
    "apm-hosting-impl",
    "apm-tech-support",
    "om-chaos-basic",
    "apm-chaos-drill",
    "coc-chaos-drills",
    "om-release-onsite-std",
    "apm-release-onsite-basic",
    "ke-basic",
    "ke-standard",
    "ke-onsite",
    "apo-diagnosis-basic",
    "apo-dap-medium",
    "apo-dap-large",
];

/// Whether an item fits every error-severity size band of the rule book for this
/// profile: `None` while an input the bands read is unanswered.
fn fits_size_bands(catalog: &Catalog, profile: &CustomerProfile, item: &str) -> Option<bool> {
    let mut fits = Some(true);
    for band in catalog.rules().bands.iter().filter(|b| b.item == item && b.severity == Severity::Error) {
        match profile.number(band.input) {
            Some(value) if !band.contains(value) => return Some(false),
            Some(_) => {}
            None => fits = None,
        }
    }
    fits
}

/// Whether an exclusion of the rule book forbids `item` beside an item already quoted.
fn excluded_by_quote(catalog: &Catalog, quote: &Quote, item: &str) -> bool {
    catalog
        .rules()
        .excludes
        .iter()
        .filter(|rule| rule.items.iter().any(|i| i == item))
        .any(|rule| rule.items.iter().any(|other| other != item && quote.contains(other)))
}

/// Suggestions for a profile, leaving out items already quoted, items an exclusion forbids
/// beside what is quoted, and items unknown to the catalog.
pub fn suggest(catalog: &Catalog, profile: &CustomerProfile, quote: &Quote) -> Vec<Suggestion> {
    let mut out = Vec::new();
    let mut push = |item: &str, answer: Answer, because: SuggestedBecause| {
        // An item a profile answer brings in with a quoted base is already in the BOQ.
        let derived_on_request =
            catalog.rules().on_request.iter().any(|r| r.item == item && r.bases.iter().any(|b| quote.contains(b)));
        if catalog.entry(item).is_some()
            && !quote.contains(item)
            && !derived_on_request
            && !excluded_by_quote(catalog, quote, item)
            && !out.iter().any(|s: &Suggestion| s.item == item)
        {
            out.push(Suggestion { item: item.to_string(), answer, because });
        }
    };
    let om = profile.platforms.contains(&Platform::OmPlatform);
    let apaas = profile.platforms.contains(&Platform::Apaas);
    let coc = profile.platforms.contains(&Platform::Coc);
    let answered = |input: NumericInput| profile.number(input).filter(|n| *n > 0);

    if let Some(coverage) = profile.coverage {
        let (om_item, apaas_item) = match coverage {
            Coverage::AroundTheClock => ("om-hosting-7x24", "apm-hosting-24x7"),
            Coverage::BusinessHours => ("om-hosting-5x8", "apm-hosting-8x5"),
        };
        if om {
            push(om_item, Answer::Coverage, SuggestedBecause::Coverage { coverage, platform: Platform::OmPlatform });
        }
        if apaas {
            push(apaas_item, Answer::Coverage, SuggestedBecause::Coverage { coverage, platform: Platform::Apaas });
        }
    }
    if profile.first_connection {
        if let (true, Some(n)) = (om, answered(NumericInput::OmInstances)) {
            push(
                "om-hosting-impl",
                Answer::FirstConnection,
                SuggestedBecause::FirstConnection { instances: n, platform: Platform::OmPlatform },
            );
        }
        if let (true, Some(n)) = (apaas, answered(NumericInput::ApaasInstances)) {
            push(
                "apm-hosting-impl",
                Answer::FirstConnection,
                SuggestedBecause::FirstConnection { instances: n, platform: Platform::Apaas },
            );
        }
    }
    // The number is the need: an answer above 0 asks for support, with no box to tick.
    if let (true, Some(n)) = (apaas, answered(NumericInput::ApaasSupportInstances)) {
        push("apm-tech-support", Answer::TechnicalSupport, SuggestedBecause::TechnicalSupport { instances: n });
    }
    // Each platform's drills from its own answer: one number never sizes two offerings.
    for (on, input, item, platform) in [
        (om, NumericInput::DrillScenarios, "om-chaos-basic", Platform::OmPlatform),
        (apaas, NumericInput::ApaasDrillScenarios, "apm-chaos-drill", Platform::Apaas),
        (coc, NumericInput::CocDrillScenarios, "coc-chaos-drills", Platform::Coc),
    ] {
        if let (true, Some(n)) = (on, answered(input)) {
            push(item, Answer::DrillScenarios, SuggestedBecause::DrillScenarios { scenarios: n, platform });
        }
    }
    if let (true, Some(n)) = (om, answered(NumericInput::OmReleaseApplications)) {
        push(
            "om-release-onsite-std",
            Answer::ReleaseApplications,
            SuggestedBecause::ReleaseApplications { applications: n, platform: Platform::OmPlatform },
        );
    }
    if let (true, Some(n)) = (apaas, answered(NumericInput::ApaasReleaseApplications)) {
        push(
            "apm-release-onsite-basic",
            Answer::ReleaseApplications,
            SuggestedBecause::ReleaseApplications { applications: n, platform: Platform::Apaas },
        );
    }
    if let Some(date) = profile.date(super::catalog::DateInput::KeyEventDate) {
        let checks = &profile.key_event_checks;
        let item = if checks.any() { "ke-standard" } else { "ke-basic" };
        push(item, Answer::KeyEvent, SuggestedBecause::KeyEvent { date, checks: checks.any() });
        if profile.wants_onsite_support {
            push("ke-onsite", Answer::OnsiteSupport, SuggestedBecause::OnsiteSupport);
        }
    }
    if profile.wants_maturity_assessment && apaas {
        if let Some(it) = profile.number(NumericInput::ItEmployees) {
            // The editions that fit come from the rule book's size bands (catalog-rules §4).
            if fits_size_bands(catalog, profile, "apo-diagnosis-basic") == Some(true) {
                push(
                    "apo-diagnosis-basic",
                    Answer::MaturityAssessment,
                    SuggestedBecause::MaturityDiagnosis { it_employees: it },
                );
            }
            for (item, edition) in [("apo-dap-medium", "Medium"), ("apo-dap-large", "Large")] {
                if fits_size_bands(catalog, profile, item) == Some(true) {
                    push(
                        item,
                        Answer::MaturityAssessment,
                        SuggestedBecause::MaturityPlan { it_employees: it, edition: edition.to_string() },
                    );
                }
            }
        }
    }
    out
}
