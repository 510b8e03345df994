//! Issuing a quote (catalog-rules §11): a final proposal or spreadsheet exported, or a
//! share link made of a final quote, records the next revision before the file or link is
//! made, so what is sent is that revision. A draft, or a final quote with an open error
//! (its proposal is stamped DRAFT), is not issued.

use leptos::prelude::*;

use crate::domain::quote::QuoteStatus;
use crate::domain::revisions::IssuedAs;
use crate::web;

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
        let mut number = 0;
        self.edit(|s| number = s.issue(today, how));
        if Some(number) != latest {
            self.tell(self.texts().revisions.issued.fill(number));
        }
    }
}
