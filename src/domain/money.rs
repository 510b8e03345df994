//! Exact money: integer minor units of one ISO 4217 currency, discounts in basis points,
//! one rounding per line amount (half away from zero) and the bounds of catalog-rules
//! §8.13. Price books and their file formats are in `domain::price_book`.
//!
//! Nothing here saturates, wraps or clamps: an amount that cannot be held exactly is
//! `None`, and an input outside its bounds is a [`MoneyError`] naming the field and the
//! limit.

use serde::{Deserialize, Serialize};

use super::bounds::{grouped_with, BoundError, ShapeProblem};

/// An amount in minor units (cents for USD) of the price book's currency.
///
/// There is no `+`: sums use [`Minor::checked_add`] or [`Minor::checked_sum`], so an
/// amount too large to hold is reported instead of being saturated or wrapped.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Minor(pub i64);

impl Minor {
    /// Zero.
    pub const ZERO: Minor = Minor(0);

    /// `self + other`, or `None` when the sum cannot be held exactly.
    pub fn checked_add(self, other: Minor) -> Option<Minor> {
        self.0.checked_add(other.0).map(Minor)
    }

    /// `self x factor`, or `None` when the product cannot be held exactly.
    pub fn checked_mul(self, factor: i64) -> Option<Minor> {
        self.0.checked_mul(factor).map(Minor)
    }

    /// The sum of `amounts`, or `None` when a partial sum cannot be held exactly.
    pub fn checked_sum<I: IntoIterator<Item = Minor>>(amounts: I) -> Option<Minor> {
        amounts.into_iter().try_fold(Minor::ZERO, Minor::checked_add)
    }
}

// ---------------------------------------------------------------------------------------
// Bounds (catalog-rules §8.13; counts, text and file sizes are in `bounds`)

/// Largest unit price, in the currency's major unit (1,000,000,000 USD, JPY, KWD, ...).
pub const MAX_PRICE_MAJOR: u64 = 1_000_000_000;

/// The largest unit price in a currency, in its minor units (1,000,000,000 major units);
/// `None` for a code that is not an ISO 4217 currency with a minor unit.
pub fn max_price(currency: &str) -> Option<Minor> {
    let digits = currency_digits(currency).ok()?;
    let minor = MAX_PRICE_MAJOR.checked_mul(10_u64.checked_pow(digits)?)?;
    i64::try_from(minor).ok().map(Minor)
}

// ---------------------------------------------------------------------------------------
// Discounts

/// A line discount in basis points (1 % = 100 bp), 0..=10 000.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DiscountBp(pub u32);

impl DiscountBp {
    /// Full discount (100 %), the largest allowed.
    pub const MAX: DiscountBp = DiscountBp(10_000);

    /// Parses a percentage such as `12.5` or `12,5 %` (at most two decimals, 0-100).
    pub fn parse_percent(text: &str) -> Result<DiscountBp, MoneyError> {
        let cleaned = text.trim().trim_end_matches('%').trim().replace(',', ".");
        if cleaned.is_empty() {
            return Ok(DiscountBp(0));
        }
        match parse_unsigned(&cleaned, 2) {
            Parsed::Value(bp) => match u32::try_from(bp) {
                Ok(bp) if bp <= DiscountBp::MAX.0 => Ok(DiscountBp(bp)),
                _ => Err(MoneyError::DiscountAboveLimit { field: "discount".into(), text: cleaned }),
            },
            Parsed::TooLarge => Err(MoneyError::DiscountAboveLimit { field: "discount".into(), text: cleaned }),
            Parsed::Invalid => Err(MoneyError::BadDiscount(text.to_string())),
        }
    }

    /// The discount itself when it is 0-100 %, else the refusal (for a discount read
    /// from a saved quote).
    pub fn check(self) -> Result<DiscountBp, MoneyError> {
        self.check_at("discount")
    }

    /// As [`DiscountBp::check`], naming the field in the refusal (`lines[3].discount`).
    pub fn check_at(self, field: &str) -> Result<DiscountBp, MoneyError> {
        if self <= DiscountBp::MAX {
            Ok(self)
        } else {
            Err(MoneyError::DiscountAboveLimit { field: field.to_string(), text: self.percent_text() })
        }
    }

