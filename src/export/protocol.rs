//! The messages between the page and the export worker, as typed data on both sides
//! (serde JSON). The page posts an [`ExportRequest`]; the worker posts
//! [`WorkerMessage::Ready`] once its handler is installed (a message sent to a wasm worker
//! before that is lost), then one [`WorkerMessage`] per request, with the file's bytes
//! beside a [`WorkerMessage::Done`] (`[message, Uint8Array]`), so they are not copied
//! into JSON. A failure is typed in the worker ([`ExportProblem`]) and worded there, in the
//! request's language, by the same message catalog: the page reads a short message and
//! carries no reader for every problem (its wasm stays small).

use serde::{Deserialize, Serialize};

use super::{ExportError, Format};
use crate::domain::price_book::PriceBook;

/// What the page asks the worker for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Wanted {
    /// A file to download.
    File(Format),
    /// The proposal document (`present::document::ProposalDocument`, in postcard form) for the print
    /// view: its builder lives in the worker, so the page's wasm does not carry it.
    Proposal,
}

/// A request for one file or the proposal document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportRequest {
    /// Matches the answer to the request.
    pub id: u32,
    /// What is wanted.
    pub wanted: Wanted,
    /// The BCP 47 tag of the file's language.
    pub language: String,
    /// The quote, as a saved quote file (read by the same loader as a file).
    pub session: String,
    /// The page's address without its fragment, for the printed proposal's link back to
    /// the quote (absent: no link).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_base: Option<String>,
    /// The price book published with the app, when there is one: a proposal whose prices
    /// differ from it says so (checked by the worker like any price book; one that does
    /// not pass is left out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<PriceBook>,
}

/// Why the worker could not write a file (worded by `screen.export_problem`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportProblem {
    /// The request was not an [`ExportRequest`].
    UnreadableRequest {
        /// What the JSON reader said.
        detail: String,
    },
    /// The request names a language the worker does not speak.
    UnknownLanguage {
        /// The tag.
        tag: String,
    },
    /// The embedded catalog did not load.
    CatalogUnavailable {
        /// Why.
        detail: String,
    },
    /// The quote was refused by the loader.
    UnreadableQuote {
        /// Why.
        detail: String,
    },
    /// A file writer refused.
    Writer(ExportError),
}

/// A message from the worker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkerMessage {
    /// The handler is installed: requests may be posted.
    Ready,
    /// The answer to request `id` is ready (its bytes travel beside this message: the file,
    /// or the proposal document's JSON).
    Done {
        /// The request.
        id: u32,
    },
    /// The file of request `id` could not be written.
    Failed {
        /// The request (0 when the request could not be read).
        id: u32,
        /// Why, worded in the request's language.
        reason: String,
    },
}

impl ExportRequest {
    /// The request as the page posts it.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a posted request.
    pub fn from_json(text: &str) -> Result<ExportRequest, ExportProblem> {
        serde_json::from_str(text).map_err(|error| ExportProblem::UnreadableRequest { detail: error.to_string() })
    }
}

impl WorkerMessage {
    /// The message as the worker posts it.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a posted message (`None` for anything else).
    pub fn from_json(text: &str) -> Option<WorkerMessage> {
        serde_json::from_str(text).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_and_messages_round_trip() {
        let mut published = PriceBook::empty("SGD");
        published.prices.insert("om-chaos-basic".into(), crate::domain::money::Minor(900_000));
        for wanted in [Wanted::File(Format::Docx), Wanted::File(Format::Csv), Wanted::Proposal] {
            let request = ExportRequest {
                id: 7,
                wanted,
                language: "en".into(),
                session: "{\"version\":2}".into(),
                link_base: Some("https://example.test/app/".into()),
                published: Some(published.clone()),
            };
            assert_eq!(ExportRequest::from_json(&request.to_json()), Ok(request));
        }
        for message in [
            WorkerMessage::Ready,
            WorkerMessage::Done { id: 3 },
            WorkerMessage::Failed { id: 0, reason: "the export request could not be read".into() },
            WorkerMessage::Failed { id: 4, reason: "the Word document could not be written: zip".into() },
        ] {
            assert_eq!(WorkerMessage::from_json(&message.to_json()), Some(message));
        }
    }

    #[test]
    fn a_request_with_an_unknown_field_or_format_is_refused() {
        let unknown_format = r#"{"id":1,"wanted":{"file":"pdf"},"language":"en","session":"{}"}"#;
        assert!(matches!(ExportRequest::from_json(unknown_format), Err(ExportProblem::UnreadableRequest { .. })));
        let extra = r#"{"id":1,"wanted":{"file":"csv"},"language":"en","session":"{}","x":1}"#;
        assert!(matches!(ExportRequest::from_json(extra), Err(ExportProblem::UnreadableRequest { .. })));
        assert_eq!(WorkerMessage::from_json("ready"), None);
    }

    #[test]
    fn problems_are_worded_by_the_catalog() {
        let texts = crate::present::text::Language::En.texts();
        let problem = ExportProblem::Writer(ExportError::Document("zip".into()));
        assert_eq!((texts.screen.export_problem)(&problem), "the Word document could not be written: zip");
        let unknown = ExportProblem::UnknownLanguage { tag: "fr".into() };
        assert_eq!((texts.screen.export_problem)(&unknown), "the export tools do not have the language fr");
    }
}
