//! The typed catalog: seed documents, their offerings and sellable items, exactly as the
//! data files hold them (see `data/FORMAT.md`).

use serde::{Deserialize, Serialize};

/// Stable identifier of a catalog item (e.g. `om-chaos-basic`), used by rules and quotes.
pub type ItemId = String;

/// One seed document: the texts it states once for every offering it describes.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct SeedDocument {
    /// File name in the seeds folder, e.g. `000_917a605a6558793b.txt`.
    pub seed: String,
    /// The document's heading.
    pub title: String,
    /// The seed's "Updated on" date (ISO), shown as the catalog version.
    pub updated_on: String,
    /// The overview paragraphs.
    pub overview: String,
    /// The service region / area sentence, when the seed has one.
    #[serde(default)]
    pub service_regions: Option<String>,
    /// Prerequisites the customer attests to.
    #[serde(default)]
    pub prerequisites: Vec<Prerequisite>,
    /// Service process tables.
    #[serde(default)]
    pub process: Vec<ProcessTable>,
    /// Responsibility matrix bullet lists.
    #[serde(default)]
    pub responsibilities: Responsibilities,
    /// The sellable offerings this document describes.
    pub offerings: Vec<Offering>,
}

/// A prerequisite sentence of a seed, with a stable id for attestations.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct Prerequisite {
    /// Stable id (e.g. `om-platform`).
    pub id: String,
    /// The seed sentence, verbatim.
    pub text: String,
}

/// A service process table (phases in order).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct ProcessTable {
    /// The table's heading.
    pub name: String,
    /// Free text printed with the table.
    #[serde(default)]
    pub note: Option<String>,
    /// Rows of the table.
    #[serde(default)]
    pub phases: Vec<ProcessPhase>,
}

/// One row of a service process table.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct ProcessPhase {
    /// Phase name (merged cells already inherited).
    pub phase: String,
    /// The "Content" cell, when the table has that column.
    #[serde(default)]
    pub content: Option<String>,
    /// The description cell.
    pub description: String,
}

/// The shared / Huawei / customer responsibility lists.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
pub struct Responsibilities {
    /// Responsibilities both parties share.
    #[serde(default)]
    pub shared: Vec<String>,
    /// Huawei Cloud's responsibilities.
    #[serde(default)]
    pub huawei: Vec<String>,
    /// The customer's responsibilities.
    #[serde(default)]
    pub customer: Vec<String>,
}

/// One row of a responsibility details (R/S) table.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct ResponsibilityRow {
    /// Row number as printed.
    pub no: String,
    /// Heading the table sits under.
    #[serde(default)]
    pub section: Option<String>,
    /// Process name.
    pub process: String,
    /// What is done.
    pub content: String,
    /// Huawei's role (R or S).
    pub huawei: String,
    /// The customer's role (R or S).
    pub customer: String,
}

/// A sellable offering: one group of the catalog.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct Offering {
    /// Stable id (e.g. `apaas-maintenance`).
    pub id: String,
    /// Exact seed name.
    pub name: String,
    /// The offering's intro text.
    pub description: String,
    /// Notes the seed prints under the offering's service content, verbatim, in order.
    #[serde(default)]
    pub notes: Vec<String>,
    /// The sentence introducing the covered items, when the seed has one.
    #[serde(default)]
    pub covered_intro: Option<String>,
    /// Items covered by the service scope.
    #[serde(default)]
    pub covered: Vec<String>,
    /// The sentence introducing the not-covered items, when the seed has one.
    #[serde(default)]
    pub not_covered_intro: Option<String>,
    /// Items not covered (printed on the proposal).
    #[serde(default)]
    pub not_covered: Vec<NotCovered>,
    /// Acceptance criteria paragraphs.
    #[serde(default)]
    pub acceptance_criteria: Vec<String>,
    /// The lines the seed prints above the R/S table (how to read it, the R/S legend).
    #[serde(default)]
    pub responsibility_intro: Vec<String>,
    /// The R/S table.
    #[serde(default)]
    pub responsibility_details: Vec<ResponsibilityRow>,
    /// Sellable items in seed order.
    pub items: Vec<Item>,
}

/// A not-covered scope sentence, tagged with the scope a customer can declare.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct NotCovered {
    /// Which declared scope this sentence is about.
    pub id: ScopeArea,
    /// The seed sentence, verbatim.
    pub text: String,
}

