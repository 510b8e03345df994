//! The typed form of `data/rules.toml`: every rule the engine enforces, as data with its
//! citations. The engine in `domain::rules` interprets it; nothing here decides anything.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::model::ItemId;

/// Largest quantity or sizing input (catalog-rules §8.13). Defined here because build.rs
/// compiles this file on its own; `domain::bounds` re-exports it.
pub const MAX_COUNT: u64 = 100_000;

/// A numeric answer of the customer profile that a rule reads.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum NumericInput {
    /// Chaos drill scenarios to run on the O&M platform (000 Chaos Engineering Drill Service).
    DrillScenarios,
    /// Chaos drill scenarios to run on aPaaS (001, priced per engagement).
    ApaasDrillScenarios,
    /// Chaos drill scenarios to run with COC (002 Chaos Drills, priced per engagement).
    CocDrillScenarios,
    /// Applications under release management on the O&M platform (000 release onsite packages).
    OmReleaseApplications,
    /// Applications under release management on aPaaS (001 release onsite packages).
    ApaasReleaseApplications,
    /// O&M platform instances to connect (000 hosting implementation).
    OmInstances,
    /// aPaaS instances to connect (001 hosting and implementation).
    ApaasInstances,
    /// aPaaS instances needing technical support (001 Technical Support, per 20).
    ApaasSupportInstances,
    /// Key-event assurance days (calendar days).
    AssuranceDays,
    /// IT department employees.
    ItEmployees,
    /// Related business departments.
    BusinessDepartments,
    /// O&M application systems.
    OmApplicationSystems,
    /// Peak concurrent requests of the key event.
    PeakConcurrentRequests,
}

impl NumericInput {
    /// The snake_case key used in data files and finding subjects.
    pub fn key(self) -> &'static str {
        match self {
            NumericInput::DrillScenarios => "drill_scenarios",
            NumericInput::ApaasDrillScenarios => "apaas_drill_scenarios",
            NumericInput::CocDrillScenarios => "coc_drill_scenarios",
            NumericInput::OmReleaseApplications => "om_release_applications",
            NumericInput::ApaasReleaseApplications => "apaas_release_applications",
            NumericInput::OmInstances => "om_instances",
            NumericInput::ApaasInstances => "apaas_instances",
            NumericInput::ApaasSupportInstances => "apaas_support_instances",
            NumericInput::AssuranceDays => "assurance_days",
            NumericInput::ItEmployees => "it_employees",
            NumericInput::BusinessDepartments => "business_departments",
            NumericInput::OmApplicationSystems => "om_application_systems",
            NumericInput::PeakConcurrentRequests => "peak_concurrent_requests",
        }
    }

    /// Every numeric input, in form order.
    pub const ALL: [NumericInput; 13] = [
        NumericInput::ItEmployees,
        NumericInput::BusinessDepartments,
        NumericInput::OmApplicationSystems,
        NumericInput::OmInstances,
        NumericInput::ApaasInstances,
        NumericInput::ApaasSupportInstances,
        NumericInput::OmReleaseApplications,
        NumericInput::ApaasReleaseApplications,
        NumericInput::DrillScenarios,
        NumericInput::ApaasDrillScenarios,
        NumericInput::CocDrillScenarios,
        NumericInput::AssuranceDays,
        NumericInput::PeakConcurrentRequests,
    ];

    /// The largest answer accepted (catalog-rules §8.13: counts 0-100,000). Peak concurrent
    /// requests is not a count of things to buy: its rule warns from 1 million, so it
    /// accepts up to 1,000,000,000.
    pub fn max_value(self) -> u64 {
        match self {
            NumericInput::PeakConcurrentRequests => 1_000_000_000,
            _ => MAX_COUNT,
        }
    }
}

/// A date answer of the customer profile that a rule reads.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum DateInput {
    /// Start date of the COC Implementation Support Service.
    CocStartDate,
    /// Date of the key event.
    KeyEventDate,
}

impl DateInput {
    /// The snake_case key used in data files and finding subjects.
    pub fn key(self) -> &'static str {
        match self {
            DateInput::CocStartDate => "coc_start_date",
            DateInput::KeyEventDate => "key_event_date",
        }
    }
}

/// Where a rule comes from: a seed sentence (`seed` + `sentence`) or a decision of
/// catalog-rules §8 (`decision`). A plain struct rather than an untagged enum so the
/// catalog can be embedded in a compact binary form; [`CiteRef::kind`] gives the enum view.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CiteRef {
    /// Seed file-name prefix ("000").
    #[serde(default)]
    pub seed: Option<String>,
    /// The sentence, verbatim.
    #[serde(default)]
    pub sentence: Option<String>,
    /// A decision of catalog-rules §8 ("8.N").
    #[serde(default)]
    pub decision: Option<String>,
}

/// What a citation refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cite<'a> {
    /// A verbatim sentence of a seed.
    Seed {
        /// Seed file-name prefix.
        seed: &'a str,
        /// The sentence.
        sentence: &'a str,
    },
    /// A catalog-rules §8 decision.
    Decision {
        /// "8.N".
        decision: &'a str,
    },
    /// Neither, or both: a data error reported by catalog validation.
    Invalid,
}

