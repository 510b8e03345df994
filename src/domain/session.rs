//! What the user is working on: profile, quote and mode, as one value that undo history,
//! storage and the "save quote" file share. Loading never panics: a file outside the
//! bounds of catalog-rules §8.13, with an unknown field or from a newer version is refused
//! with a reason, and the current work stays as it is. Older versions are upgraded.

use super::saved_package::{is_package, quote_json_of_package, PackageError};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::bounds::{
    check_count, check_file_size, check_reason, check_text, BoundError, Given, Limit, ShapeProblem, WholeFile,
};
use super::calendar::Date;
use super::catalog::NumericInput;
use super::money::MoneyError;
use super::options::{OptionsProblem, QuoteOptions};
use super::profile::{CustomerProfile, REGIONS};
use super::quote::{Quote, QuoteLine, TERM_MONTHS};
use super::revisions::{id_of, IssuedAs, IssuedContent, Revision, Revisions, MAX_REVISIONS};

/// Who is using the configurator.
#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Guided, plain words, no overrides, no price editing.
    #[default]
    Customer,
    /// Full catalog, overrides, price book.
    SalesEngineer,
}

/// The whole working state.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct Session {
    /// File format version ([`SESSION_VERSION`] once loaded).
    pub version: u32,
    /// The customer.
    pub profile: CustomerProfile,
    /// The quote: the option being edited, with the quote's title, status and prices.
    pub quote: Quote,
    /// The mode.
    pub mode: Mode,
    /// The quote's options (catalog-rules §10); left out of the file while there is one,
    /// unnamed.
    #[serde(skip_serializing_if = "QuoteOptions::is_single")]
    pub options: QuoteOptions,
    /// The quote's id and issued revisions (catalog-rules §11); left out of the file until
    /// it is first issued.
    #[serde(skip_serializing_if = "Revisions::is_empty")]
    pub revisions: Revisions,
}

/// Current session file format. Version 3 holds options (catalog-rules §10); version 2
/// sizes each offering with its own inputs (catalog-rules §2); version 1 had one
/// `instances` and one `release_applications` answer.
pub const SESSION_VERSION: u32 = 3;

/// Version-1 answers and the per-offering inputs each one fills when a file is upgraded.
const V1_SPLIT_ANSWERS: [(V1Answer, &[NumericInput]); 2] = [
    (
        V1Answer::Instances,
        &[NumericInput::OmInstances, NumericInput::ApaasInstances, NumericInput::ApaasSupportInstances],
    ),
    (V1Answer::ReleaseApplications, &[NumericInput::OmReleaseApplications, NumericInput::ApaasReleaseApplications]),
];

/// A version-1 answer that sized every offering at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum V1Answer {
    /// `instances`.
    Instances,
    /// `release_applications`.
    ReleaseApplications,
}

impl V1Answer {
    /// Its key in a version-1 file.
    pub fn key(self) -> &'static str {
        match self {
            V1Answer::Instances => "instances",
            V1Answer::ReleaseApplications => "release_applications",
        }
    }
}

/// What upgrading an older file did, to tell the user once (`present::refusals::upgrade_told`
/// words it): each version-1 answer, as the file wrote it, and the inputs it now fills;
/// and that a file from before options opens as one option.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionUpgrade {
    /// The answers split, in the order above.
    pub split: Vec<(V1Answer, String, &'static [NumericInput])>,
    /// The file was saved before quotes had options (version 1 or 2): it is one option.
    pub one_option: bool,
}

/// A session read from a file or storage, with what the upgrade from an older format
/// changed (to tell the user once).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadedSession {
    /// The session, in the current format.
    pub session: Session,
    /// What the upgrade did; `None` for a current-format file.
    pub upgraded: Option<SessionUpgrade>,
}