    /// The discount as a percentage string ("12.5").
    pub fn percent_text(self) -> String {
        let whole = self.0 / 100;
        let frac = self.0 % 100;
        match frac {
            0 => whole.to_string(),
            f if f.is_multiple_of(10) => format!("{whole}.{}", f / 10),
            f => format!("{whole}.{f:02}"),
        }
    }
}

// ---------------------------------------------------------------------------------------
// Errors

/// Why a money input, a bounded input or a price book was refused. Each names the field
/// and, for a bound, the limit; `Display` gives the sentence shown to the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MoneyError {
    /// Not a price: digits with at most the currency's decimals are expected.
    BadPrice {
        /// Where (`prices."om-prr"`, `line 3, unit_price of "om-prr"`).
        field: String,
        /// The text given.
        text: String,
    },
    /// A JSON number with a fraction or an exponent (`1250.5`, `1e3`, `1250.0`): prices
    /// are strings or whole numbers, never floating point.
    FloatPrice {
        /// Where.
        field: String,
        /// The number as JSON reads it.
        number: String,
        /// The same price written as a string with the currency's decimals ("1250.50"),
        /// when the number is exactly such a price (not `1.005` in USD, nor a number with
        /// more digits than a JSON number keeps).
        example: Option<String>,
    },
    /// A price below zero.
    NegativePrice {
        /// Where.
        field: String,
        /// The price given.
        text: String,
    },
    /// A price above 1,000,000,000 major units of the currency.
    PriceAboveLimit {
        /// Where.
        field: String,
        /// The price given.
        text: String,
        /// The currency code.
        currency: String,
    },
    /// Not a discount percentage.
    BadDiscount(String),
    /// A discount above 100 %.
    DiscountAboveLimit {
        /// Where.
        field: String,
        /// The percentage given ("100.01").
        text: String,
    },
    /// A text or file outside its bound (a price book name above 500 characters, a
    /// file above 1 MB).
    OutOfBounds(BoundError),
    /// The currency is not a three-letter code.
    BadCurrency(String),
    /// A three-letter code that is not an active ISO 4217 currency.
    UnknownCurrency(String),
    /// An ISO 4217 code without a minor unit ("N.A.": gold, SDR, bond-market units,
    /// testing and no-currency codes): not a currency prices can be written in.
    NoMinorUnit(String),
    /// A field the price book format does not have.
    UnknownField(String),
    /// A publication date that is not a calendar day written `YYYY-MM-DD`.
    BadDate(String),
    /// The file is not a price book.
    BadFormat(ShapeProblem),
}

// ---------------------------------------------------------------------------------------
// Currencies (ISO 4217)