impl CiteRef {
    /// A citation of a catalog-rules §8 decision.
    pub fn decision(section: &str) -> CiteRef {
        CiteRef { decision: Some(section.to_string()), ..CiteRef::default() }
    }

    /// The enum view.
    pub fn kind(&self) -> Cite<'_> {
        match (&self.seed, &self.sentence, &self.decision) {
            (Some(seed), Some(sentence), None) => Cite::Seed { seed, sentence },
            (None, None, Some(decision)) => Cite::Decision { decision },
            _ => Cite::Invalid,
        }
    }
}

/// Finding severity (catalog-rules §6).
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The quote cannot be issued as final.
    Error,
    /// Allowed, printed under assumptions and risks.
    Warning,
    /// Advice and arithmetic.
    Info,
}

/// §2: an increment derived from a sizing input once a base is quoted.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct IncrementRule {
    /// The increment item.
    pub increment: ItemId,
    /// Bases it extends (any one).
    pub bases: Vec<ItemId>,
    /// The sizing input.
    pub input: NumericInput,
    /// How much one base covers.
    pub base_covers: u32,
    /// How much each increment adds.
    pub per_increment: u32,
    /// Short name of the base in the arithmetic ("Basic Edition").
    pub base_label: String,
    /// Short name of one increment ("Incremental Package").
    pub increment_label: String,
    /// Short name of several increments ("Incremental Packages").
    pub increment_label_plural: String,
    /// Sources.
    pub cite: Vec<CiteRef>,
}

/// §2: an item whose quantity is the input divided into blocks.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct SizedRule {
    /// The item.
    pub item: ItemId,
    /// The sizing input (required once the item is quoted).
    pub input: NumericInput,
    /// Size of one block.
    pub per_unit: u32,
    /// Sources.
    pub cite: Vec<CiteRef>,
}

/// §7 "per engagement, quantity 1": a one-off item whose answer is recorded on its line,
/// not multiplied ("8 drill scenarios in one engagement").
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct PerEngagementRule {
    /// The item.
    pub item: ItemId,
    /// The answer recorded on its line.
    pub input: NumericInput,
}

/// A threshold on a profile input.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct InputThreshold {
    /// The input.
    pub input: NumericInput,
    /// The threshold.
    pub value: u64,
}

/// §3: an item needs one of `any_of` in the quote or under an existing contract.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct RequiresRule {
    /// The dependent item.
    pub item: ItemId,
    /// Acceptable bases.
    pub any_of: Vec<ItemId>,
    /// The need applies only while this input is below the value.
    #[serde(default)]
    pub only_when_below: Option<InputThreshold>,
    /// Sources.
    pub cite: Vec<CiteRef>,
}

/// §3 / §8.4: at most one of `items` per quote.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct ExcludesRule {
    /// The mutually exclusive items.
    pub items: Vec<ItemId>,
    /// Sources.
    pub cite: Vec<CiteRef>,
}

/// §4: an item fits customers whose input lies in `[min, max]`.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct BandRule {
    /// The banded item.
    pub item: ItemId,
    /// The service whose editions are banded (to name the edition that fits).
    pub family: String,
    /// The input.
    pub input: NumericInput,
    /// Inclusive lower bound.
    #[serde(default)]
    pub min: Option<u64>,
    /// Inclusive upper bound.
    #[serde(default)]
    pub max: Option<u64>,
    /// Severity when outside.
    pub severity: Severity,
    /// When true, an empty input is not a finding.
    #[serde(default)]
    pub optional_input: bool,
    /// A warning band whose input is still needed ("needs X") and which still names the
    /// edition that fits: the edition is chosen by this input even though being outside
    /// the band is only a warning (§8.6, Chaos Drill Technical Support).
    #[serde(default)]
    pub chooses_edition: bool,
    /// Sources.
    pub cite: Vec<CiteRef>,
}

impl BandRule {
    /// Whether the band decides the edition: an error band, or a warning band marked
    /// `chooses_edition`. Such a band needs its input and names the edition that fits.
    pub fn decides_edition(&self) -> bool {
        self.severity == Severity::Error || self.chooses_edition
    }

    /// Whether a value lies inside the band.
    pub fn contains(&self, value: u64) -> bool {
        self.min.is_none_or(|min| value >= min) && self.max.is_none_or(|max| value <= max)
    }

    /// How far a value lies outside the band (0 inside).
    pub fn distance(&self, value: u64) -> u64 {
        match (self.min, self.max) {
            (Some(min), _) if value < min => min - value,
            (_, Some(max)) if value > max => value - max,
            _ => 0,
        }
    }
}

/// §7: a periodic item whose term must be whole years.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct WholeYearsRule {
    /// The item.
    pub item: ItemId,
    /// Sources.
    pub cite: Vec<CiteRef>,
}

