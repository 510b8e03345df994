//! The reporter: turns the rules engine's data ([`Fact`], [`FixLabel`], [`Because`],
//! [`Citation`]) into sentences of one language, with the catalog's display names
//! (catalog-rules §8.14). Every surface words findings through it, so the screen, the
//! proposal, the spreadsheet and the command line say the same thing.

use crate::domain::boq::AmountTooLarge;
use crate::domain::catalog::{Catalog, NumericInput};
use crate::domain::rules::{
    Arithmetic, Because, Citation, DateFalls, EditionThatFits, Fact, Finding, FixLabel, InputRef, SideEffect,
};

use super::text::{Language, Texts};

/// Words findings, fixes and reasons in one language.
#[derive(Clone, Copy)]
pub struct Reporter<'a> {
    /// The language's table.
    pub texts: &'static Texts,
    /// The catalog the ids name.
    pub catalog: &'a Catalog,
}

impl<'a> Reporter<'a> {
    /// A reporter for a language.
    pub fn new(catalog: &'a Catalog, language: Language) -> Reporter<'a> {
        Reporter { texts: language.texts(), catalog }
    }

    /// An English reporter (tests, the command line's JSON).
    pub fn english(catalog: &'a Catalog) -> Reporter<'a> {
        Reporter::new(catalog, Language::En)
    }

    fn name(&self, item: &'a str) -> &'a str {
        self.catalog.name_of(item)
    }

    /// Names joined as alternatives: "A, B or C".
    fn either(&self, items: &[String]) -> String {
        self.join(items.iter().map(|item| self.name(item)).collect(), self.texts.words.or)
    }

    /// Names joined as a set: "A, B and C".
    fn both(&self, items: &[String]) -> String {
        self.join(items.iter().map(|item| self.name(item)).collect(), self.texts.words.and)
    }

    fn join(&self, names: Vec<&str>, last: &str) -> String {
        self.texts.join(&names, last)
    }

    /// An answer's name in a sentence.
    pub fn input_label(&self, input: InputRef) -> &'static str {
        let words = &self.texts.words;
        match input {
            InputRef::Number(input) => (words.input)(input).label,
            InputRef::Date(input) => (words.date_input)(input),
            InputRef::Region => words.region_input,
        }
    }

    /// A number of what an answer counts: "8 drill scenarios", "1 assurance day".
    pub fn measure(&self, input: NumericInput, n: u64) -> String {
        (self.texts.words.input)(input).measure.count(n)
    }

    /// How an increment is sized, without a full stop.
    pub fn arithmetic(&self, a: &Arithmetic) -> String {
        let findings = &self.texts.findings;
        let need = self.measure(a.input, a.need);
        match a.quantity {
            0 => findings.sized_none.fill(&need, &a.base_label, a.base_covers, &a.increment_label),
            1 => findings.sized.fill(&need, &a.base_label, a.base_covers, format!("1 {}", a.increment_label)),
            n => findings.sized.fill(&need, &a.base_label, a.base_covers, format!("{n} {}", a.increment_label_plural)),
        }
    }

    /// What a finding says.
    pub fn fact(&self, fact: &Fact) -> String {
        let t = self.texts;
        let f = &t.findings;
        let words = &t.words;
        match fact {
            Fact::MissingBase { item, any_of } => f.missing_base.fill(self.name(item), self.either(any_of)),
            Fact::Companion { suggestions, beside } => f.companion.fill(self.either(suggestions), self.name(beside)),
            Fact::OutsideBand { item, input, band, value, fits } => {
                let label = (words.input)(*input).label;
                let mut sentence =
                    f.outside_band.fill(self.name(item), (words.band)(band.min, band.max), label, *value);
                match fits {
                    EditionThatFits::NotAsked => {}
                    EditionThatFits::Fits { item } => sentence.push_str(&f.edition_fits.fill(self.name(item))),
                    EditionThatFits::None { family } => {
                        sentence.push_str(&f.no_edition_fits.fill(family, *value, label))
                    }
                }
                sentence
            }
            Fact::Concurrency { item, value } => f.concurrency.fill(self.name(item), *value),
            Fact::Excluded { items } => f.excluded.fill(self.both(items)),
            Fact::ExcludedBy { item, partner } => f.excluded_by.fill(self.name(item), self.name(partner)),
            Fact::Sized(arithmetic) => format!("{}{}", self.arithmetic(arithmetic), words.full_stop),
            Fact::QuantityCorrected { item, asked, because } => {
                f.quantity_corrected.fill(self.name(item), *asked, because)
            }
            Fact::QuantityOverride { item, derived, quoted, reason } => {
                f.quantity_override.fill(self.name(item), *quoted, *derived, reason)
            }
            Fact::MissingInput { input, items } => {
                let names: Vec<&str> = items.iter().map(|item| self.name(item)).collect();
                f.missing_input.fill(self.input_label(*input), names.join(words.semicolon))
            }
            Fact::LeadTime { offering, input, date, falls, quote_date, working_days, earliest } => {
                let quote_date = (words.date)(*quote_date);
                let falls = match falls {
                    DateFalls::BeforeQuoteDate => f.before_quote_date.fill(&quote_date),
                    DateFalls::WorkingDaysAfter { days } => (f.working_days_after)(*days, &quote_date),
                };
                let [date, earliest] = [*date, *earliest].map(words.date);
                f.lead_time.fill(offering, (words.date_input)(*input), date, &falls, *working_days, earliest)
            }
            Fact::AmountTooLarge { line, item, amount } => {
                f.amount_too_large.fill(*line, self.name(item), (f.which_amount)(amount))
            }
            Fact::UnknownItem { item } => f.unknown_item.fill(words.quoted.fill(item)),
            Fact::Prerequisite { final_quote, offerings, text } => {
                let offerings = offerings.join(words.comma);
                if *final_quote {
                    f.prerequisite_not_confirmed.fill(&offerings, text)
                } else {
                    f.prerequisite_to_confirm.fill(&offerings, text)
                }
            }
            Fact::NotCovered { area, offering, text } => f.not_covered.fill((words.scope_area)(*area), offering, text),
            Fact::Region { offering, region } => f.region.fill(offering, region),
            Fact::TermOutside { item, term } => f.term_outside.fill(self.name(item), *term),
            Fact::WholeYears { item, term } => f.whole_years.fill(self.name(item), words.month.count(*term)),
            Fact::Notice { text } => text.clone(),
        }
    }

    /// What a finding says.
    pub fn finding(&self, finding: &Finding) -> String {
        self.fact(&finding.fact)
    }

    /// A finding in one sentence, for notes that list several ("Then: ..."): a "needs X"
    /// finding keeps its first clause ("Needs the customer's country / region.").
    pub fn short(&self, fact: &Fact) -> String {
        match fact {
            Fact::MissingInput { input, .. } => self.texts.findings.missing_input_short.fill(self.input_label(*input)),
            other => self.fact(other),
        }
    }

    /// An error a fix would raise, in one sentence.
    pub fn side_effect(&self, side_effect: &SideEffect) -> String {
        self.short(&side_effect.fact)
    }

    /// A fix's button.
    pub fn fix(&self, label: &FixLabel) -> String {
        let x = &self.texts.fixes;
        let words = &self.texts.words;
        match label {
            FixLabel::Add { item } => x.add.fill(self.name(item)),
            FixLabel::AddInstead { item } => x.add_instead.fill(self.name(item)),
            FixLabel::AlreadyHas { item } => x.already_has.fill(self.name(item)),
            FixLabel::SwitchTo { item } => x.switch_to.fill(self.name(item)),
            FixLabel::SwitchFrom { item } => x.switch_from.fill(self.name(item)),
            FixLabel::Remove { item } => x.remove.fill(self.name(item)),
            FixLabel::RemoveUnknown => x.remove_unknown.to_string(),
            FixLabel::RemoveOffering { offering } => x.remove_offering.fill(offering),
            FixLabel::CheckRegion => x.check_region.to_string(),
            FixLabel::MoveDate { input, date } => x.move_date.fill((words.date_input)(*input), (words.date)(*date)),
            FixLabel::SetTerm { months } => x.set_term.fill(*months),
            FixLabel::SetQuantity { quantity } => x.set_quantity.fill(*quantity),
            FixLabel::ReturnToDerived { derived } => x.return_to_derived.fill(*derived),
            FixLabel::Enter { input } => x.enter.fill(self.input_label(*input)),
            FixLabel::Confirm => x.confirm.to_string(),
            FixLabel::TakeOutOfScope { area } => x.take_out_of_scope.fill((words.scope_area)(*area)),
        }
    }

    /// Why a line has its quantity, without a full stop.
    pub fn because(&self, because: &Because) -> String {
        let b = &self.texts.because;
        match because {
            Because::Sized(arithmetic) => self.arithmetic(arithmetic),
            Because::Base { input, covers, increment_label_plural } => {
                b.base.fill(self.measure(*input, *covers), increment_label_plural)
            }
            Because::Blocks { input, need, quantity, per_unit } => {
                b.blocks.fill(self.measure(*input, *need), self.texts.words.block.count(*quantity), *per_unit)
            }
            Because::OncePerQuote { because } => b.once_per_quote.fill(because),
            Because::PerEngagement { input, need } => b.per_engagement.fill(self.measure(*input, *need)),
        }
    }

    /// A source on one line: a seed sentence or an assumption.
    pub fn citation(&self, citation: &Citation) -> String {
        let f = &self.texts.findings;
        match citation {
            Citation::Seed { file, sentence } => f.cite_seed.fill(file, sentence),
            Citation::Assumption { section, text } => f.cite_decision.fill(section, text),
        }
    }

    /// A finding's sources, one a line.
    pub fn sources(&self, finding: &Finding) -> String {
        finding.citations.iter().map(|citation| self.citation(citation)).collect::<Vec<_>>().join("\n")
    }

    /// The sentence naming the amount the BOQ cannot hold.
    pub fn refused(&self, refused: &AmountTooLarge) -> String {
        let f = &self.texts.findings;
        f.amount_too_large.fill(refused.line, self.name(&refused.item), (f.which_amount)(&refused.amount))
    }
}
