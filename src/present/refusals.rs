//! Why an outside input was refused, or what reading it changed, in words: the domain's
//! loaders and checks report typed errors (which field, what was given, which bound) and
//! upgrades; this file alone words them,
//! from the message catalog, so a refusal reads the same on the screen, in a notice and
//! on the command line.

use crate::domain::bounds::{BoundError, CountInputError, Given, Limit, ShapeProblem, WholeFile, MAX_FILE_BYTES};
use crate::domain::library::{LibraryError, RenameError};
use crate::domain::money::{MoneyError, MAX_PRICE_MAJOR};
use crate::domain::options::{OptionsProblem, MAX_OPTIONS};
use crate::domain::saved_package::PackageError;
use crate::domain::session::{SessionError, SessionUpgrade, V1Answer};
use crate::domain::share_link::{ShareLinkError, LINK_PREFIX, LINK_VERSION, MAX_LINK_CHARS};
use crate::present::text::Texts;

/// "quote.term_months is 37 months, but it must be 1 to 36 months".
pub fn bound(texts: &Texts, error: &BoundError) -> String {
    let r = &texts.refusals;
    let given = match &error.given {
        Given::Number(value) => texts.number(*value),
        Given::Characters(count) => r.given_characters.fill(texts.number(*count)),
        Given::Bytes(count) => r.given_bytes.fill(texts.number(*count)),
        Given::Months(months) => r.given_months.fill(months),
        Given::Empty => r.given_empty.to_string(),
        Given::OnlySpaces => r.given_only_spaces.to_string(),
        Given::Text(text) => r.given_text.fill(text),
    };
    let limit = match error.limit {
        Limit::AtMost(max) => r.at_most.fill(texts.number(max)),
        Limit::AtMostCharacters(max) => r.at_most_characters.fill(max),
        Limit::AtMostBytes(max) => r.at_most_bytes.fill(texts.number(max)),
        Limit::MonthsBetween { min, max } => r.months_between.fill(min, max),
        Limit::WrittenReason => r.written_reason.to_string(),
        Limit::RegionList => r.region_list.to_string(),
    };
    let field = match WholeFile::of_field(&error.field) {
        Some(file) => {
            let [saved_quote, as_saved, price_book] = r.files;
            match file {
                WholeFile::SavedQuote => saved_quote.to_string(),
                WholeFile::SavedQuoteAsSaved => as_saved.to_string(),
                WholeFile::PriceBook => price_book.to_string(),
            }
        }
        None => error.field.clone(),
    };
    r.bound.fill(field, given, limit)
}

/// Why a text is not the file it should be.
pub fn shape(texts: &Texts, problem: &ShapeProblem) -> String {
    let r = &texts.refusals;
    match problem {
        ShapeProblem::Reader(reason) => r.shape_reader.fill(reason),
        ShapeProblem::NotAnObject => r.shape_not_an_object.to_string(),
        ShapeProblem::NotText => r.shape_not_text.to_string(),
        ShapeProblem::VersionNotAWholeNumber => r.shape_version.to_string(),
        ShapeProblem::Empty => r.shape_empty.to_string(),
        ShapeProblem::MissingColumns => r.shape_missing_columns.to_string(),
        ShapeProblem::MixedCurrencies { line, found, earlier } => r.shape_mixed_currencies.fill(line, found, earlier),
        ShapeProblem::NoPriceLines => r.shape_no_price_lines.to_string(),
    }
}

/// What follows a typed count that was refused ("is not a whole number").
pub fn count_input(texts: &Texts, error: &CountInputError) -> String {
    match error {
        CountInputError::NotAWholeNumber => texts.refusals.not_whole_number.to_string(),
        CountInputError::AboveLimit { max } => texts.refusals.above_limit.fill(texts.number(*max)),
    }
}

/// Why a saved quote (file, storage, link) was refused.
pub fn session(texts: &Texts, error: &SessionError) -> String {
    let r = &texts.refusals;
    match error {
        SessionError::NotASavedQuote(problem) => r.not_a_saved_quote.fill(shape(texts, problem)),
        SessionError::NewerVersion(version) => r.newer_version.fill(version),
        SessionError::OutOfBounds(error) => bound(texts, error),
        SessionError::Package(problem) => match problem {
            PackageError::Damaged => r.package_damaged.to_string(),
            PackageError::NoQuote => r.package_no_quote.to_string(),
            PackageError::TooLarge => r.package_too_large.fill(texts.number(MAX_FILE_BYTES as u64)),
            PackageError::Malformed => r.package_malformed.to_string(),
        },
        SessionError::Money { field, error } => r.at_field.fill(field, money(texts, error)),
        SessionError::Options(problem) => {
            let o = &texts.options;
            match problem {
                OptionsProblem::Count(count) => o.refused_count.fill(count, MAX_OPTIONS),
                OptionsProblem::Edited => o.refused_edited.to_string(),
                OptionsProblem::Letters => o.refused_letters.to_string(),
            }
        }
        SessionError::Revisions => texts.revisions.refused.to_string(),
    }
}

