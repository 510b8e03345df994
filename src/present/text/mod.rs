//! The message catalog: every word the app writes itself, one table per language.
//!
//! [`Texts`] is the list of keys. A key is a field: a fixed text (`&'static str`), a
//! counted noun ([`Noun`], so a number never meets "(s)"), or a function of its typed
//! parameters (`fn(u32, &str) -> String`). A language is one `static` value of [`Texts`]
//! (English: [`en::EN`]). The compiler checks a table for completeness: a missing key is a
//! missing field and does not build; a parameter a translation leaves out is an unused
//! closure argument, which `clippy -D warnings` refuses (a test also scans the tables for a
//! parameter silenced with `_`).
//!
//! Seed texts (item names, descriptions, deliverables, scope, cited sentences) are not
//! here: they stay data, verbatim, in the catalog (catalog-rules §12).
//!
//! To add a wording: add a field to the struct of its area with a `///` line saying where
//! it shows, then its text to every table. To add a language: copy `en.rs`, translate each
//! field, add a [`Language`] variant and its arm in [`Language::texts`].

pub mod en;
pub mod id;
pub mod installed;
mod keys;
mod template;
pub mod zh;

pub use keys::*;

use crate::domain::bounds::grouped_with;
use crate::domain::money::{format_amount_marked, DiscountBp, Minor};
pub use template::{Text1, Text2, Text3, Text4, Text5, Text6};

/// A language the app speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Language {
    /// English.
    #[default]
    En,
    /// Simplified Chinese (zh-CN).
    ZhCn,
    /// Indonesian (Bahasa Indonesia).
    Id,
}

impl Language {
    /// Every language, in the order the language menu lists them.
    pub const ALL: [Language; 3] = [Language::En, Language::ZhCn, Language::Id];

    /// The BCP 47 tag (`<html lang>`, `--lang`).
    pub fn tag(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::ZhCn => "zh-CN",
            Language::Id => "id",
        }
    }

    /// The language of a BCP 47 tag, if the app speaks it ("en-GB" is English; any
    /// Chinese is Simplified Chinese, the only Chinese the app writes; "in" is the old tag
    /// of Indonesian, still sent by some Android browsers).
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Language::En),
            "zh" => Some(Language::ZhCn),
            "id" | "in" => Some(Language::Id),
            _ => None,
        }
    }

    /// The first language of the browser's preference list the app speaks.
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<Language> {
        tags.into_iter().find_map(Language::from_tag)
    }

    /// The language's own name, in itself (the language menus): known before its table is
    /// loaded, so a menu can offer a language whose words are not in the page yet.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::ZhCn => "简体中文",
            Language::Id => "Bahasa Indonesia",
        }
    }

    /// Its table; English while the table of a language loaded on demand is not in the page
    /// (the screen never switches to such a language before its table is: [`installed`]).
    pub fn texts(self) -> &'static Texts {
        match self {
            Language::En => &en::EN,
            other => installed::table(other).unwrap_or(&en::EN),
        }
    }

    /// Whether its table is in the page (always, except for a language loaded on demand
    /// that has not been loaded yet).
    pub fn is_ready(self) -> bool {
        self == Language::En || installed::table(self).is_some()
    }
}

impl Texts {
    /// An amount with its currency, in this language's marks ("USD 1,234.50", "IDR
    /// 1.234.567", "USD 1.234,50").
    pub fn amount(&self, currency: &str, amount: Minor) -> String {
        format_amount_marked(currency, amount, self.words.marks.decimal, self.words.marks.group)
    }

    /// A whole number with this language's thousands mark ("100,000", "100.000").
    pub fn number(&self, value: u64) -> String {
        grouped_with(value, self.words.marks.group)
    }

    /// An introduction to service texts, followed in Chinese and Indonesian by the line
    /// saying those texts stay in English (catalog-rules §12). Appended to the same
    /// paragraph, so every language's document has the same structure.
    pub fn with_seed_note(&self, intro: &str) -> String {
        match self.words.seed_texts_english {
            "" => intro.to_string(),
            note => format!("{intro} {note}"),
        }
    }