/// Why a saved quote was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionError {
    /// Not JSON, or not the shape of a saved quote (includes unknown fields).
    NotASavedQuote(ShapeProblem),
    /// Saved by a newer configurator.
    NewerVersion(u32),
    /// A value outside its bound (catalog-rules §8.13).
    OutOfBounds(BoundError),
    /// An exported spreadsheet or Word file that does not give back a quote.
    Package(PackageError),
    /// The options are not the shape this configurator saves.
    Options(OptionsProblem),
    /// The revisions are not numbered upwards from 1, or are kept without the quote's id.
    Revisions,
    /// A discount or the embedded price book is not valid.
    Money {
        /// Where ("quote.price_book").
        field: String,
        /// What is wrong.
        error: MoneyError,
    },
}

impl From<BoundError> for SessionError {
    fn from(error: BoundError) -> Self {
        SessionError::OutOfBounds(error)
    }
}

impl Session {
    /// A new, empty session.
    pub fn new() -> Session {
        Session { version: SESSION_VERSION, ..Session::default() }
    }

    /// Serializes for storage or a saved-quote file.
    pub fn to_json(&self) -> String {
        // Serializing plain data with string keys cannot fail; an empty string would be
        // refused on load rather than silently accepted.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Every option of the quote as a whole quote, in order (catalog-rules §10).
    pub fn option_quotes(&self) -> Vec<super::options::OptionQuote> {
        self.options.quotes(&self.quote)
    }

    /// What issuing the quote now would fix: the answers and every option.
    pub fn issued_content(&self) -> IssuedContent {
        IssuedContent { profile: self.profile.clone(), quote: self.quote.clone(), options: self.options.clone() }
    }

    /// Issues the quote on `today` (catalog-rules §11): records the next revision unless
    /// nothing changed since the latest, and returns the revision's number. The id the
    /// quote keeps is fixed now if it was never issued.
    pub fn issue(&mut self, today: Date, issued_as: IssuedAs) -> u32 {
        let content = self.issued_content();
        let json = self.to_json();
        self.revisions.record(content, today, issued_as, || id_of(&json))
    }

    /// The revision the quote as it is now was issued as, if it was and nothing changed
    /// since.
    pub fn current_revision(&self) -> Option<&Revision> {
        self.revisions.revision_of(&self.issued_content())
    }

    /// Edits the option at `position` instead of the current one.
    pub fn switch_option(&mut self, position: usize) {
        self.options.switch_to(position, &mut self.quote);
    }

    /// Starts a variant: a copy of the option being edited, which is then edited; returns
    /// whether there was room for it.
    pub fn copy_option(&mut self) -> bool {
        self.options.copy_active(&mut self.quote)
    }

    /// Removes an option (never the last); returns whether it was removed.
    pub fn remove_option(&mut self, position: usize) -> bool {
        self.options.remove(position, &mut self.quote)
    }

    /// The session of one option alone, as its own single-option quote (`None` when no
    /// option is at `position`): how each option is evaluated and exported on its own.
    pub fn option_session(&self, position: usize) -> Option<Session> {
        let mut session = self.clone();
        if position >= session.options.count() {
            return None;
        }
        session.switch_option(position);
        session.options = session.options.only_active();
        Some(session)
    }

    /// Reads a file given to "Load a saved quote" or `om-quote`: a saved-quote JSON file,
    /// or an exported spreadsheet or Word file carrying its quote ([`super::saved_package`]),
    /// whose quote goes through [`Session::from_json`] like any other.
    pub fn from_saved_file(bytes: &[u8]) -> Result<LoadedSession, SessionError> {
        if is_package(bytes) {
            check_file_size(WholeFile::SavedQuote, bytes.len())?;
            let json = quote_json_of_package(bytes).map_err(SessionError::Package)?;
            return Session::from_json(&json);
        }
        let text = std::str::from_utf8(bytes).map_err(|_| SessionError::NotASavedQuote(ShapeProblem::NotText))?;
        Session::from_json(text)
    }

    /// Reads a stored or saved session of any known version: checks its size, refuses
    /// unknown fields and values outside the bounds, upgrades version 1, and keeps the
    /// first line of a repeated item. A quote whose saved file would exceed 1 MB is
    /// refused as well, so whatever is accepted can be saved and loaded again.
    pub fn from_json(text: &str) -> Result<LoadedSession, SessionError> {
        check_file_size(WholeFile::SavedQuote, text.len())?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut value: Value = serde_json::from_str(text)
            .map_err(|e| SessionError::NotASavedQuote(ShapeProblem::Reader(e.to_string())))?;
        if !value.is_object() {
            // serde would read a struct from an array too; a saved quote is an object.
            return Err(SessionError::NotASavedQuote(ShapeProblem::NotAnObject));
        }
        let version = match value.get("version") {
            None => 1,
            Some(v) => v
                .as_u64()
                .and_then(|v| u32::try_from(v).ok())
                .ok_or(SessionError::NotASavedQuote(ShapeProblem::VersionNotAWholeNumber))?,
        };
        if version > SESSION_VERSION {
            return Err(SessionError::NewerVersion(version));
        }
        let split = if version < 2 { upgrade_v1(&mut value) } else { Vec::new() };
        let upgraded = (version < 3).then_some(SessionUpgrade { split, one_option: true });
        if version < 3 && value.get("options").is_some() {
            // Options came with version 3: an older file naming them was edited outside.
            return Err(SessionError::NotASavedQuote(ShapeProblem::Reader("unknown field `options`".into())));
        }
        let mut session: Session = serde_json::from_value(value)
            .map_err(|e| SessionError::NotASavedQuote(ShapeProblem::Reader(e.to_string())))?;
        session.version = SESSION_VERSION;
        session.options.check().map_err(SessionError::Options)?;
        session.check_bounds()?;
        let lines = session.quote.lines().to_vec();
        session.quote.replace_lines(lines);
        session.options.keep_one_line_per_item();
        // The bound holds for the quote as this configurator saves it too: a file that
        // leaves out default values can be far smaller than the file saved from it, which
        // would then be refused (found by tests/fuzz.rs).
        check_file_size(WholeFile::SavedQuoteAsSaved, session.to_json().len())?;
        Ok(LoadedSession { session, upgraded })
    }

    /// A safe file-name stem for downloads: the quote title (else the customer name) in
    /// ASCII letters and digits joined by single hyphens, at most 60 characters; "quote"
    /// when nothing is left. No path separator, dot or control character gets through.
    pub fn file_stem(&self) -> String {
        let source = if self.quote.title.trim().is_empty() { &self.profile.customer_name } else { &self.quote.title };
        let mut stem = String::new();
        for c in source.chars() {
            if c.is_ascii_alphanumeric() {
                stem.push(c);
            } else if !stem.is_empty() && !stem.ends_with('-') {
                stem.push('-');
            }
            if stem.len() >= 60 {
                break;
            }
        }
        let stem = stem.trim_matches('-');
        if stem.is_empty() {
            "quote".to_string()
        } else {
            stem.to_string()
        }
    }

    /// Checks every value against catalog-rules §8.13, naming the first one outside.
    pub fn check_bounds(&self) -> Result<(), SessionError> {
        let profile = &self.profile;
        check_text("profile.customer_name", &profile.customer_name)?;
        if let Some(region) = &profile.region {
            if !REGIONS.contains(&region.as_str()) {
                return Err(BoundError {
                    field: "profile.region".into(),
                    given: Given::Text(region.chars().take(60).collect()),
                    limit: Limit::RegionList,
                }
                .into());
            }
        }
        for (input, value) in &profile.numbers {
            if *value > input.max_value() {
                return Err(BoundError {
                    field: format!("profile.numbers.{}", input.key()),
                    given: Given::Number(*value),
                    limit: Limit::AtMost(input.max_value()),
                }
                .into());
            }
        }
        for (n, contract) in profile.existing_contracts.iter().enumerate() {
            check_text(format!("profile.existing_contracts[{n}].reference"), &contract.reference)?;
            check_text(format!("profile.existing_contracts[{n}].item"), &contract.item)?;
        }
        for prerequisite in &profile.attested_prerequisites {
            check_text("profile.attested_prerequisites", prerequisite)?;
        }
        let quote = &self.quote;
        check_text("quote.title", &quote.title)?;
        check_term("quote.term_months", quote.term_months)?;
        check_lines("quote", quote.lines(), &quote.exceptions)?;
        for (n, option) in self.options.list().iter().enumerate() {
            check_text(format!("options.list[{n}].name"), &option.name)?;
            if let Some(content) = &option.parked {
                let field = format!("options.list[{n}].parked");
                check_term(&format!("{field}.term_months"), content.term_months)?;
                check_lines(&field, &content.lines, &content.exceptions)?;
            }
        }
        if let Some(book) = &quote.price_book {
            book.validate().map_err(|error| SessionError::Money { field: "quote.price_book".into(), error })?;
        }
        self.check_revisions()
    }

    /// Checks the revisions: at most [`MAX_REVISIONS`], numbered upwards, each issued
    /// content within the same bounds as the quote itself.
    fn check_revisions(&self) -> Result<(), SessionError> {
        let revisions = &self.revisions;
        check_text("revisions.id", &revisions.id)?;
        if revisions.list.len() > MAX_REVISIONS {
            return Err(BoundError {
                field: "revisions.list".into(),
                given: Given::Number(revisions.list.len() as u64),
                limit: Limit::AtMost(MAX_REVISIONS as u64),
            }
            .into());
        }
        for (n, revision) in revisions.list.iter().enumerate() {
            let numbered_up = n == 0 || revisions.list.get(n - 1).is_some_and(|before| before.number < revision.number);
            if !numbered_up || revision.number == 0 || revisions.id.is_empty() {
                return Err(SessionError::Revisions);
            }
            let content = revision.content.clone();
            let issued =
                Session { profile: content.profile, quote: content.quote, options: content.options, ..Session::new() };
            issued.options.check().map_err(SessionError::Options)?;
            issued.check_bounds()?;
        }
        Ok(())
    }
}

/// Checks an option's lines and exceptions; `field` is where they are ("quote").
fn check_lines(field: &str, lines: &[QuoteLine], exceptions: &[super::quote::Exception]) -> Result<(), SessionError> {
    for (n, line) in lines.iter().enumerate() {
        check_text(format!("{field}.lines[{n}].item"), &line.item)?;
        check_count(format!("{field}.lines[{n}].quantity"), u64::from(line.quantity))?;
        if let Some(term) = line.term_months {
            check_term(&format!("{field}.lines[{n}].term_months"), term)?;
        }
        line.discount
            .check()
            .map_err(|error| SessionError::Money { field: format!("{field}.lines[{n}].discount"), error })?;
        if let Some(o) = &line.quantity_override {
            check_count(format!("{field}.lines[{n}].quantity_override.quantity"), u64::from(o.quantity))?;
            check_reason(format!("{field}.lines[{n}].quantity_override.reason"), &o.reason)?;
        }
    }
    for (n, exception) in exceptions.iter().enumerate() {
        check_reason(format!("{field}.exceptions[{n}].reason"), &exception.reason)?;
        check_text(format!("{field}.exceptions[{n}].key.subject"), &exception.key.subject)?;
    }
    Ok(())
}

/// A term outside 1-36 months (catalog-rules §8.8).
fn check_term(field: &str, months: u32) -> Result<(), BoundError> {
    if TERM_MONTHS.contains(&months) {
        Ok(())
    } else {
        Err(BoundError {
            field: field.to_string(),
            given: Given::Months(months),
            limit: Limit::MonthsBetween { min: *TERM_MONTHS.start(), max: *TERM_MONTHS.end() },
        })
    }
}

/// Version 1 -> 2: the single `instances` / `release_applications` answer fills each
/// offering's own input (the user is told, so they can correct each one).
fn upgrade_v1(value: &mut Value) -> Vec<(V1Answer, String, &'static [NumericInput])> {
    let Some(numbers) = value.get_mut("profile").and_then(|p| p.get_mut("numbers")).and_then(|n| n.as_object_mut())
    else {
        return Vec::new();
    };
    let mut split = Vec::new();
    for (old, inputs) in V1_SPLIT_ANSWERS {
        let Some(answer) = numbers.remove(old.key()) else { continue };
        split.push((old, answer.to_string(), inputs));
        for input in inputs {
            numbers.entry(input.key().to_string()).or_insert_with(|| answer.clone());
        }
    }
    split
}
