//! Price books: a currency and a unit price per item, read from the two file formats a
//! user can load (JSON and CSV), each price checked against its currency and the bounds
//! of catalog-rules §8.13, every refusal a [`MoneyError`] naming the row and the problem.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::bounds::{check_file_size, check_text, ShapeProblem, WholeFile};
use super::catalog::{Catalog, ItemId};
use super::money::{check_currency, check_price, currency_digits, decimal_text, parse_price_at, Minor, MoneyError};
use super::order::map_of;

/// A price book: a currency and unit prices per item (minor units). Periodic items are
/// priced per month, one-off items per unit.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceBook {
    /// Display name ("Sample price book"), at most 500 characters.
    pub name: String,
    /// ISO 4217 code with a minor unit.
    pub currency: String,
    /// Sample numbers: every page and export that shows them says "illustrative".
    pub illustrative: bool,
    /// Unit prices by item id.
    pub prices: BTreeMap<ItemId, Minor>,
    /// The day the prices were published (`YYYY-MM-DD`), when the file says: a price book
    /// shipped with a deployment says whose prices (its name) and of when (this).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// The fields of the JSON format.
const JSON_FIELDS: [&str; 5] = ["name", "currency", "illustrative", "prices", "date"];

/// The JSON file format of a price book (prices as decimal strings or whole numbers).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PriceBookFile {
    #[serde(default)]
    name: Option<String>,
    currency: String,
    #[serde(default)]
    illustrative: bool,
    prices: BTreeMap<String, serde_json::Value>,
    #[serde(default)]
    date: Option<String>,
}

/// A loaded price book and what in the file was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadedPriceBook {
    /// The price book.
    pub book: PriceBook,
    /// Keys that matched no catalog item (by id or exact name).
    pub unknown_items: Vec<String>,
}

/// One price read from a file: where it is (for refusals), its item key, its text.
struct PriceRow {
    field: String,
    key: String,
    text: String,
}

/// A JSON number with a fraction as it would be written as a price string with `digits`
/// decimals ("1250.5" -> "1250.50", "1000.0" -> "1000.00"), when it is exactly one: plain
/// digits (no exponent), at most `digits` significant decimals, at most 15 significant
/// digits (what a JSON number keeps exactly).
fn float_example(number: &str, digits: u32) -> Option<String> {
    let (whole, frac) = number.split_once('.').unwrap_or((number, ""));
    let frac = frac.trim_end_matches('0');
    let plain = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let significant = whole.trim_start_matches(['-', '0']).len() + frac.len();
    if !plain(whole.trim_start_matches('-')) || !plain(frac) || frac.len() > digits as usize || significant > 15 {
        return None;
    }
    if digits == 0 {
        return Some(whole.to_string());
    }
    Some(format!("{whole}.{frac:0<width$}", width = digits as usize))
}

/// Drops a UTF-8 byte order mark at the start (Excel's "CSV UTF-8" writes one).
fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

impl PriceBook {
    /// A book without prices in a currency (prices are then typed into the BOQ). The
    /// code is checked by the caller with [`check_currency`].
    pub fn empty(currency: &str) -> PriceBook {
        PriceBook {
            name: "Typed prices".into(),
            currency: currency.to_string(),
            illustrative: false,
            prices: BTreeMap::new(),
            date: None,
        }
    }

    /// Unit price of an item, if priced.
    pub fn price(&self, item: &str) -> Option<Minor> {
        self.prices.get(item).copied()
    }

    /// Checks a book that did not come through [`PriceBook::from_json`] or
    /// [`PriceBook::from_csv`] (one embedded in a saved quote): an ISO 4217 currency with
    /// a minor unit, a name of at most 500 characters, every price 0 to 1,000,000,000
    /// major units.
    pub fn validate(&self) -> Result<(), MoneyError> {
        currency_digits(&self.currency)?;
        check_text("price book name", &self.name).map_err(MoneyError::OutOfBounds)?;
        check_date(self.date.as_deref())?;
        for (item, price) in &self.prices {
            check_text("prices: an item id", item).map_err(MoneyError::OutOfBounds)?;
            check_price(&self.currency, &format!("prices.\"{item}\""), *price)?;
        }
        Ok(())
    }