    /// Parts joined as a list, `last` between the last two: "A, B and C" with
    /// [`Words::and`], "A, B or C" with [`Words::or`].
    pub fn join(&self, parts: &[&str], last: &str) -> String {
        match parts.split_last() {
            None => String::new(),
            Some((only, [])) => only.to_string(),
            Some((tail, head)) => format!("{}{last}{tail}", head.join(self.words.comma)),
        }
    }

    /// A discount's percentage with this language's decimal mark ("12.5", "12,5").
    pub fn percent(&self, discount: DiscountBp) -> String {
        discount.percent_text().replace('.', &self.words.marks.decimal.to_string())
    }
}

/// A noun with the form after 1 and the form after any other number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Noun {
    /// The form after 1.
    pub one: &'static str,
    /// The form after any other number.
    pub many: &'static str,
}

impl Noun {
    /// The form that follows `n`.
    pub fn form(self, n: u64) -> &'static str {
        if n == 1 {
            self.one
        } else {
            self.many
        }
    }

    /// "1 line", "0 lines", "4 lines".
    pub fn count(self, n: impl Into<u64>) -> String {
        let n = n.into();
        format!("{n} {}", self.form(n))
    }

    /// [`Noun::count`] for a length.
    pub fn count_of(self, n: usize) -> String {
        self.count(u64::try_from(n).unwrap_or(u64::MAX))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_name_the_language() {
        assert_eq!(Language::from_tag("en-GB"), Some(Language::En));
        assert_eq!(Language::from_tag("EN"), Some(Language::En));
        assert_eq!(Language::from_tag("zh-CN"), Some(Language::ZhCn));
        assert_eq!(Language::from_tag("zh-Hans-SG"), Some(Language::ZhCn));
        assert_eq!(Language::from_tag("id-ID"), Some(Language::Id));
        assert_eq!(Language::from_tag("in"), Some(Language::Id));
        assert_eq!(Language::from_tag("fr-FR"), None);
        assert_eq!(Language::preferred(["fr-FR", "id", "en"]), Some(Language::Id));
        assert_eq!(Language::preferred(["fr-FR", "de"]), None);
        for language in Language::ALL {
            assert_eq!(Language::from_tag(language.tag()), Some(language));
        }
        assert_eq!(Language::from_tag(""), None);
    }

    #[test]
    fn nouns_count_zero_one_and_many() {
        let line = Language::En.texts().words.line;
        assert_eq!(line.count(0u32), "0 lines");
        assert_eq!(line.count(1u32), "1 line");
        assert_eq!(line.count(4u32), "4 lines");
    }

    /// The parameters of a closure head `|a, b: &str|` that start with `_`.
    fn silenced_parameters(line: &str) -> Vec<String> {
        let parts: Vec<&str> = line.split('|').collect();
        let is_head = |text: &str| {
            !text.trim().is_empty() && text.chars().all(|c| c.is_ascii_alphanumeric() || " _,:&<>'[]".contains(c))
        };
        parts
            .iter()
            .skip(1)
            .step_by(2)
            .filter(|head| is_head(head))
            .flat_map(|head| head.split(','))
            .map(|param| param.trim().to_string())
            .filter(|param| param.starts_with('_'))
            .collect()
    }

    #[test]
    fn the_scan_finds_a_silenced_parameter() {
        assert_eq!(silenced_parameters("    needs: |n, _name| format!(\"{n}\"),"), vec!["_name".to_string()]);
        assert!(silenced_parameters("    needs: |n, name| format!(\"{n} {name}\"),").is_empty());
    }

    /// A translation that silences a parameter with `_` would drop a number or a name
    /// from its sentence (the compiler cannot see it then): the tables never do.
    #[test]
    fn no_table_silences_a_parameter() {
        for (file, source) in
            [("en.rs", include_str!("en.rs")), ("zh.rs", include_str!("zh.rs")), ("id.rs", include_str!("id.rs"))]
        {
            for (n, line) in source.lines().enumerate() {
                let silenced = silenced_parameters(line);
                assert!(silenced.is_empty(), "{file}:{}: {silenced:?} in {line}", n + 1);
            }
        }
    }
}