/// Scope areas the seeds exclude and a customer may declare as in scope.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum ScopeArea {
    /// Third-party applications introduced by the customer.
    ThirdPartyApplications,
    /// Huawei Cloud modules not integrated for sale through the platform.
    NonIntegratedModules,
    /// Reconstruction of the customer's system architecture.
    ArchitectureReconstruction,
    /// Extra resources needed during operations.
    ExtraOperationResources,
    /// Application system design and O&M.
    ApplicationSystemDesign,
    /// Routine O&M of third-party software.
    ThirdPartySoftware,
    /// IDC and hardware maintenance.
    IdcHardware,
}

impl ScopeArea {
    /// Every scope area, in display order.
    pub const ALL: [ScopeArea; 7] = [
        ScopeArea::ThirdPartyApplications,
        ScopeArea::NonIntegratedModules,
        ScopeArea::ArchitectureReconstruction,
        ScopeArea::ExtraOperationResources,
        ScopeArea::ApplicationSystemDesign,
        ScopeArea::ThirdPartySoftware,
        ScopeArea::IdcHardware,
    ];

    /// The snake_case key used in data files and ids.
    pub fn key(self) -> &'static str {
        match self {
            ScopeArea::ThirdPartyApplications => "third_party_applications",
            ScopeArea::NonIntegratedModules => "non_integrated_modules",
            ScopeArea::ArchitectureReconstruction => "architecture_reconstruction",
            ScopeArea::ExtraOperationResources => "extra_operation_resources",
            ScopeArea::ApplicationSystemDesign => "application_system_design",
            ScopeArea::ThirdPartySoftware => "third_party_software",
            ScopeArea::IdcHardware => "idc_hardware",
        }
    }
}

/// One sellable catalog item.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct Item {
    /// Stable id.
    pub id: ItemId,
    /// Exact seed name.
    pub name: String,
    /// The name shown outside the offering's own group (quote lines, BOQ, findings, the
    /// proposal, spreadsheet, CSV, the command line) when the seed name does not say which
    /// service it belongs to (catalog-rules §8.14: "Key Event On-Duty Service Basic
    /// Edition"); absent when the seed name already names its service.
    #[serde(default)]
    pub display_name: Option<String>,
    /// The sub-heading the item sits under.
    pub group: String,
    /// Content / description, verbatim.
    pub content: String,
    /// Applicable scenario, verbatim ("" when the seed gives none).
    #[serde(default)]
    pub scenario: String,
    /// Deliverables, verbatim.
    #[serde(default)]
    pub deliverables: Vec<String>,
    /// Acceptance report, verbatim.
    #[serde(default)]
    pub acceptance_report: String,
    /// Periodic or one-off.
    pub billing: Billing,
    /// For periodic items: how often the service is rendered.
    #[serde(default)]
    pub cadence: Option<Cadence>,
    /// What one unit of quantity is.
    pub unit: Unit,
    /// Service items an edition bundles (Key Event editions).
    #[serde(default)]
    pub includes: Vec<IncludedService>,
}

impl Item {
    /// The name shown outside the offering's own group: the display name of
    /// catalog-rules §8.14 where there is one, else the seed name.
    pub fn shown_name(&self) -> &str {
        self.display_name.as_deref().unwrap_or(&self.name)
    }
}

/// A service item bundled in an edition.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct IncludedService {
    /// Phase (Pre-assurance, During-assurance, Post-assurance).
    pub phase: String,
    /// Service item name.
    pub item: String,
    /// Its content, verbatim.
    pub content: String,
}

/// Whether an item is a subscription or bought once.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Billing {
    /// Priced per month over a term.
    Periodic,
    /// Bought once.
    OneOff,
}

/// How often a periodic service is rendered (decides which terms are allowed).
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Cadence {
    /// Any whole number of months.
    Monthly,
    /// A yearly package: whole years only.
    Yearly,
    /// Rendered twice a year: whole years only.
    TwiceAYear,
}

/// What one unit of an item's quantity is.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A subscription (quantity 1).
    Service,
    /// A package.
    Package,
    /// A block of 20 instances.
    #[serde(rename = "instances_20")]
    Instances20,
    /// A block of 100 instances.
    #[serde(rename = "instances_100")]
    Instances100,
    /// One drill scenario.
    Scenario,
    /// One person-day.
    PersonDay,
    /// One key event.
    Event,
    /// One assurance day.
    Day,
    /// One engagement.
    Engagement,
}

impl Unit {}
