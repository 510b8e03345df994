//! Exact money: integer minor units of one currency, discounts in basis points, one
//! rounding per line (half away from zero), and the price book formats (JSON and CSV).

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::catalog::{Catalog, ItemId};

/// An amount in minor units (cents for USD) of the price book's currency.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Minor(pub i64);

impl std::ops::Add for Minor {
    type Output = Minor;
    fn add(self, other: Minor) -> Minor {
        Minor(self.0.saturating_add(other.0))
    }
}

impl std::iter::Sum for Minor {
    fn sum<I: Iterator<Item = Minor>>(iter: I) -> Minor {
        iter.fold(Minor(0), |a, b| a + b)
    }
}

/// A line discount in basis points (1 % = 100 bp), 0..=10 000.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DiscountBp(pub u32);

impl DiscountBp {
    /// Full discount.
    pub const MAX: DiscountBp = DiscountBp(10_000);

    /// Parses a percentage such as `12.5` or `12,5 %` (at most two decimals, 0-100).
    pub fn parse_percent(text: &str) -> Result<DiscountBp, MoneyError> {
        let cleaned = text.trim().trim_end_matches('%').trim().replace(',', ".");
        if cleaned.is_empty() {
            return Ok(DiscountBp(0));
        }
        let basis_points = parse_decimal(&cleaned, 2).ok_or_else(|| MoneyError::BadDiscount(text.to_string()))?;
        if !(0..=10_000).contains(&basis_points) {
            return Err(MoneyError::BadDiscount(text.to_string()));
        }
        Ok(DiscountBp(basis_points as u32))
    }

    /// The discount as a percentage string ("12.5").
    pub fn percent_text(self) -> String {
        let whole = self.0 / 100;
        let frac = self.0 % 100;
        match frac {
            0 => whole.to_string(),
            f if f % 10 == 0 => format!("{whole}.{}", f / 10),
            f => format!("{whole}.{f:02}"),
        }
    }
}

/// Why a money input or price book was rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MoneyError {
    /// Not a price in the currency's minor units.
    BadPrice {
        /// Where (item key or line).
        at: String,
        /// The text given.
        text: String,
    },
    /// Not a discount percentage between 0 and 100.
    BadDiscount(String),
    /// The currency is not a three-letter code.
    BadCurrency(String),
    /// The file is not a price book.
    BadFormat(String),
}

impl fmt::Display for MoneyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MoneyError::BadPrice { at, text } => write!(f, "{at}: \"{text}\" is not a price (use digits and at most the currency's decimals, e.g. 1250.00)"),
            MoneyError::BadDiscount(text) => write!(f, "\"{text}\" is not a discount between 0 and 100 %"),
            MoneyError::BadCurrency(text) => write!(f, "\"{text}\" is not a three-letter currency code such as USD"),
            MoneyError::BadFormat(reason) => write!(f, "not a price book: {reason}"),
        }
    }
}

/// Parses a non-negative decimal into an integer scaled by 10^digits, refusing more
/// decimals than `digits` (no silent rounding of a typed price).
fn parse_decimal(text: &str, digits: u32) -> Option<i64> {
    let text = text.trim();
    let (whole, frac) = match text.split_once('.') {
        Some((w, f)) => (w, f),
        None => (text, ""),
    };
    if whole.is_empty() && frac.is_empty() {
        return None;
    }
    if !whole.chars().all(|c| c.is_ascii_digit()) || !frac.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if frac.len() as u32 > digits {
        return None;
    }
    let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
    let mut scaled = whole.checked_mul(10_i64.checked_pow(digits)?)?;
    let frac_value: i64 = if frac.is_empty() { 0 } else { frac.parse().ok()? };
    let frac_scale = 10_i64.checked_pow(digits - frac.len() as u32)?;
    scaled = scaled.checked_add(frac_value.checked_mul(frac_scale)?)?;
    Some(scaled)
}

/// Decimal digits of a currency's minor unit (ISO 4217; 2 unless listed).
pub fn minor_digits(currency: &str) -> u32 {
    match currency {
        "JPY" | "KRW" | "VND" | "CLP" | "ISK" | "UGX" | "XAF" | "XOF" | "IDR" => 0,
        "BHD" | "KWD" | "OMR" | "JOD" | "TND" | "LYD" | "IQD" => 3,
        _ => 2,
    }
}

