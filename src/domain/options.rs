//! The options of one quote (catalog-rules §10): up to three variants that share the
//! customer profile, each with its own lines, terms, discounts, overrides and exceptions.
//!
//! The option being edited lives in the session's [`Quote`] itself, so every view, rule
//! and export that reads the quote reads that option unchanged; the others wait here,
//! parked. Switching swaps the parked content in. Each option is evaluated alone
//! ([`QuoteOptions::quotes`] gives each one as a whole quote), so a finding of one option
//! never appears in another.

use serde::{Deserialize, Serialize};

use super::quote::{Exception, Quote, QuoteLine};

/// At most this many options in one quote (catalog-rules §10).
pub const MAX_OPTIONS: usize = 3;

/// The letters options are known by before they are named, in the order they are given.
pub const OPTION_LETTERS: [char; MAX_OPTIONS] = ['A', 'B', 'C'];

/// What one option holds on its own (catalog-rules §10); the title, status and price book
/// are the quote's and shared.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct OptionContent {
    /// Its lines, with their terms, discounts and overrides.
    pub lines: Vec<QuoteLine>,
    /// Its default term for periodic lines, in months.
    pub term_months: u32,
    /// Its recorded exceptions.
    pub exceptions: Vec<Exception>,
}

impl Default for OptionContent {
    fn default() -> Self {
        OptionContent::of(&Quote::default())
    }
}

impl OptionContent {
    /// The option content a quote holds.
    pub fn of(quote: &Quote) -> OptionContent {
        OptionContent {
            lines: quote.lines().to_vec(),
            term_months: quote.term_months,
            exceptions: quote.exceptions.clone(),
        }
    }

    /// Puts this content into a quote, keeping the quote's shared title, status and prices.
    pub fn put_into(self, quote: &mut Quote) {
        quote.replace_lines(self.lines);
        quote.term_months = self.term_months;
        quote.exceptions = self.exceptions;
    }
}

/// One option as kept.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct QuoteOption {
    /// The letter it is known by until named ('A', 'B' or 'C'; kept when others are
    /// removed, so "Option B" stays B).
    pub letter: char,
    /// The name the user gave it ("" when unnamed: it is then called by its letter).
    #[serde(default)]
    pub name: String,
    /// Its content while another option is edited; `None` for the option being edited,
    /// whose content is the session's quote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parked: Option<OptionContent>,
}

/// The options of a quote, in the order the user sees them.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct QuoteOptions {
    /// The options (1 to [`MAX_OPTIONS`]).
    list: Vec<QuoteOption>,
    /// The position of the option being edited.
    active: usize,
}

impl Default for QuoteOptions {
    fn default() -> Self {
        QuoteOptions {
            list: vec![QuoteOption { letter: OPTION_LETTERS[0], name: String::new(), parked: None }],
            active: 0,
        }
    }
}

/// Why a saved quote's options cannot be read as they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OptionsProblem {
    /// No option, or more than [`MAX_OPTIONS`].
    Count(usize),
    /// The option being edited is not one of them, or one option other than it has no
    /// content (or it has content of its own besides the quote's).
    Edited,
    /// A letter other than A, B or C, or one letter given twice.
    Letters,
}

/// One option, as the compare view and the exports read it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionQuote {
    /// Its letter.
    pub letter: char,
    /// Its name ("" when unnamed).
    pub name: String,
    /// Whether it is the option being edited.
    pub active: bool,
    /// The whole quote of this option: its content with the quote's title, status and prices.
    pub quote: Quote,
}

impl QuoteOptions {
    /// Whether the quote has one option only (the common case: no option is named on
    /// any surface, and the saved file leaves them out).
    pub fn is_single(&self) -> bool {
        matches!(self.list.as_slice(), [only] if only.name.is_empty())
    }

    /// How many options there are.
    pub fn count(&self) -> usize {
        self.list.len()
    }

    /// The options as kept.
    pub fn list(&self) -> &[QuoteOption] {
        &self.list
    }

    /// The position of the option being edited.
    pub fn active(&self) -> usize {
        self.active
    }

    /// The option being edited (always there: `check` holds `active` inside the list
    /// for every value read, and every change here keeps it so).
    pub fn active_option(&self) -> Option<&QuoteOption> {
        self.list.get(self.active)
    }

