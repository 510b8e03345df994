//! The bounds of every outside input (catalog-rules §8.13): counts, text and file sizes.
//! Money bounds (prices, discounts) live with the money rules in `money`. A value outside
//! its bound is refused with a message naming the field and the limit; nothing is clamped.

use std::fmt;

pub use super::catalog::MAX_COUNT;

/// Longest free text (customer name, quote title, reasons, contract references), in
/// characters.
pub const MAX_TEXT_CHARS: usize = 500;

/// Largest quote file or decoded share link, in bytes (1 MB).
pub const MAX_FILE_BYTES: usize = 1_000_000;

/// A value outside its bound: which field, what was given, what the limit is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BoundError {
    /// Where in the file or form ("quote.lines[2].quantity").
    pub field: String,
    /// What was given, as text.
    pub given: String,
    /// The limit in words ("at most 100,000").
    pub limit: String,
}

impl fmt::Display for BoundError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is {}, but it must be {}", self.field, self.given, self.limit)
    }
}

/// Thousands separators for a limit in a message ("100,000").
pub fn grouped(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
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
        Err(BoundError { field: field.into(), given: grouped(value), limit: format!("at most {}", grouped(MAX_COUNT)) })
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
            given: format!("{} characters long", grouped(chars as u64)),
            limit: format!("at most {MAX_TEXT_CHARS} characters"),
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
        let given = if reason.is_empty() { "empty" } else { "only spaces" };
        return Err(BoundError {
            field,
            given: given.to_string(),
            limit: "a written reason (at least one character that is not a space)".to_string(),
        });
    }
    check_text(field, reason)
}

/// Checks a file or decoded link size against [`MAX_FILE_BYTES`].
pub fn check_file_size(field: impl Into<String>, bytes: usize) -> Result<(), BoundError> {
    if bytes <= MAX_FILE_BYTES {
        Ok(())
    } else {
        Err(BoundError {
            field: field.into(),
            given: format!("{} bytes", grouped(bytes as u64)),
            limit: format!("at most {} bytes (1 MB)", grouped(MAX_FILE_BYTES as u64)),
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

impl fmt::Display for CountInputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CountInputError::NotAWholeNumber => write!(f, "is not a whole number"),
            CountInputError::AboveLimit { max } => write!(f, "is above the limit of {}", grouped(*max)),
        }
    }
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