/// Formats an amount: `USD 1,234.50`.
pub fn format_amount(currency: &str, amount: Minor) -> String {
    let digits = minor_digits(currency);
    let negative = amount.0 < 0;
    let abs = amount.0.unsigned_abs();
    let scale = 10_u64.pow(digits);
    let whole = abs / scale;
    let frac = abs % scale;
    let whole_text = group_thousands(whole);
    let sign = if negative { "-" } else { "" };
    if digits == 0 {
        format!("{currency} {sign}{whole_text}")
    } else {
        format!("{currency} {sign}{whole_text}.{frac:0width$}", width = digits as usize)
    }
}

/// Formats minor units as a plain decimal for editing and CSV (`1234.50`).
pub fn decimal_text(currency: &str, amount: Minor) -> String {
    let digits = minor_digits(currency);
    let scale = 10_i64.pow(digits);
    let sign = if amount.0 < 0 { "-" } else { "" };
    let abs = amount.0.unsigned_abs() as i64;
    if digits == 0 {
        format!("{sign}{abs}")
    } else {
        format!("{sign}{}.{:0width$}", abs / scale, abs % scale, width = digits as usize)
    }
}

/// Parses a typed price in a currency into minor units.
pub fn parse_price(currency: &str, text: &str) -> Option<Minor> {
    let cleaned: String = text.trim().chars().filter(|c| *c != ' ' && *c != '_').collect();
    parse_decimal(&cleaned, minor_digits(currency)).map(Minor)
}

fn group_thousands(value: u64) -> String {
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

/// Line amount (catalog-rules §7): unit price x quantity x months, less the discount,
/// rounded once to the minor unit, half away from zero.
pub fn line_amount(unit_price: Minor, quantity: u32, months: u32, discount: DiscountBp) -> Minor {
    let discount = discount.0.min(10_000);
    let numerator = i128::from(unit_price.0) * i128::from(quantity) * i128::from(months) * i128::from(10_000 - discount);
    let quotient = numerator / 10_000;
    let remainder = numerator % 10_000;
    let rounded = if remainder.abs() * 2 >= 10_000 { quotient + numerator.signum() } else { quotient };
    Minor(rounded.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64)
}

/// A price book: a currency and unit prices per item (minor units). Periodic items are
/// priced per month, one-off items per unit.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceBook {
    /// Display name ("Sample price book").
    pub name: String,
    /// ISO 4217 code.
    pub currency: String,
    /// Sample numbers: every page and export that shows them says "illustrative".
    pub illustrative: bool,
    /// Unit prices by item id.
    pub prices: BTreeMap<ItemId, Minor>,
}

/// The JSON file format of a price book (prices as decimal strings or whole numbers).
#[derive(Deserialize)]
struct PriceBookFile {
    #[serde(default)]
    name: Option<String>,
    currency: String,
    #[serde(default)]
    illustrative: bool,
    prices: BTreeMap<String, serde_json::Value>,
}

/// A loaded price book and what in the file was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadedPriceBook {
    /// The price book.
    pub book: PriceBook,
    /// Keys that matched no catalog item (by id or exact name).
    pub unknown_items: Vec<String>,
}

impl PriceBook {
    /// A book without prices in a currency (prices are then typed into the BOQ).
    pub fn empty(currency: &str) -> PriceBook {
        PriceBook { name: "Typed prices".into(), currency: currency.to_string(), illustrative: false, prices: BTreeMap::new() }
    }

    /// Unit price of an item, if priced.
    pub fn price(&self, item: &str) -> Option<Minor> {
        self.prices.get(item).copied()
    }

    /// Parses the JSON format: `{"currency": "USD", "illustrative": true, "prices":
    /// {"<item id or exact name>": "1250.00", ...}}`.
    pub fn from_json(catalog: &Catalog, text: &str) -> Result<LoadedPriceBook, MoneyError> {
        let file: PriceBookFile =
            serde_json::from_str(text).map_err(|e| MoneyError::BadFormat(e.to_string()))?;
        let currency = check_currency(&file.currency)?;
        let mut rows = Vec::new();
        for (key, value) in file.prices {
            let text = match &value {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Number(n) if n.is_u64() => n.to_string(),
                other => other.to_string(),
            };
            rows.push((key, text));
        }
        Self::from_rows(catalog, file.name.unwrap_or_else(|| "Price book".into()), currency, file.illustrative, rows)
    }