    /// Parses the JSON format: `{"name": "...", "currency": "USD", "illustrative": true,
    /// "prices": {"<item id or exact name>": "1250.00", ...}}`. A price is a string or a
    /// JSON integer (whole major units); a number with a fraction or exponent, an unknown
    /// field, a file above 1 MB or a value outside the bounds is refused. A UTF-8 byte
    /// order mark at the start is accepted.
    pub fn from_json(catalog: &Catalog, text: &str) -> Result<LoadedPriceBook, MoneyError> {
        check_file_size(WholeFile::PriceBook, text.len()).map_err(MoneyError::OutOfBounds)?;
        let value: serde_json::Value = serde_json::from_str(without_bom(text))
            .map_err(|e| MoneyError::BadFormat(ShapeProblem::Reader(e.to_string())))?;
        let serde_json::Value::Object(fields) = &value else {
            return Err(MoneyError::BadFormat(ShapeProblem::NotAnObject));
        };
        if let Some(unknown) = fields.keys().find(|key| !JSON_FIELDS.contains(&key.as_str())) {
            return Err(MoneyError::UnknownField(unknown.clone()));
        }
        let file: PriceBookFile =
            serde_json::from_value(value).map_err(|e| MoneyError::BadFormat(ShapeProblem::Reader(e.to_string())))?;
        let name = file.name.unwrap_or_else(|| "Price book".into());
        check_text("name", &name).map_err(MoneyError::OutOfBounds)?;
        let currency = check_currency(&file.currency)?;
        let digits = currency_digits(&currency)?;
        let mut rows = Vec::with_capacity(file.prices.len());
        for (key, value) in file.prices {
            check_text("prices: an item key", &key).map_err(MoneyError::OutOfBounds)?;
            let field = format!("prices.\"{key}\"");
            let text = match value {
                serde_json::Value::String(s) => s,
                serde_json::Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
                    (Some(whole), _, _) => whole.to_string(),
                    (None, Some(_), _) => return Err(MoneyError::NegativePrice { field, text: n.to_string() }),
                    (None, None, _) => {
                        let number = n.to_string();
                        let example = float_example(&number, digits);
                        return Err(MoneyError::FloatPrice { field, number, example });
                    }
                },
                other => {
                    let text = match other {
                        serde_json::Value::Array(_) => "[...]".to_string(),
                        serde_json::Value::Object(_) => "{...}".to_string(),
                        scalar => scalar.to_string(),
                    };
                    return Err(MoneyError::BadPrice { field, text });
                }
            };
            rows.push(PriceRow { field, key, text });
        }
        check_date(file.date.as_deref())?;
        let mut loaded = Self::from_rows(catalog, name, currency, file.illustrative, rows)?;
        loaded.book.date = file.date;
        Ok(loaded)
    }

    /// Parses the CSV format: a header with `item`, `unit_price` and `currency` columns
    /// (any order, an optional `illustrative` column: `yes` on any row marks the book).
    /// One currency per file; a UTF-8 byte order mark at the start is accepted; a file
    /// above 1 MB or a value outside the bounds is refused.
    pub fn from_csv(catalog: &Catalog, text: &str) -> Result<LoadedPriceBook, MoneyError> {
        check_file_size(WholeFile::PriceBook, text.len()).map_err(MoneyError::OutOfBounds)?;
        let mut records = without_bom(text)
            .lines()
            .enumerate()
            .filter(|(_, line)| !line.trim().is_empty())
            .map(|(n, line)| (n + 1, split_csv_line(line)));
        let (_, header) = records.next().ok_or(MoneyError::BadFormat(ShapeProblem::Empty))?;
        let column = |name: &str| header.iter().position(|h| h.trim().eq_ignore_ascii_case(name));
        let (item_col, price_col, currency_col) = match (column("item"), column("unit_price"), column("currency")) {
            (Some(i), Some(p), Some(c)) => (i, p, c),
            _ => return Err(MoneyError::BadFormat(ShapeProblem::MissingColumns)),
        };
        let illustrative_col = column("illustrative");
        let mut currency: Option<String> = None;
        let mut illustrative = false;
        let mut rows = Vec::new();
        for (line_no, record) in records {
            let cell = |col: usize| record.get(col).map(|s| s.trim().to_string()).unwrap_or_default();
            let row_currency = check_currency(&cell(currency_col))?;
            match &currency {
                Some(c) if *c != row_currency => {
                    return Err(MoneyError::BadFormat(ShapeProblem::MixedCurrencies {
                        line: line_no,
                        found: row_currency,
                        earlier: c.clone(),
                    }))
                }
                _ => currency = Some(row_currency),
            }
            if let Some(col) = illustrative_col {
                illustrative |= matches!(cell(col).to_ascii_lowercase().as_str(), "yes" | "true" | "1");
            }
            let key = cell(item_col);
            check_text(format!("line {line_no}, item"), &key).map_err(MoneyError::OutOfBounds)?;
            let field = format!("line {line_no}, unit_price of \"{key}\"");
            rows.push(PriceRow { field, key, text: cell(price_col) });
        }
        let currency = currency.ok_or(MoneyError::BadFormat(ShapeProblem::NoPriceLines))?;
        Self::from_rows(catalog, "Price book".into(), currency, illustrative, rows)
    }

    fn from_rows(
        catalog: &Catalog,
        name: String,
        currency: String,
        illustrative: bool,
        rows: Vec<PriceRow>,
    ) -> Result<LoadedPriceBook, MoneyError> {
        let mut prices = BTreeMap::new();
        let mut unknown_items = Vec::new();
        for PriceRow { field, key, text } in rows {
            let price = parse_price_at(&currency, &field, &text)?;
            let item_id = catalog
                .entry(&key)
                .map(|e| e.item.id.clone())
                .or_else(|| catalog.items().find(|e| e.item.name == key).map(|e| e.item.id.clone()));
            match item_id {
                Some(id) => {
                    prices.insert(id, price);
                }
                None => unknown_items.push(key),
            }
        }
        Ok(LoadedPriceBook { book: PriceBook { name, currency, illustrative, prices, date: None }, unknown_items })
    }

    /// Writes the book in the JSON format [`PriceBook::from_json`] reads.
    pub fn to_json(&self) -> String {
        let prices: BTreeMap<&str, String> =
            map_of(self.prices.iter().map(|(id, p)| (id.as_str(), decimal_text(&self.currency, *p))));
        let mut file = serde_json::json!({
            "name": self.name,
            "currency": self.currency,
            "illustrative": self.illustrative,
            "prices": prices,
        });
        if let (Some(date), Some(fields)) = (&self.date, file.as_object_mut()) {
            fields.insert("date".into(), serde_json::Value::String(date.clone()));
        }
        file.to_string()
    }
}

