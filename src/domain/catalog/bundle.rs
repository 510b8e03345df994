//! The catalog as `build.rs` reads it from the data files and the binary embeds it.
//! Shared by the build script (through `#[path]`) and the library, so both agree on it.
//!
//! The binary embeds it in two parts: the bundle without its [`SeedDetails`] (what the
//! rules, the quote and the first screen read) and the details apart, so the page can
//! fetch the longer seed texts a reader opens or searches only when first needed
//! (README "Performance").

use std::mem::take;

use serde::{Deserialize, Serialize};

use super::model::{IncludedService, ProcessTable, Responsibilities, ResponsibilityRow, SeedDocument};
use super::rulebook::RuleBook;

/// Every seed document and the rule book.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
pub struct CatalogBundle {
    /// Seed documents in file-name order.
    pub documents: Vec<SeedDocument>,
    /// The rules.
    pub rules: RuleBook,
}

/// The seed texts shown only on request (an item's or an offering's "Details", the
/// search, the proposal's service terms), in catalog order: one entry per document,
/// offering and item of the bundle they were taken from.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
pub struct SeedDetails {
    /// Per seed document, in order.
    pub documents: Vec<DocumentDetails>,
}

/// A seed document's texts shown on request.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
pub struct DocumentDetails {
    /// The overview paragraphs.
    pub overview: String,
    /// Service process tables.
    pub process: Vec<ProcessTable>,
    /// Responsibility matrix bullet lists.
    pub responsibilities: Responsibilities,
    /// Per offering, in order.
    pub offerings: Vec<OfferingDetails>,
}

/// An offering's texts shown on request.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
pub struct OfferingDetails {
    /// The offering's intro text.
    pub description: String,
    /// The sentence introducing the covered items.
    pub covered_intro: Option<String>,
    /// Items covered by the service scope.
    pub covered: Vec<String>,
    /// The sentence introducing the not-covered items.
    pub not_covered_intro: Option<String>,
    /// Acceptance criteria paragraphs.
    pub acceptance_criteria: Vec<String>,
    /// The lines above the R/S table.
    pub responsibility_intro: Vec<String>,
    /// The R/S table.
    pub responsibility_details: Vec<ResponsibilityRow>,
    /// Per item, in order.
    pub items: Vec<ItemDetails>,
}

/// An item's texts shown on request.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
pub struct ItemDetails {
    /// Content / description.
    pub content: String,
    /// Applicable scenario.
    pub scenario: String,
    /// Deliverables.
    pub deliverables: Vec<String>,
    /// Acceptance report.
    pub acceptance_report: String,
    /// Service items an edition bundles.
    pub includes: Vec<IncludedService>,
}

/// The details do not fit the bundle they are put into (another catalog's details).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DetailsMismatch;

impl CatalogBundle {
    /// Takes the texts shown on request out of the bundle (their fields are left empty).
    pub fn take_details(&mut self) -> SeedDetails {
        let documents = self
            .documents
            .iter_mut()
            .map(|document| DocumentDetails {
                overview: take(&mut document.overview),
                process: take(&mut document.process),
                responsibilities: take(&mut document.responsibilities),
                offerings: document
                    .offerings
                    .iter_mut()
                    .map(|offering| OfferingDetails {
                        description: take(&mut offering.description),
                        covered_intro: take(&mut offering.covered_intro),
                        covered: take(&mut offering.covered),
                        not_covered_intro: take(&mut offering.not_covered_intro),
                        acceptance_criteria: take(&mut offering.acceptance_criteria),
                        responsibility_intro: take(&mut offering.responsibility_intro),
                        responsibility_details: take(&mut offering.responsibility_details),
                        items: offering
                            .items
                            .iter_mut()
                            .map(|item| ItemDetails {
                                content: take(&mut item.content),
                                scenario: take(&mut item.scenario),
                                deliverables: take(&mut item.deliverables),
                                acceptance_report: take(&mut item.acceptance_report),
                                includes: take(&mut item.includes),
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        SeedDetails { documents }
    }

    /// Puts texts taken by [`CatalogBundle::take_details`] back; details of another shape
    /// (another catalog's) change nothing.
    pub fn put_details(&mut self, details: SeedDetails) -> Result<(), DetailsMismatch> {
        if !fits(&self.documents, &details) {
            return Err(DetailsMismatch);
        }
        for (document, texts) in self.documents.iter_mut().zip(details.documents) {
            document.overview = texts.overview;
            document.process = texts.process;
            document.responsibilities = texts.responsibilities;
            for (offering, texts) in document.offerings.iter_mut().zip(texts.offerings) {
                offering.description = texts.description;
                offering.covered_intro = texts.covered_intro;
                offering.covered = texts.covered;
                offering.not_covered_intro = texts.not_covered_intro;
                offering.acceptance_criteria = texts.acceptance_criteria;
                offering.responsibility_intro = texts.responsibility_intro;
                offering.responsibility_details = texts.responsibility_details;
                for (item, texts) in offering.items.iter_mut().zip(texts.items) {
                    item.content = texts.content;
                    item.scenario = texts.scenario;
                    item.deliverables = texts.deliverables;
                    item.acceptance_report = texts.acceptance_report;
                    item.includes = texts.includes;
                }
            }
        }
        Ok(())
    }
}

/// Whether `details` has one entry per document, offering and item of `documents`.
fn fits(documents: &[SeedDocument], details: &SeedDetails) -> bool {
    documents.len() == details.documents.len()
        && documents.iter().zip(&details.documents).all(|(document, texts)| {
            document.offerings.len() == texts.offerings.len()
                && document
                    .offerings
                    .iter()
                    .zip(&texts.offerings)
                    .all(|(offering, texts)| offering.items.len() == texts.items.len())
        })
}