    /// Parses the CSV format: a header with `item`, `unit_price` and `currency` columns
    /// (any order, an optional `illustrative` column: `yes` on any row marks the book).
    pub fn from_csv(catalog: &Catalog, text: &str) -> Result<LoadedPriceBook, MoneyError> {
        let mut records = text.lines().filter(|line| !line.trim().is_empty()).map(split_csv_line);
        let header = records.next().ok_or_else(|| MoneyError::BadFormat("the file is empty".into()))?;
        let column = |name: &str| header.iter().position(|h| h.trim().eq_ignore_ascii_case(name));
        let (item_col, price_col, currency_col) = match (column("item"), column("unit_price"), column("currency")) {
            (Some(i), Some(p), Some(c)) => (i, p, c),
            _ => return Err(MoneyError::BadFormat("the header must name the columns item, unit_price and currency".into())),
        };
        let illustrative_col = column("illustrative");
        let mut currency: Option<String> = None;
        let mut illustrative = false;
        let mut rows = Vec::new();
        for (n, record) in records.enumerate() {
            let cell = |col: usize| record.get(col).map(|s| s.trim().to_string()).unwrap_or_default();
            let row_currency = check_currency(&cell(currency_col))?;
            match &currency {
                Some(c) if *c != row_currency => {
                    return Err(MoneyError::BadFormat(format!("line {} uses {row_currency} but earlier lines use {c}: one currency per price book", n + 2)))
                }
                _ => currency = Some(row_currency),
            }
            if let Some(col) = illustrative_col {
                illustrative |= matches!(cell(col).to_ascii_lowercase().as_str(), "yes" | "true" | "1");
            }
            rows.push((cell(item_col), cell(price_col)));
        }
        let currency = currency.ok_or_else(|| MoneyError::BadFormat("the file has no price lines".into()))?;
        Self::from_rows(catalog, "Price book".into(), currency, illustrative, rows)
    }

    fn from_rows(
        catalog: &Catalog,
        name: String,
        currency: String,
        illustrative: bool,
        rows: Vec<(String, String)>,
    ) -> Result<LoadedPriceBook, MoneyError> {
        let mut prices = BTreeMap::new();
        let mut unknown_items = Vec::new();
        for (key, text) in rows {
            let item_id = catalog
                .entry(&key)
                .map(|e| e.item.id.clone())
                .or_else(|| catalog.items().find(|e| e.item.name == key).map(|e| e.item.id.clone()));
            let price = parse_price(&currency, &text).ok_or_else(|| MoneyError::BadPrice { at: key.clone(), text: text.clone() })?;
            match item_id {
                Some(id) => {
                    prices.insert(id, price);
                }
                None => unknown_items.push(key),
            }
        }
        Ok(LoadedPriceBook { book: PriceBook { name, currency, illustrative, prices }, unknown_items })
    }

    /// Writes the book in the JSON format [`PriceBook::from_json`] reads.
    pub fn to_json(&self) -> String {
        let prices: BTreeMap<&str, String> =
            self.prices.iter().map(|(id, p)| (id.as_str(), decimal_text(&self.currency, *p))).collect();
        serde_json::json!({
            "name": self.name,
            "currency": self.currency,
            "illustrative": self.illustrative,
            "prices": prices,
        })
        .to_string()
    }
}

fn check_currency(text: &str) -> Result<String, MoneyError> {
    let code = text.trim().to_ascii_uppercase();
    if code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()) {
        Ok(code)
    } else {
        Err(MoneyError::BadCurrency(text.to_string()))
    }
}

/// Splits one CSV line (RFC 4180 quotes, `""` escapes; no multi-line fields).
fn split_csv_line(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(std::mem::take(&mut field)),
            (c, _) => field.push(c),
        }
    }
    fields.push(field);
    fields
}