/// How prices a link or file carries differ from the published price book.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PriceDifference {
    /// The whole book is in another currency: (published, carried).
    Currency(String, String),
    /// One quoted item's unit price (`None`: no price there).
    Price {
        /// The item.
        item: ItemId,
        /// Its published price.
        published: Option<Minor>,
        /// Its price in the link or file.
        carried: Option<Minor>,
    },
}

/// What differs between the `published` book and the one a link or file `carried`, for
/// the `quoted` items (its quote's lines, in order). Nothing when they agree on every one;
/// a quote without prices differs on every published price it would drop.
pub fn price_differences<'a>(
    published: &PriceBook,
    carried: Option<&PriceBook>,
    quoted: impl IntoIterator<Item = &'a ItemId>,
) -> Vec<PriceDifference> {
    if let Some(carried) = carried {
        if carried.currency != published.currency {
            return vec![PriceDifference::Currency(published.currency.clone(), carried.currency.clone())];
        }
    }
    quoted
        .into_iter()
        .filter_map(|item| {
            let (ours, theirs) = (published.price(item), carried.and_then(|book| book.price(item)));
            (ours != theirs).then(|| PriceDifference::Price { item: item.clone(), published: ours, carried: theirs })
        })
        .collect()
}

/// A publication date is a real calendar day written `YYYY-MM-DD`.
fn check_date(date: Option<&str>) -> Result<(), MoneyError> {
    match date {
        Some(text) if super::calendar::Date::parse(text).is_none() => Err(MoneyError::BadDate(text.to_string())),
        _ => Ok(()),
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
