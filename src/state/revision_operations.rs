//! Issuing a quote (catalog-rules §11): a final proposal or spreadsheet exported, or a
//! share link made of a final quote, records the next revision before the file or link is
//! made, so what is sent is that revision. A draft, or a final quote with an open error
//! (its proposal is stamped DRAFT), is not issued. An issue is not an undo step: undo
//! never takes back what was sent, so a revision number never names two contents.

use leptos::prelude::*;

use crate::domain::quote::QuoteStatus;
use crate::domain::revisions::{IssuedAs, Revision};
use crate::domain::session::Session;
use crate::present::revisions::change_sentences;
use crate::present::text::Language;
use crate::present::words::Reporter;
use crate::web;

use super::shelf::quote_key;
use super::store::Store;

impl Store {
    /// Records the next revision when the quote is final and can be issued, and says so
    /// when it is a new one (the same content issued again is the same revision).
    pub fn issue(&self, how: IssuedAs) {
        let issuable = self.evaluation.with_untracked(|evaluation| evaluation.can_issue());
        let latest = self.with_untracked(|s| {
            (s.quote.status == QuoteStatus::Final).then(|| s.revisions.latest().map(|revision| revision.number))
        });
        let (true, Some(latest)) = (issuable, latest) else { return };
        let today = web::today();
        // Issued on a copy: the same content issued again changes nothing.
        let recorded = self.with_untracked(|s| {
            let mut issued = s.clone();
            let number = issued.issue(today, how);
            (Some(number) != latest).then_some((number, issued.revisions))
        });
        let Some((number, revisions)) = recorded else { return };
        self.change_for_good(|s| s.revisions = revisions.clone());
        self.tell(self.texts().revisions.issued.fill(number));
    }

    /// The latest revision this browser keeps of the quote with id `id`, and the name the
    /// quote is kept under: the open quote first, then the others in the list (each read
    /// from storage; one that cannot be read is passed over).
    pub fn kept_revision(&self, id: &str) -> Option<(String, Revision)> {
        if id.is_empty() {
            return None;
        }
        let latest =
            |session: &Session| (session.revisions.id == id).then(|| session.revisions.latest().cloned()).flatten();
        let shelf = self.shelf();
        let name_of = |entry_id| {
            shelf.and_then(|shelf| shelf.library.with_untracked(|l| l.entry(entry_id).map(|entry| entry.name.clone())))
        };
        if let Some(revision) = self.with_untracked(latest) {
            let current = shelf.map(|shelf| shelf.library.with_untracked(|l| l.current.clone()));
            return Some((current.as_ref().and_then(name_of).unwrap_or_default(), revision));
        }
        let entries =
            shelf?.library.with_untracked(|l| l.quotes.iter().map(|entry| entry.id.clone()).collect::<Vec<_>>());
        entries.iter().find_map(|entry| {
            let text = web::storage::load(&quote_key(entry)).ok().flatten()?;
            let session = Session::from_json(&text).ok()?.session;
            Some((name_of(entry).unwrap_or_default(), latest(&session)?))
        })
    }

    /// For a quote about to be opened from a link or a file: when this browser keeps the
    /// same quote (its id), which revision is kept, and what the incoming quote changes
    /// against it, a sentence each (catalog-rules §11), in `language`.
    pub fn changes_since_kept(&self, incoming: &Session, language: Language) -> Option<(String, Vec<String>)> {
        let (name, kept) = self.kept_revision(&incoming.revisions.id)?;
        let catalog = self.catalog();
        let texts = language.texts();
        let words = Reporter::new(&catalog, language);
        let mut sentences =
            change_sentences(&words, &kept.content.boq(&catalog), &incoming.issued_content().boq(&catalog));
        if sentences.is_empty() {
            sentences.push(texts.revisions.no_changes.fill(kept.number));
        }
        Some((texts.revisions.kept.fill(kept.number, name), sentences))
    }
}