/// ISO 4217 List one, published 2026-01-01: every active alphabetic code, sorted, with
/// its minor-unit digits (`None` where the list says "N.A."). `tests/fixtures/iso4217.tsv`
/// is the reference this table is tested against.
#[rustfmt::skip]
pub const ISO_4217: &[(&str, Option<u32>)] = &[
    ("AED", Some(2)), ("AFN", Some(2)), ("ALL", Some(2)), ("AMD", Some(2)), ("AOA", Some(2)), ("ARS", Some(2)),
    ("AUD", Some(2)), ("AWG", Some(2)), ("AZN", Some(2)), ("BAM", Some(2)), ("BBD", Some(2)), ("BDT", Some(2)),
    ("BHD", Some(3)), ("BIF", Some(0)), ("BMD", Some(2)), ("BND", Some(2)), ("BOB", Some(2)), ("BOV", Some(2)),
    ("BRL", Some(2)), ("BSD", Some(2)), ("BTN", Some(2)), ("BWP", Some(2)), ("BYN", Some(2)), ("BZD", Some(2)),
    ("CAD", Some(2)), ("CDF", Some(2)), ("CHE", Some(2)), ("CHF", Some(2)), ("CHW", Some(2)), ("CLF", Some(4)),
    ("CLP", Some(0)), ("CNY", Some(2)), ("COP", Some(2)), ("COU", Some(2)), ("CRC", Some(2)), ("CUP", Some(2)),
    ("CVE", Some(2)), ("CZK", Some(2)), ("DJF", Some(0)), ("DKK", Some(2)), ("DOP", Some(2)), ("DZD", Some(2)),
    ("EGP", Some(2)), ("ERN", Some(2)), ("ETB", Some(2)), ("EUR", Some(2)), ("FJD", Some(2)), ("FKP", Some(2)),
    ("GBP", Some(2)), ("GEL", Some(2)), ("GHS", Some(2)), ("GIP", Some(2)), ("GMD", Some(2)), ("GNF", Some(0)),
    ("GTQ", Some(2)), ("GYD", Some(2)), ("HKD", Some(2)), ("HNL", Some(2)), ("HTG", Some(2)), ("HUF", Some(2)),
    ("IDR", Some(2)), ("ILS", Some(2)), ("INR", Some(2)), ("IQD", Some(3)), ("IRR", Some(2)), ("ISK", Some(0)),
    ("JMD", Some(2)), ("JOD", Some(3)), ("JPY", Some(0)), ("KES", Some(2)), ("KGS", Some(2)), ("KHR", Some(2)),
    ("KMF", Some(0)), ("KPW", Some(2)), ("KRW", Some(0)), ("KWD", Some(3)), ("KYD", Some(2)), ("KZT", Some(2)),
    ("LAK", Some(2)), ("LBP", Some(2)), ("LKR", Some(2)), ("LRD", Some(2)), ("LSL", Some(2)), ("LYD", Some(3)),
    ("MAD", Some(2)), ("MDL", Some(2)), ("MGA", Some(2)), ("MKD", Some(2)), ("MMK", Some(2)), ("MNT", Some(2)),
    ("MOP", Some(2)), ("MRU", Some(2)), ("MUR", Some(2)), ("MVR", Some(2)), ("MWK", Some(2)), ("MXN", Some(2)),
    ("MXV", Some(2)), ("MYR", Some(2)), ("MZN", Some(2)), ("NAD", Some(2)), ("NGN", Some(2)), ("NIO", Some(2)),
    ("NOK", Some(2)), ("NPR", Some(2)), ("NZD", Some(2)), ("OMR", Some(3)), ("PAB", Some(2)), ("PEN", Some(2)),
    ("PGK", Some(2)), ("PHP", Some(2)), ("PKR", Some(2)), ("PLN", Some(2)), ("PYG", Some(0)), ("QAR", Some(2)),
    ("RON", Some(2)), ("RSD", Some(2)), ("RUB", Some(2)), ("RWF", Some(0)), ("SAR", Some(2)), ("SBD", Some(2)),
    ("SCR", Some(2)), ("SDG", Some(2)), ("SEK", Some(2)), ("SGD", Some(2)), ("SHP", Some(2)), ("SLE", Some(2)),
    ("SOS", Some(2)), ("SRD", Some(2)), ("SSP", Some(2)), ("STN", Some(2)), ("SVC", Some(2)), ("SYP", Some(2)),
    ("SZL", Some(2)), ("THB", Some(2)), ("TJS", Some(2)), ("TMT", Some(2)), ("TND", Some(3)), ("TOP", Some(2)),
    ("TRY", Some(2)), ("TTD", Some(2)), ("TWD", Some(2)), ("TZS", Some(2)), ("UAH", Some(2)), ("UGX", Some(0)),
    ("USD", Some(2)), ("USN", Some(2)), ("UYI", Some(0)), ("UYU", Some(2)), ("UYW", Some(4)), ("UZS", Some(2)),
    ("VED", Some(2)), ("VES", Some(2)), ("VND", Some(0)), ("VUV", Some(0)), ("WST", Some(2)), ("XAD", Some(2)),
    ("XAF", Some(0)), ("XAG", None), ("XAU", None), ("XBA", None), ("XBB", None), ("XBC", None),
    ("XBD", None), ("XCD", Some(2)), ("XCG", Some(2)), ("XDR", None), ("XOF", Some(0)), ("XPD", None),
    ("XPF", Some(0)), ("XPT", None), ("XSU", None), ("XTS", None), ("XUA", None), ("XXX", None),
    ("YER", Some(2)), ("ZAR", Some(2)), ("ZMW", Some(2)), ("ZWG", Some(2)),
];

