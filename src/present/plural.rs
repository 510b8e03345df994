//! Counted nouns: a number never meets "(s)". Each noun has its singular and plural form;
//! [`count`] picks the one the number needs ("1 line", "0 lines", "4 lines").

/// A noun with its singular and plural form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Noun {
    /// The form after 1.
    pub one: &'static str,
    /// The form after any other number.
    pub many: &'static str,
}

/// A quote line.
pub const LINE: Noun = Noun { one: "line", many: "lines" };
/// An error finding.
pub const ERROR: Noun = Noun { one: "error", many: "errors" };
/// A warning finding.
pub const WARNING: Noun = Noun { one: "warning", many: "warnings" };
/// An information finding.
pub const NOTE: Noun = Noun { one: "note", many: "notes" };
/// A recorded exception.
pub const EXCEPTION: Noun = Noun { one: "recorded exception", many: "recorded exceptions" };
/// A catalog service shown by the search.
pub const SERVICE: Noun = Noun { one: "service", many: "services" };
/// A price of a price book.
pub const ITEM_PRICE: Noun = Noun { one: "item price", many: "item prices" };
/// A month.
pub const MONTH: Noun = Noun { one: "month", many: "months" };
/// A line without a price.
pub const UNPRICED_LINE: Noun = Noun { one: "line without a price", many: "lines without a price" };

/// The form of `noun` that follows `n`.
pub fn form(n: u64, noun: Noun) -> &'static str {
    if n == 1 {
        noun.one
    } else {
        noun.many
    }
}

/// "1 line", "0 lines", "4 lines".
pub fn count(n: impl Into<u64>, noun: Noun) -> String {
    let n = n.into();
    format!("{n} {}", form(n, noun))
}

/// [`count`] for a `usize` (lengths of lists).
pub fn count_of(n: usize, noun: Noun) -> String {
    count(u64::try_from(n).unwrap_or(u64::MAX), noun)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_one_and_many() {
        assert_eq!(count(0u32, LINE), "0 lines");
        assert_eq!(count(1u32, LINE), "1 line");
        assert_eq!(count(4u32, LINE), "4 lines");
        assert_eq!(count_of(1, EXCEPTION), "1 recorded exception");
        assert_eq!(count_of(74, SERVICE), "74 services");
        assert_eq!(count(1u32, UNPRICED_LINE), "1 line without a price");
        assert_eq!(count(2u32, UNPRICED_LINE), "2 lines without a price");
    }
}
