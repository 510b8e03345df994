//! What we know about the customer: sizing answers, dates, region, attestations and
//! declared scope. Every answer is optional: an empty answer is "not known yet", never 0.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::calendar::{Date, WorkingCalendar};
use super::catalog::{DateInput, ItemId, NumericInput, ProfileAnswer, ScopeArea};

/// Countries and regions offered in the region picker. "Chinese mainland" is one entry;
/// Hong Kong, Macao and Taiwan are separate entries (catalog-rules §5).
pub const REGIONS: &[&str] = &[
    "Argentina",
    "Australia",
    "Bahrain",
    "Bangladesh",
    "Brazil",
    "Cambodia",
    "Chile",
    "Chinese mainland",
    "Colombia",
    "Egypt",
    "France",
    "Germany",
    "Hong Kong (China)",
    "India",
    "Indonesia",
    "Ireland",
    "Italy",
    "Japan",
    "Kazakhstan",
    "Kenya",
    "Kuwait",
    "Macao (China)",
    "Malaysia",
    "Mexico",
    "Morocco",
    "Netherlands",
    "New Zealand",
    "Nigeria",
    "Oman",
    "Pakistan",
    "Peru",
    "Philippines",
    "Poland",
    "Qatar",
    "Saudi Arabia",
    "Singapore",
    "South Africa",
    "South Korea",
    "Spain",
    "Sri Lanka",
    "Switzerland",
    "Taiwan (China)",
    "Thailand",
    "Türkiye",
    "United Arab Emirates",
    "United Kingdom",
    "United States",
    "Uzbekistan",
    "Vietnam",
];

/// Measures that customer mode may ask once for both platforms: [O&M platform, aPaaS].
pub const SHARED_PLATFORM_MEASURES: [[NumericInput; 2]; 2] = [
    [NumericInput::OmInstances, NumericInput::ApaasInstances],
    [NumericInput::OmReleaseApplications, NumericInput::ApaasReleaseApplications],
];

/// Platforms the customer uses or will use (catalog-rules §9).
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    /// The Huawei Cloud O&M platform (seed 000).
    OmPlatform,
    /// Huawei Cloud aPaaS (seed 001).
    Apaas,
    /// Cloud Operations Center on Huawei Cloud International (seed 002).
    Coc,
}

impl Platform {
    /// Every platform, in form order.
    pub const ALL: [Platform; 3] = [Platform::OmPlatform, Platform::Apaas, Platform::Coc];

    /// The snake_case key used in saved files and ids.
    pub fn key(self) -> &'static str {
        match self {
            Platform::OmPlatform => "om_platform",
            Platform::Apaas => "apaas",
            Platform::Coc => "coc",
        }
    }
}

/// Monitoring coverage the customer needs.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Coverage {
    /// Around the clock (24/7, 7*24).
    AroundTheClock,
    /// Business hours (8/5, 5*8).
    BusinessHours,
}

/// Checks a key event may need beyond the Basic Edition (Standard Edition items).
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct KeyEventChecks {
    /// Security evaluation wanted.
    pub security: bool,
    /// Capacity evaluation wanted.
    pub capacity: bool,
    /// Performance test wanted.
    pub performance: bool,
}

impl KeyEventChecks {
    /// Whether any Standard-only check is wanted.
    pub fn any(&self) -> bool {
        self.security || self.capacity || self.performance
    }
}

/// A contract the customer already holds for a base item (satisfies a dependency).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ExistingContract {
    /// The base item covered by the contract.
    pub item: ItemId,
    /// Contract reference as the customer gives it.
    pub reference: String,
}

