//! The bounds of every outside input (catalog-rules §8.13): counts, text and file sizes.
//! Money bounds (prices, discounts) live with the money rules in `money`. A value outside
//! its bound is refused with a message naming the field and the limit; nothing is clamped.

pub use super::catalog::MAX_COUNT;

/// Longest free text (customer name, quote title, reasons, contract references), in
/// characters.
pub const MAX_TEXT_CHARS: usize = 500;

/// Largest quote file or decoded share link, in bytes (1 MB).
pub const MAX_FILE_BYTES: usize = 1_000_000;

/// A value outside its bound: which field, what was given, what the limit is, as data
/// (`present::refusals` words it in the reader's language).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BoundError {
    /// Where in the file or form ("quote.lines[2].quantity"): the file's own field path.
    pub field: String,
    /// What was given.
    pub given: Given,
    /// The bound it breaks.
    pub limit: Limit,
}

/// Why a text is not the file it should be (a saved quote, a price book, a link's
/// payload, the stored list of quotes), as data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShapeProblem {
    /// The JSON reader's own reason (with its line and column), kept as it wrote it.
    Reader(String),
    /// Valid JSON, but not an object.
    NotAnObject,
    /// Bytes that are not UTF-8 text.
    NotText,
    /// A `version` that is not a whole number.
    VersionNotAWholeNumber,
    /// An empty file.
    Empty,
    /// A CSV header without the columns item, unit_price and currency.
    MissingColumns,
    /// A CSV price book with two currencies.
    MixedCurrencies {
        /// The line (from 1).
        line: usize,
        /// Its currency.
        found: String,
        /// The earlier lines' currency.
        earlier: String,
    },
    /// A CSV price book without a price line.
    NoPriceLines,
}

/// The value a bound refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Given {
    /// A count or amount.
    Number(u64),
    /// A text of this many characters.
    Characters(u64),
    /// A file or link of this many bytes.
    Bytes(u64),
    /// A term of this many months.
    Months(u32),
    /// An empty text.
    Empty,
    /// A text of only spaces.
    OnlySpaces,
    /// A text that is not one of a list (cut to 60 characters).
    Text(String),
}

/// The bound a value broke.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    /// At most this number.
    AtMost(u64),
    /// At most this many characters.
    AtMostCharacters(u64),
    /// At most this many bytes.
    AtMostBytes(u64),
    /// A term within these months.
    MonthsBetween {
        /// The shortest term.
        min: u32,
        /// The longest term.
        max: u32,
    },
    /// A written reason.
    WrittenReason,
    /// One of the regions of the region list.
    RegionList,
}

/// Thousands separators for a limit in a message ("100,000").
pub fn grouped(value: u64) -> String {
    grouped_with(value, ',')
}

/// `value` with `group` between groups of three digits ("100.000" with '.').
pub fn grouped_with(value: u64, group: char) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(c);
    }
    out
}

/// Checks a count against `0..=MAX_COUNT`.
pub fn check_count(field: impl Into<String>, value: u64) -> Result<u64, BoundError> {
    if value <= MAX_COUNT {
        Ok(value)
    } else {
        Err(BoundError { field: field.into(), given: Given::Number(value), limit: Limit::AtMost(MAX_COUNT) })
    }
}

/// Checks a text against [`MAX_TEXT_CHARS`].
pub fn check_text(field: impl Into<String>, text: &str) -> Result<(), BoundError> {
    let chars = text.chars().count();
    if chars <= MAX_TEXT_CHARS {
        Ok(())
    } else {
        Err(BoundError {
            field: field.into(),
            given: Given::Characters(chars as u64),
            limit: Limit::AtMostCharacters(MAX_TEXT_CHARS as u64),
        })
    }
}

/// Whether a text holds nothing a reader can see: only white space and invisible format
/// characters (zero-width space, joiners, word joiner, byte order mark).
pub fn is_blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}'))
}

/// Checks a written reason (of a recorded exception or a quantity override): at most
/// [`MAX_TEXT_CHARS`], and at least one character that is not a space, because a
/// decision without its reason must never reach a proposal (catalog-rules §7).
pub fn check_reason(field: impl Into<String>, reason: &str) -> Result<(), BoundError> {
    let field = field.into();
    if is_blank(reason) {
        let given = if reason.is_empty() { Given::Empty } else { Given::OnlySpaces };
        return Err(BoundError { field, given, limit: Limit::WrittenReason });
    }
    check_text(field, reason)
}

/// A whole file refused for its size: the refusal's field is its key, worded by the
/// message catalog (a file has no field path of its own).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WholeFile {
    /// A saved quote (a quote file, a stored quote, a link's or an exported file's quote).
    SavedQuote,
    /// A quote as this configurator would save it (a file that leaves out defaults can be
    /// far smaller than the file saved from it).
    SavedQuoteAsSaved,
    /// A price book file.
    PriceBook,
}

impl WholeFile {
    /// Every whole file, in the order of the message catalog's names.
    pub const ALL: [WholeFile; 3] = [WholeFile::SavedQuote, WholeFile::SavedQuoteAsSaved, WholeFile::PriceBook];

    /// Its key in a refusal's field.
    pub fn key(self) -> &'static str {
        match self {
            WholeFile::SavedQuote => "(saved quote)",
            WholeFile::SavedQuoteAsSaved => "(saved quote as saved)",
            WholeFile::PriceBook => "(price book file)",
        }
    }

    /// The whole file a refusal's field names, if it names one.
    pub fn of_field(field: &str) -> Option<WholeFile> {
        WholeFile::ALL.into_iter().find(|file| file.key() == field)
    }
}

/// Checks a file or decoded link size against [`MAX_FILE_BYTES`].
pub fn check_file_size(file: WholeFile, bytes: usize) -> Result<(), BoundError> {
    if bytes <= MAX_FILE_BYTES {
        Ok(())
    } else {
        Err(BoundError {
            field: file.key().into(),
            given: Given::Bytes(bytes as u64),
            limit: Limit::AtMostBytes(MAX_FILE_BYTES as u64),
        })
    }
}

/// Why a typed count was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountInputError {
    /// Not digits (separators `,`, `_` and spaces aside).
    NotAWholeNumber,
    /// Above the field's limit.
    AboveLimit {
        /// The limit.
        max: u64,
    },
}

/// Reads a count typed into a field: `Ok(None)` when empty, the number when it is a whole
/// number from 0 to `max`; thousands separators and spaces are ignored. A number too long
/// for any integer is above the limit, not "not a number".
pub fn parse_count(text: &str, max: u64) -> Result<Option<u64>, CountInputError> {
    let cleaned: String = text.trim().chars().filter(|c| !matches!(c, ',' | ' ' | '_')).collect();
    if cleaned.is_empty() {
        return Ok(None);
    }
    if !cleaned.chars().all(|c| c.is_ascii_digit()) {
        return Err(CountInputError::NotAWholeNumber);
    }
    match cleaned.parse::<u64>() {
        Ok(value) if value <= max => Ok(Some(value)),
        _ => Err(CountInputError::AboveLimit { max }),
    }
}
