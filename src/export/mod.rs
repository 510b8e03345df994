//! Files a quote leaves the browser as: the BOQ as CSV ([`csv`]), the BOQ as a spreadsheet
//! with live formulas ([`xlsx`]) and the proposal as a Word document ([`docx`]).
//!
//! Every export is deterministic: it reads the session, its evaluation and its BOQ (and
//! for Word the [`ProposalDocument`]) and nothing else, so the same quote gives the same
//! bytes. Dates inside the files are the quote date, never the clock. Nothing here panics
//! on input: a failure of a file writer is an [`ExportError`].

pub mod csv;
pub mod docx;
pub mod embed;
pub mod protocol;
pub mod xlsx;

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::domain::boq::Boq;
use crate::domain::catalog::Catalog;
use crate::domain::price_book::PriceBook;
use crate::domain::rules::{evaluate, Evaluation};
use crate::domain::session::Session;
use crate::present::document::ProposalDocument;
use crate::present::text::Language;
use crate::present::words::Reporter;

/// Why an export could not be written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportError {
    /// The spreadsheet writer refused (its message).
    Spreadsheet(String),
    /// The Word document writer refused (its message).
    Document(String),
}

/// In English (the command line); the app words it in the screen's language.
impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&(Language::En.texts().screen.export_error)(self))
    }
}

impl std::error::Error for ExportError {}

/// The export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// The BOQ as CSV (RFC 4180, UTF-8, CRLF).
    Csv,
    /// The BOQ as an Excel workbook with live formulas.
    Xlsx,
    /// The proposal as a Word document.
    Docx,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 3] = [Format::Csv, Format::Xlsx, Format::Docx];

    /// The format named `csv`, `xlsx` or `docx`.
    pub fn parse(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|format| format.extension() == name)
    }

    /// The file name extension (without the dot).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
            Format::Docx => "docx",
        }
    }

    /// The media type of the file.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv;charset=utf-8",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Format::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        }
    }

    /// A download name for a session: `<stem>-boq.csv`, `<stem>-boq.xlsx`,
    /// `<stem>-proposal.docx` (the stem from [`Session::file_stem`]).
    pub fn file_name(self, session: &Session) -> String {
        let what = match self {
            Format::Csv | Format::Xlsx => "boq",
            Format::Docx => "proposal",
        };
        format!("{}-{what}.{}", session.file_stem(), self.extension())
    }
}

/// Evaluates a session as the app does and writes it in a format and language.
pub fn export(
    catalog: &Catalog,
    session: &Session,
    format: Format,
    language: Language,
) -> Result<Vec<u8>, ExportError> {
    export_evaluated(catalog, session, &evaluate(catalog, &session.profile, &session.quote), format, language, None)
}

/// Writes a session in a format from its evaluation, for a caller that also needs the
/// evaluation itself (the command line's `--strict` reads whether the quote can be issued);
/// with the price book `published` with the app (the export worker), a Word proposal whose
/// prices differ from it says so.
pub fn export_evaluated(
    catalog: &Catalog,
    session: &Session,
    evaluation: &Evaluation,
    format: Format,
    language: Language,
    published: Option<&PriceBook>,
) -> Result<Vec<u8>, ExportError> {
    let boq = Boq::build(catalog, &session.quote, &evaluation.lines);
    let words = Reporter::new(catalog, language);
    match format {
        Format::Csv => Ok(csv::boq_csv(session, evaluation.can_issue(), &boq, &words).into_bytes()),
        // Both carry the quote itself, so either file, sent back, reopens it.
        Format::Xlsx => embed::with_saved_quote(
            &xlsx::boq_xlsx(session, evaluation, &boq, &words)?,
            "xl/_rels/workbook.xml.rels",
            &session.to_json(),
        )
        .map_err(ExportError::Spreadsheet),
        Format::Docx => embed::with_saved_quote(
            &docx::proposal_docx(&match published {
                Some(book) => ProposalDocument::build(catalog, session, evaluation, &boq, language)
                    .with_published_prices(catalog, session, book),
                None => ProposalDocument::build(catalog, session, evaluation, &boq, language),
            })?,
            "word/_rels/document.xml.rels",
            &session.to_json(),
        )
        .map_err(ExportError::Document),
    }
}