/// The customer profile.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct CustomerProfile {
    /// Customer name for the proposal.
    pub customer_name: String,
    /// Platforms used or planned.
    pub platforms: BTreeSet<Platform>,
    /// Country / region (one of [`REGIONS`]).
    pub region: Option<String>,
    /// Numeric answers; a missing key is "not answered". Each sizing input belongs to the
    /// offering it sizes (catalog-rules §2).
    pub numbers: BTreeMap<NumericInput, u64>,
    /// The customer said the O&M platform and aPaaS have the same numbers of instances to
    /// connect and of applications under release management: customer mode then asks once
    /// and fills both platforms' inputs.
    pub same_numbers_on_both_platforms: bool,
    /// Date answers.
    pub dates: BTreeMap<DateInput, Date>,
    /// Monitoring coverage needed.
    pub coverage: Option<Coverage>,
    /// Services are being connected to the platform for the first time.
    pub first_connection: bool,
    /// Ticked "we need technical support" in versions before 2026-12-02. Kept so their
    /// files open and save unchanged; nothing reads it now: a number of aPaaS instances
    /// needing technical support above 0 is the need.
    pub wants_technical_support: bool,
    /// Wants an O&M maturity assessment / plan.
    pub wants_maturity_assessment: bool,
    /// Wants onsite support for the key event.
    pub wants_onsite_support: bool,
    /// Extra key-event checks wanted.
    pub key_event_checks: KeyEventChecks,
    /// Prerequisites the customer attests to, by prerequisite id.
    pub attested_prerequisites: BTreeSet<String>,
    /// Contracts already held for base items.
    pub existing_contracts: Vec<ExistingContract>,
    /// Scope areas the customer declares in scope (the seeds exclude them).
    pub declared_scope: BTreeSet<ScopeArea>,
    /// The quote (application) date.
    pub quote_date: Date,
    /// Public holidays (not working days).
    pub holidays: BTreeSet<Date>,
}

impl Default for CustomerProfile {
    fn default() -> Self {
        CustomerProfile {
            customer_name: String::new(),
            platforms: BTreeSet::new(),
            region: None,
            numbers: BTreeMap::new(),
            same_numbers_on_both_platforms: false,
            dates: BTreeMap::new(),
            coverage: None,
            first_connection: false,
            wants_technical_support: false,
            wants_maturity_assessment: false,
            wants_onsite_support: false,
            key_event_checks: KeyEventChecks::default(),
            attested_prerequisites: BTreeSet::new(),
            existing_contracts: Vec::new(),
            declared_scope: BTreeSet::new(),
            // Replaced by today's date when the app starts; fixed here so tests are stable.
            quote_date: Date::DEFAULT_QUOTE_DATE,
            holidays: BTreeSet::new(),
        }
    }
}

impl CustomerProfile {
    /// A yes/no answer a rule reads.
    pub fn answer(&self, answer: ProfileAnswer) -> bool {
        match answer {
            ProfileAnswer::WantsOnsiteSupport => self.wants_onsite_support,
        }
    }
    /// A numeric answer.
    pub fn number(&self, input: NumericInput) -> Option<u64> {
        self.numbers.get(&input).copied()
    }

    /// Sets or clears a numeric answer.
    pub fn set_number(&mut self, input: NumericInput, value: Option<u64>) {
        match value {
            Some(value) => self.numbers.insert(input, value),
            None => self.numbers.remove(&input),
        };
    }

    /// Sets one measure on both platforms at once (customer mode, numbers said to be the
    /// same); `inputs` are the two platforms' inputs of that measure.
    pub fn set_numbers(&mut self, inputs: &[NumericInput], value: Option<u64>) {
        for input in inputs {
            self.set_number(*input, value);
        }
    }

    /// Records whether both platforms have the same numbers. Saying yes copies each
    /// measure's O&M platform answer to aPaaS (or the aPaaS answer when only that one is
    /// given), so the single question shows what both inputs now hold.
    pub fn set_same_numbers_on_both_platforms(&mut self, same: bool) {
        self.same_numbers_on_both_platforms = same;
        if !same {
            return;
        }
        for [om, apaas] in SHARED_PLATFORM_MEASURES {
            let value = self.number(om).or(self.number(apaas));
            self.set_numbers(&[om, apaas], value);
        }
    }

    /// A date answer.
    pub fn date(&self, input: DateInput) -> Option<Date> {
        self.dates.get(&input).copied()
    }

    /// Sets or clears a date answer.
    pub fn set_date(&mut self, input: DateInput, value: Option<Date>) {
        match value {
            Some(value) => self.dates.insert(input, value),
            None => self.dates.remove(&input),
        };
    }

    /// Whether the customer holds an existing contract for an item.
    pub fn has_contract_for(&self, item: &str) -> bool {
        self.existing_contracts.iter().any(|contract| contract.item == item)
    }

    /// The working-day calendar of this profile.
    pub fn calendar(&self) -> WorkingCalendar {
        WorkingCalendar::new(self.holidays.iter().copied())
    }
}