    /// Whether another option can be added.
    pub fn can_add(&self) -> bool {
        self.list.len() < MAX_OPTIONS
    }

    /// Checks the shape a loaded file gives.
    pub fn check(&self) -> Result<(), OptionsProblem> {
        if self.list.is_empty() || self.list.len() > MAX_OPTIONS {
            return Err(OptionsProblem::Count(self.list.len()));
        }
        if self.active >= self.list.len() {
            return Err(OptionsProblem::Edited);
        }
        for (n, option) in self.list.iter().enumerate() {
            if (n == self.active) != option.parked.is_none() {
                return Err(OptionsProblem::Edited);
            }
            if !OPTION_LETTERS.contains(&option.letter) || self.list.iter().take(n).any(|o| o.letter == option.letter) {
                return Err(OptionsProblem::Letters);
            }
        }
        Ok(())
    }

    /// Every option as a whole quote, in order; `quote` is the session's (edited) quote.
    pub fn quotes(&self, quote: &Quote) -> Vec<OptionQuote> {
        self.list
            .iter()
            .enumerate()
            .map(|(n, option)| {
                let quote = match &option.parked {
                    Some(content) => {
                        let mut parked = quote.clone();
                        content.clone().put_into(&mut parked);
                        parked
                    }
                    None => quote.clone(),
                };
                OptionQuote { letter: option.letter, name: option.name.clone(), active: n == self.active, quote }
            })
            .collect()
    }

    /// Edits the option at `position` instead (no-op when it is the one edited or absent).
    pub fn switch_to(&mut self, position: usize, quote: &mut Quote) {
        if position == self.active {
            return;
        }
        let Some(content) = self.list.get_mut(position).and_then(|option| option.parked.take()) else { return };
        if let Some(edited) = self.list.get_mut(self.active) {
            edited.parked = Some(OptionContent::of(quote));
        }
        content.put_into(quote);
        self.active = position;
    }

    /// Adds a copy of the option being edited after the last one and edits the copy;
    /// returns whether there was room.
    pub fn copy_active(&mut self, quote: &mut Quote) -> bool {
        let Some(letter) = OPTION_LETTERS.into_iter().find(|l| self.list.iter().all(|o| o.letter != *l)) else {
            return false;
        };
        if !self.can_add() {
            return false;
        }
        if let Some(edited) = self.list.get_mut(self.active) {
            edited.parked = Some(OptionContent::of(quote));
        }
        self.list.push(QuoteOption { letter, name: String::new(), parked: None });
        self.active = self.list.len() - 1;
        true
    }

    /// Renames the option at `position` (a name of spaces only makes it unnamed).
    pub fn rename(&mut self, position: usize, name: &str) {
        if let Some(option) = self.list.get_mut(position) {
            option.name = name.trim().to_string();
        }
    }

    /// Removes the option at `position` (not the last one left); when it was the one
    /// edited, the option before it (else after it) is edited instead. Returns whether it
    /// was removed.
    pub fn remove(&mut self, position: usize, quote: &mut Quote) -> bool {
        if self.list.len() <= 1 || position >= self.list.len() {
            return false;
        }
        if position == self.active {
            let next = if position > 0 { position - 1 } else { 1 };
            self.switch_to(next, quote);
        }
        self.list.remove(position);
        if self.active > position {
            self.active -= 1;
        }
        true
    }

    /// Keeps the option being edited alone (the others are dropped), as the final
    /// proposal of a chosen option holds it (catalog-rules §10).
    pub fn only_active(&self) -> QuoteOptions {
        match self.active_option() {
            Some(option) => QuoteOptions { list: vec![QuoteOption { parked: None, ..option.clone() }], active: 0 },
            None => QuoteOptions::default(),
        }
    }
}

impl QuoteOptions {
    /// Keeps the first line of a repeated item in every parked option, as the quote does
    /// for its own lines (an edited file may repeat one).
    pub fn keep_one_line_per_item(&mut self) {
        for option in &mut self.list {
            if let Some(content) = &mut option.parked {
                content.lines = Quote::from_lines(std::mem::take(&mut content.lines)).lines().to_vec();
            }
        }
    }
}