/// Why a price, a discount or a price book was refused.
pub fn money(texts: &Texts, error: &MoneyError) -> String {
    let r = &texts.refusals;
    match error {
        MoneyError::BadPrice { field, text } => r.bad_price.fill(field, text),
        MoneyError::FloatPrice { field, number, example } => {
            let how = match example {
                Some(example) => r.float_price_example.fill(example),
                None => r.float_price_any.to_string(),
            };
            r.float_price.fill(field, number, how)
        }
        MoneyError::NegativePrice { field, text } => r.negative_price.fill(field, text),
        MoneyError::PriceAboveLimit { field, text, currency } => {
            r.price_above_limit.fill(field, text, texts.number(MAX_PRICE_MAJOR), currency)
        }
        MoneyError::BadDiscount(text) => r.bad_discount.fill(text),
        MoneyError::DiscountAboveLimit { field, text } => r.discount_above_limit.fill(field, text),
        MoneyError::OutOfBounds(error) => bound(texts, error),
        MoneyError::BadCurrency(text) => r.bad_currency.fill(text),
        MoneyError::UnknownCurrency(code) => r.unknown_currency.fill(code),
        MoneyError::NoMinorUnit(code) => r.no_minor_unit.fill(code),
        MoneyError::UnknownField(field) => r.unknown_price_field.fill(field),
        MoneyError::BadDate(text) => r.bad_price_date.fill(text),
        MoneyError::BadFormat(problem) => r.not_a_price_book.fill(shape(texts, problem)),
    }
}

/// What upgrading an older saved quote changed, told once when it opens (`None` when
/// there is nothing to tell: a quote from before options kept in this browser is one
/// option, as it always was).
pub fn upgrade_told(texts: &Texts, upgrade: &SessionUpgrade, kept_here: bool) -> Option<String> {
    let split = (!upgrade.split.is_empty()).then(|| split_answers(texts, upgrade));
    let options = (upgrade.one_option && !kept_here).then_some(texts.options.upgraded);
    match (split, options) {
        (None, None) => None,
        (Some(split), None) => Some(split),
        (None, Some(options)) => Some(options.to_string()),
        (Some(split), Some(options)) => Some(format!("{split} {options}")),
    }
}

/// The version-1 answers an upgrade split, in a sentence.
fn split_answers(texts: &Texts, upgrade: &SessionUpgrade) -> String {
    let r = &texts.refusals;
    let answers: Vec<String> = upgrade
        .split
        .iter()
        .map(|(old, answer, fills)| {
            let old = match old {
                V1Answer::Instances => r.v1_instances,
                V1Answer::ReleaseApplications => r.v1_release_applications,
            };
            let fills: Vec<&str> = fills.iter().map(|input| (texts.words.input)(*input).label).collect();
            r.upgraded_answer.fill(old, answer, fills.join(r.upgraded_joiner))
        })
        .collect();
    r.upgraded.fill(answers.join(r.upgraded_separator))
}

/// Why a share link was refused.
pub fn share_link(texts: &Texts, error: &ShareLinkError) -> String {
    let r = &texts.refusals;
    match error {
        ShareLinkError::NotALink => r.not_a_link.fill(LINK_PREFIX),
        ShareLinkError::WrongVersion { found: Some(version) } => r.link_version.fill(version, LINK_VERSION),
        ShareLinkError::WrongVersion { found: None } => r.link_no_version.fill(LINK_VERSION),
        ShareLinkError::TooLong { chars } => {
            r.link_too_long.fill(texts.number(*chars as u64), texts.number(MAX_LINK_CHARS as u64))
        }
        ShareLinkError::NotBase64 { character, position } => {
            // A control or space character is named by its code point, so it can be seen.
            let shown = if character.is_ascii_graphic() {
                character.to_string()
            } else {
                format!("U+{:04X}", u32::from(*character))
            };
            r.link_not_base64.fill(position, shown)
        }
        ShareLinkError::Truncated => r.link_truncated.to_string(),
        ShareLinkError::NotDeflate => r.link_not_deflate.to_string(),
        ShareLinkError::TooLarge => r.link_too_large.fill(texts.number(MAX_FILE_BYTES as u64)),
        ShareLinkError::NotAPayload(problem) => r.link_not_payload.fill(shape(texts, problem)),
        ShareLinkError::CatalogVersion(error) => r.link_catalog_version.fill(bound(texts, error)),
        ShareLinkError::Quote(error) => r.link_quote.fill(session(texts, error)),
    }
}

/// Why the stored list of quotes could not be read.
pub fn library(texts: &Texts, error: &LibraryError) -> String {
    let r = &texts.refusals;
    match error {
        LibraryError::TooLarge => r.library_too_large.to_string(),
        LibraryError::NotAnIndex(problem) => shape(texts, problem),
        LibraryError::NoOpenQuote => r.library_no_open_quote.to_string(),
        LibraryError::DuplicateId(id) => r.library_duplicate.fill(id.0.chars().take(60).collect::<String>()),
        LibraryError::OutOfBounds(error) => bound(texts, error),
    }
}

/// Why a quote name was refused.
pub fn rename(texts: &Texts, error: &RenameError) -> String {
    match error {
        RenameError::Empty => texts.refusals.rename_empty.to_string(),
        RenameError::TooLong(error) => bound(texts, error),
        RenameError::NoSuchQuote => texts.refusals.rename_gone.to_string(),
    }
}
