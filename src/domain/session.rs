//! What the user is working on: profile, quote and mode, as one value that undo history,
//! storage and the "save quote" file share. Loading never panics: a file outside the
//! bounds of catalog-rules §8.13, with an unknown field or from a newer version is refused
//! with a reason, and the current work stays as it is. Older versions are upgraded.

use super::saved_package::{is_package, quote_json_of_package, PackageError};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::bounds::{check_count, check_file_size, check_reason, check_text, BoundError, Given, Limit, ShapeProblem};
use super::catalog::NumericInput;
use super::money::MoneyError;
use super::profile::{CustomerProfile, REGIONS};
use super::quote::{Quote, TERM_MONTHS};

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
    /// The quote.
    pub quote: Quote,
    /// The mode.
    pub mode: Mode,
}

/// Current session file format. Version 2 sizes each offering with its own inputs
/// (catalog-rules §2); version 1 had one `instances` and one `release_applications` answer.
pub const SESSION_VERSION: u32 = 2;

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

/// What upgrading a version-1 file did, to tell the user once (`present::refusals::upgrade`
/// words it): each old answer, as the file wrote it, and the inputs it now fills.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionUpgrade {
    /// The answers split, in the order above.
    pub split: Vec<(V1Answer, String, &'static [NumericInput])>,
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

    /// Reads a file given to "Load a saved quote" or `om-quote`: a saved-quote JSON file,
    /// or an exported spreadsheet or Word file carrying its quote ([`super::saved_package`]),
    /// whose quote goes through [`Session::from_json`] like any other.
    pub fn from_saved_file(bytes: &[u8]) -> Result<LoadedSession, SessionError> {
        if is_package(bytes) {
            check_file_size("the saved quote", bytes.len())?;
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
        check_file_size("the saved quote", text.len())?;
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
        let upgraded = if version < 2 { upgrade_v1(&mut value) } else { None };
        let mut session: Session = serde_json::from_value(value)
            .map_err(|e| SessionError::NotASavedQuote(ShapeProblem::Reader(e.to_string())))?;
        session.version = SESSION_VERSION;
        session.check_bounds()?;
        let lines = session.quote.lines().to_vec();
        session.quote.replace_lines(lines);
        // The bound holds for the quote as this configurator saves it too: a file that
        // leaves out default values can be far smaller than the file saved from it, which
        // would then be refused (found by tests/fuzz.rs).
        check_file_size("the quote, as this configurator saves it,", session.to_json().len())?;
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
        for (n, line) in quote.lines().iter().enumerate() {
            check_text(format!("quote.lines[{n}].item"), &line.item)?;
            check_count(format!("quote.lines[{n}].quantity"), u64::from(line.quantity))?;
            if let Some(term) = line.term_months {
                check_term(&format!("quote.lines[{n}].term_months"), term)?;
            }
            line.discount
                .check()
                .map_err(|error| SessionError::Money { field: format!("quote.lines[{n}].discount"), error })?;
            if let Some(o) = &line.quantity_override {
                check_count(format!("quote.lines[{n}].quantity_override.quantity"), u64::from(o.quantity))?;
                check_reason(format!("quote.lines[{n}].quantity_override.reason"), &o.reason)?;
            }
        }
        for (n, exception) in quote.exceptions.iter().enumerate() {
            check_reason(format!("quote.exceptions[{n}].reason"), &exception.reason)?;
            check_text(format!("quote.exceptions[{n}].key.subject"), &exception.key.subject)?;
        }
        if let Some(book) = &quote.price_book {
            book.validate().map_err(|error| SessionError::Money { field: "quote.price_book".into(), error })?;
        }
        Ok(())
    }
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
fn upgrade_v1(value: &mut Value) -> Option<SessionUpgrade> {
    let numbers = value.get_mut("profile")?.get_mut("numbers")?.as_object_mut()?;
    let mut split = Vec::new();
    for (old, inputs) in V1_SPLIT_ANSWERS {
        let Some(answer) = numbers.remove(old.key()) else { continue };
        split.push((old, answer.to_string(), inputs));
        for input in inputs {
            numbers.entry(input.key().to_string()).or_insert_with(|| answer.clone());
        }
    }
    (!split.is_empty()).then_some(SessionUpgrade { split })
}