/// §5: a date must be at least `working_days` working days after the quote date.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct LeadTimeRule {
    /// The offering whose items need the date.
    pub offering: String,
    /// The date input.
    pub input: DateInput,
    /// Minimum working days.
    pub working_days: u32,
    /// The prerequisite this check replaces (not asked as an attestation).
    pub prerequisite: String,
    /// Sources.
    pub cite: Vec<CiteRef>,
}

/// §5: offerings that cannot be sold in some regions.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct RegionRule {
    /// The offerings.
    pub offerings: Vec<String>,
    /// Regions where they are not sold.
    pub excluded: Vec<String>,
    /// Sources.
    pub cite: Vec<CiteRef>,
}

/// §7 / §8.10: an item quoted once per quote (a quote covers one key event); a line asking
/// for another quantity is corrected to 1, with a finding saying so.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct OncePerQuoteRule {
    /// The item.
    pub item: ItemId,
    /// Why once ("a quote covers one key event"), completing "1 per quote: ...".
    pub because: String,
    /// Sources.
    pub cite: Vec<CiteRef>,
}

/// A yes/no answer of the customer profile that a rule reads.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum ProfileAnswer {
    /// The customer wants onsite support at the key event.
    WantsOnsiteSupport,
}

/// §2: an item derived x1, like an increment, when the profile asks for it and one of its
/// bases is quoted ("Onsite support" when onsite support is wanted).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct OnRequestRule {
    /// The item derived.
    pub item: ItemId,
    /// Bases that bring it (any one quoted).
    pub bases: Vec<ItemId>,
    /// The answer that asks for it.
    pub answer: ProfileAnswer,
    /// Why it is there, for the line ("onsite support is asked for in the profile").
    pub because: String,
    /// Sources.
    pub cite: Vec<CiteRef>,
}

/// §8.15: a decision that shapes a quoted line (its unit, its scenario text, what an
/// edition holds) and is listed among the assumptions whenever one of its items is quoted,
/// whether or not a finding cites it.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct LineDecisionRule {
    /// The decision ("8.1").
    pub decision: String,
    /// The items it shapes.
    pub items: Vec<ItemId>,
}

/// A note printed with an item whenever it is quoted.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct NoticeRule {
    /// The item.
    pub item: ItemId,
    /// Severity (info).
    pub severity: Severity,
    /// Plain-language message.
    pub message: String,
    /// Sources.
    pub cite: Vec<CiteRef>,
}

/// Advice: suggest a companion item beside another.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct CompanionRule {
    /// Items that trigger the advice.
    pub when_any: Vec<ItemId>,
    /// Items suggested (the first that fits).
    pub suggest_any: Vec<ItemId>,
    /// The advice applies only while this input is at most the value.
    #[serde(default)]
    pub only_when_at_most: Option<InputThreshold>,
    /// Sources.
    pub cite: Vec<CiteRef>,
}

impl RuleBook {
    /// The items a sizing input sizes (bases, their increments, items sold in blocks), in
    /// rule-book order: what the sales engineer sees beside the input.
    pub fn items_sized_by(&self, input: NumericInput) -> Vec<&ItemId> {
        let mut items: Vec<&ItemId> = Vec::new();
        for rule in self.increments.iter().filter(|r| r.input == input) {
            items.extend(rule.bases.iter());
            items.push(&rule.increment);
        }
        items.extend(self.sized.iter().filter(|r| r.input == input).map(|r| &r.item));
        items.dedup();
        items
    }
}

/// All rules of `rules.toml`.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
pub struct RuleBook {
    /// catalog-rules §8 decisions by number ("8.1" -> text).
    #[serde(default)]
    pub decisions: BTreeMap<String, String>,
    /// Derived increments.
    #[serde(default)]
    pub increments: Vec<IncrementRule>,
    /// Directly sized items.
    #[serde(default)]
    pub sized: Vec<SizedRule>,
    /// One-off items quoted per engagement whose answer is recorded on the line.
    #[serde(default)]
    pub per_engagement: Vec<PerEngagementRule>,
    /// Dependencies.
    #[serde(default)]
    pub requires: Vec<RequiresRule>,
    /// Exclusions.
    #[serde(default)]
    pub excludes: Vec<ExcludesRule>,
    /// Size bands.
    #[serde(default)]
    pub bands: Vec<BandRule>,
    /// Whole-year terms.
    #[serde(default)]
    pub whole_years: Vec<WholeYearsRule>,
    /// Lead times.
    #[serde(default)]
    pub lead_times: Vec<LeadTimeRule>,
    /// Regions.
    #[serde(default)]
    pub regions: Vec<RegionRule>,
    /// Item notes.
    #[serde(default)]
    pub notices: Vec<NoticeRule>,
    /// Companion advice.
    #[serde(default)]
    pub companions: Vec<CompanionRule>,
    /// Items quoted once per quote.
    #[serde(default)]
    pub once_per_quote: Vec<OncePerQuoteRule>,
    /// Items derived when the profile asks for them.
    #[serde(default)]
    pub on_request: Vec<OnRequestRule>,
    /// Decisions that shape quoted lines.
    #[serde(default)]
    pub line_decisions: Vec<LineDecisionRule>,
}
