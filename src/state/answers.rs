//! The customer's answers and the quote's settings, by name: what a question or a setting
//! field changes. Each is one undoable edit, as the quote operations are
//! (`operations.rs`); a view says which answer was given, not how the session stores it.

use std::collections::BTreeSet;

use crate::domain::calendar::Date;
use crate::domain::catalog::{DateInput, NumericInput};
use crate::domain::profile::Coverage;
use crate::domain::quote::QuoteStatus;
use crate::domain::session::{Mode, Session};

use super::store::Store;

impl Store {
    /// Answers a numeric question (`None` clears it).
    pub fn answer_number(&self, input: NumericInput, value: Option<u64>) {
        self.edit(|s| s.profile.set_number(input, value));
    }

    /// Answers one question for both platforms at once (the shared sizing field).
    pub fn answer_numbers(&self, inputs: [NumericInput; 2], value: Option<u64>) {
        self.edit(|s| s.profile.set_numbers(&inputs, value));
    }

    /// Answers a date question (`None` clears it).
    pub fn answer_date(&self, input: DateInput, value: Option<Date>) {
        self.edit(|s| s.profile.set_date(input, value));
    }

    /// Answers a yes / no question; `answer` says which one it sets.
    pub fn answer_flag(&self, answer: fn(&mut Session, bool), value: bool) {
        self.edit(|s| answer(s, value));
    }

    /// Ticks or unticks one member of a set of answers (a prerequisite, a scope area).
    pub fn answer_member<T: Ord + Copy>(&self, set: fn(&mut Session) -> &mut BTreeSet<T>, value: T, on: bool) {
        self.edit(|s| {
            if on {
                set(s).insert(value);
            } else {
                set(s).remove(&value);
            }
        });
    }

    /// Says whether both platforms are sized by one set of numbers.
    pub fn size_both_platforms_alike(&self, alike: bool) {
        self.edit(|s| s.profile.set_same_numbers_on_both_platforms(alike));
    }

    /// The monitoring coverage the customer needs.
    pub fn answer_coverage(&self, coverage: Option<Coverage>) {
        self.edit(|s| s.profile.coverage = coverage);
    }

    /// The customer's name, trimmed.
    pub fn set_customer_name(&self, name: &str) {
        let name = name.trim().to_string();
        self.edit(|s| s.profile.customer_name = name);
    }

    /// The customer's country / region (`None` when not chosen).
    pub fn set_region(&self, region: Option<String>) {
        self.edit(|s| s.profile.region = region);
    }

    /// The date the quote is made on (lead times count from it).
    pub fn set_quote_date(&self, date: Date) {
        self.edit(|s| s.profile.quote_date = date);
    }

    /// The public holidays lead times skip.
    pub fn set_holidays(&self, holidays: BTreeSet<Date>) {
        self.edit(|s| s.profile.holidays = holidays);
    }

    /// The quote's title, trimmed.
    pub fn set_quote_title(&self, title: &str) {
        let title = title.trim().to_string();
        self.edit(|s| s.quote.title = title);
    }

    /// The quote's term in months (checked by the field against 1-36).
    pub fn set_quote_term(&self, months: u32) {
        self.edit(|s| s.quote.term_months = months);
    }

    /// Draft or final.
    pub fn set_quote_status(&self, status: QuoteStatus) {
        self.edit(|s| s.quote.status = status);
    }

    /// Customer or sales-engineer mode.
    pub fn set_mode(&self, mode: Mode) {
        self.edit(|s| s.mode = mode);
    }
}
