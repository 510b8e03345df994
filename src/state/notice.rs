//! A message for the user and the button it may offer: what the store shows and the
//! shelf reports. Its own file so the two share it without importing each other.

/// A message for the user (saved, could not save, file refused, ...).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The text.
    pub text: String,
    /// Whether it reports a problem (shown as an alert).
    pub problem: bool,
    /// A button offered with it.
    pub action: Option<NoticeAction>,
}

/// What a notice's button does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeAction {
    /// Bring back the quote just deleted.
    UndoDelete,
}

impl Notice {
    /// A plain message.
    pub fn info(text: impl Into<String>) -> Notice {
        Notice { text: text.into(), problem: false, action: None }
    }

    /// A problem (announced as an alert).
    pub fn problem(text: impl Into<String>) -> Notice {
        Notice { text: text.into(), problem: true, action: None }
    }
}
