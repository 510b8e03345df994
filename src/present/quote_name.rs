//! The name a quote is listed under when the user has not renamed it: its customer and
//! its title ("ACME · Year-end event"), either alone, or "Untitled quote".

use crate::domain::session::Session;
use crate::present::text::Texts;

/// The quote's name, from its customer and title.
pub fn quote_name(texts: &Texts, session: &Session) -> String {
    let customer = session.profile.customer_name.trim();
    let title = session.quote.title.trim();
    match (customer.is_empty(), title.is_empty()) {
        (false, false) => texts.shelf.customer_and_title.fill(customer, title),
        (false, true) => customer.to_string(),
        (true, false) => title.to_string(),
        (true, true) => texts.shelf.untitled.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::text::Language;

    #[test]
    fn a_quote_is_named_after_its_customer_and_title() {
        let texts = Language::En.texts();
        let mut session = Session::new();
        assert_eq!(quote_name(texts, &session), "Untitled quote");
        session.quote.title = " Year-end event ".into();
        assert_eq!(quote_name(texts, &session), "Year-end event");
        session.profile.customer_name = "ACME".into();
        assert_eq!(quote_name(texts, &session), "ACME \u{b7} Year-end event");
        session.quote.title.clear();
        assert_eq!(quote_name(texts, &session), "ACME");
    }
}