/// The minor-unit digits of an active ISO 4217 code written exactly (`"USD"` -> 2,
/// `"JPY"` -> 0, `"KWD"` -> 3, `"CLF"` -> 4). Refused: a text that is not three capital
/// letters, a code not in the list, a code whose minor unit is "N.A." (XAU, XDR, ...).
pub fn currency_digits(code: &str) -> Result<u32, MoneyError> {
    if code.len() != 3 || !code.chars().all(|c| c.is_ascii_uppercase()) {
        return Err(MoneyError::BadCurrency(code.to_string()));
    }
    match ISO_4217.binary_search_by(|(listed, _)| (*listed).cmp(code)) {
        Ok(index) => match ISO_4217.get(index) {
            Some((_, Some(digits))) => Ok(*digits),
            _ => Err(MoneyError::NoMinorUnit(code.to_string())),
        },
        Err(_) => Err(MoneyError::UnknownCurrency(code.to_string())),
    }
}

/// Reads a currency code as typed (spaces trimmed, any case: `" usd"` -> `"USD"`) and
/// checks it with [`currency_digits`].
pub fn check_currency(text: &str) -> Result<String, MoneyError> {
    let code = text.trim().to_ascii_uppercase();
    if code.len() != 3 || !code.chars().all(|c| c.is_ascii_uppercase()) {
        return Err(MoneyError::BadCurrency(text.to_string()));
    }
    currency_digits(&code)?;
    Ok(code)
}

/// Decimal digits of a currency's minor unit for display (ISO 4217); 2 for a code that
/// is not a currency with a minor unit (those are refused when a price book is loaded or
/// checked, so only their display could meet this default).
pub fn minor_digits(currency: &str) -> u32 {
    currency_digits(currency).unwrap_or(2)
}

/// 10^digits (digits are 0-4 for ISO 4217 currencies).
fn scale_of(digits: u32) -> u64 {
    10_u64.checked_pow(digits).unwrap_or(1)
}

// ---------------------------------------------------------------------------------------
// Reading and writing amounts

/// A parsed unsigned decimal.
enum Parsed {
    /// The value scaled by 10^digits.
    Value(u64),
    /// Well formed but with more than 15 whole digits (above every bound).
    TooLarge,
    /// Not digits with an optional point and at most `digits` decimals.
    Invalid,
}

/// Parses a non-negative decimal (`1250`, `1250.5`, `.5`) into an integer scaled by
/// 10^digits, refusing more decimals than `digits` (no silent rounding of a typed price).
fn parse_unsigned(text: &str, digits: u32) -> Parsed {
    let (whole, frac) = text.split_once('.').unwrap_or((text, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && frac.is_empty()) || !all_digits(whole) || !all_digits(frac) {
        return Parsed::Invalid;
    }
    let Ok(frac_len) = u32::try_from(frac.len()) else { return Parsed::Invalid };
    if frac_len > digits {
        return Parsed::Invalid;
    }
    let significant = whole.trim_start_matches('0');
    if significant.len() > 15 {
        return Parsed::TooLarge;
    }
    let whole_value: u64 = if significant.is_empty() { 0 } else { significant.parse().unwrap_or(u64::MAX) };
    let frac_value: u64 = if frac.is_empty() { 0 } else { frac.parse().unwrap_or(u64::MAX) };
    let scaled = whole_value
        .checked_mul(scale_of(digits))
        .and_then(|w| frac_value.checked_mul(scale_of(digits - frac_len)).and_then(|f| w.checked_add(f)));
    match scaled {
        Some(value) => Parsed::Value(value),
        None => Parsed::TooLarge,
    }
}

/// Parses a typed price in `currency` into minor units, within bounds: digits with at
/// most the currency's decimals (spaces and `_` are ignored; no thousands separator), 0
/// to 1,000,000,000 major units. `field` names the price in the refusal.
pub fn parse_price_at(currency: &str, field: &str, text: &str) -> Result<Minor, MoneyError> {
    let digits = currency_digits(currency)?;
    let shown = text.trim();
    let cleaned: String = shown.chars().filter(|c| *c != ' ' && *c != '_').collect();
    let bad = || MoneyError::BadPrice { field: field.to_string(), text: text.to_string() };
    if let Some(rest) = cleaned.strip_prefix('-') {
        return match parse_unsigned(rest, digits) {
            Parsed::Value(0) => Ok(Minor::ZERO),
            Parsed::Value(_) | Parsed::TooLarge => {
                Err(MoneyError::NegativePrice { field: field.to_string(), text: shown.to_string() })
            }
            Parsed::Invalid => Err(bad()),
        };
    }
    let above = || MoneyError::PriceAboveLimit {
        field: field.to_string(),
        text: shown.to_string(),
        currency: currency.to_string(),
    };
    let max = max_price(currency).ok_or_else(|| MoneyError::NoMinorUnit(currency.to_string()))?;
    match parse_unsigned(&cleaned, digits) {
        Parsed::Value(value) => match i64::try_from(value) {
            Ok(minor) if minor <= max.0 => Ok(Minor(minor)),
            _ => Err(above()),
        },
        Parsed::TooLarge => Err(above()),
        Parsed::Invalid => Err(bad()),
    }
}

/// Parses a typed price in a currency into minor units; `None` when
/// [`parse_price_at`] refuses it (not a price, negative, above the bound, unknown
/// currency).
pub fn parse_price(currency: &str, text: &str) -> Option<Minor> {
    parse_price_at(currency, "price", text).ok()
}

/// Checks a unit price held in minor units (0 to 1,000,000,000 major units).
pub fn check_price(currency: &str, field: &str, price: Minor) -> Result<Minor, MoneyError> {
    let max = max_price(currency).ok_or_else(|| {
        currency_digits(currency).err().unwrap_or_else(|| MoneyError::NoMinorUnit(currency.to_string()))
    })?;
    if price.0 < 0 {
        Err(MoneyError::NegativePrice { field: field.to_string(), text: decimal_text(currency, price) })
    } else if price > max {
        Err(MoneyError::PriceAboveLimit {
            field: field.to_string(),
            text: decimal_text(currency, price),
            currency: currency.to_string(),
        })
    } else {
        Ok(price)
    }
}

/// Formats an amount: `USD 1,234.50`.
pub fn format_amount(currency: &str, amount: Minor) -> String {
    format_amount_marked(currency, amount, '.', ',')
}

/// Formats an amount with a language's marks: `IDR 1.234,50` with `,` and `.`.
pub fn format_amount_marked(currency: &str, amount: Minor, decimal: char, group: char) -> String {
    let digits = minor_digits(currency);
    let sign = if amount.0 < 0 { "-" } else { "" };
    let abs = amount.0.unsigned_abs();
    let scale = scale_of(digits);
    let whole_text = grouped_with(abs / scale, group);
    if digits == 0 {
        format!("{currency} {sign}{whole_text}")
    } else {
        format!("{currency} {sign}{whole_text}{decimal}{:0width$}", abs % scale, width = digits as usize)
    }
}

/// Formats minor units as a plain decimal for editing and CSV (`1234.50`).
pub fn decimal_text(currency: &str, amount: Minor) -> String {
    let digits = minor_digits(currency);
    let sign = if amount.0 < 0 { "-" } else { "" };
    let abs = amount.0.unsigned_abs();
    let scale = scale_of(digits);
    if digits == 0 {
        format!("{sign}{abs}")
    } else {
        format!("{sign}{}.{:0width$}", abs / scale, abs % scale, width = digits as usize)
    }
}

// ---------------------------------------------------------------------------------------
// Line amounts (catalog-rules §7)

/// A line's amount (catalog-rules §7): `unit_price` x `quantity`, less `discount`, rounded
/// once to the minor unit, half away from zero. It is a one-off line's amount and a
/// periodic line's amount per month. `None` when the result cannot be held exactly.
///
/// A discount above 100 % (which [`DiscountBp::check`] refuses on input) is not clamped:
/// the formula is applied as written.
pub fn line_amount(unit_price: Minor, quantity: u32, discount: DiscountBp) -> Option<Minor> {
    let kept = 10_000_i128 - i128::from(discount.0);
    let numerator = i128::from(unit_price.0).checked_mul(i128::from(quantity))?.checked_mul(kept)?;
    let quotient = numerator / 10_000;
    let remainder = numerator % 10_000;
    let rounded = if remainder.unsigned_abs() * 2 >= 10_000 { quotient + numerator.signum() } else { quotient };
    i64::try_from(rounded).ok().map(Minor)
}

/// A periodic line's amount over its term: the rounded monthly amount x `months`,
/// exactly (no second rounding). `None` when it cannot be held exactly.
pub fn term_amount(monthly: Minor, months: u32) -> Option<Minor> {
    monthly.checked_mul(i64::from(months))
}
