//! Wordings with parameters, as data: `Text2::new("Add {0} to {1}")`. A wording is a
//! string with numbered placeholders, checked when the table is compiled: `new` is a
//! `const fn` that refuses (a compile error, since the tables are `static`) a wording that
//! leaves out one of its parameters, names one it does not have, or holds any other brace.
//! One `fill` routine writes them all, so a table costs its strings, not code per wording
//! (which keeps every language small in the page's wasm).

use std::fmt::{Display, Write};

/// Checks at compile time that `template` uses exactly the placeholders `{0}` to
/// `{count - 1}` (each at least once) and no other brace.
// The tables are `static`, so this runs in the compiler: a panic here is a build error,
// never a panic in the app (the indexing stays inside `bytes.len()` as checked).
#[allow(clippy::panic, clippy::indexing_slicing)]
const fn check(template: &str, count: usize) {
    let bytes = template.as_bytes();
    let mut seen = [false; 10];
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => {
                if i + 2 >= bytes.len() {
                    panic!("a wording ends inside a placeholder");
                }
                let digit = bytes[i + 1];
                if digit < b'0' || digit > b'9' || bytes[i + 2] != b'}' {
                    panic!("a wording holds a brace that is not a placeholder from zero to nine");
                }
                let n = (digit - b'0') as usize;
                if n >= count {
                    panic!("a wording names a parameter it does not have");
                }
                seen[n] = true;
                i += 3;
            }
            b'}' => panic!("a wording holds a closing brace outside a placeholder"),
            _ => i += 1,
        }
    }
    let mut n = 0;
    while n < count {
        if !seen[n] {
            panic!("a wording leaves out one of its parameters");
        }
        n += 1;
    }
}

/// Writes `template` with its placeholders replaced by `args` (checked by [`check`]).
fn fill(template: &str, args: &[&dyn Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16 * args.len());
    let mut rest = template;
    while let Some(at) = rest.find('{') {
        out.push_str(&rest[..at]);
        let digit = rest.as_bytes().get(at + 1).map(|d| usize::from(d.wrapping_sub(b'0')));
        if let Some(arg) = digit.and_then(|n| args.get(n)) {
            let _ = write!(out, "{arg}");
        }
        rest = rest.get(at + 3..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

macro_rules! text {
    ($name:ident, $count:literal, $($arg:ident: $ty:ident),+) => {
        #[doc = concat!("A wording with ", stringify!($count), " parameters (`{0}`", $(" ", stringify!($arg),)+ ").")]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub struct $name(&'static str);

        impl $name {
            /// A wording, for a `static` table: a placeholder left out or out of range does
            /// not compile.
            pub const fn new(template: &'static str) -> $name {
                check(template, $count);
                $name(template)
            }

            /// The wording with its parameters.
            pub fn fill<$($ty: Display),+>(&self, $($arg: $ty),+) -> String {
                fill(self.0, &[$(&$arg),+])
            }
        }
    };
}

text!(Text1, 1, a: A);
text!(Text2, 2, a: A, b: B);
text!(Text3, 3, a: A, b: B, c: C);
text!(Text4, 4, a: A, b: B, c: C, d: D);
text!(Text5, 5, a: A, b: B, c: C, d: D, e: E);
text!(Text6, 6, a: A, b: B, c: C, d: D, e: E, f: F);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_in_any_order_and_repeated() {
        assert_eq!(Text2::new("{1} before {0}").fill("a", 2), "2 before a");
        assert_eq!(Text1::new("{0} and {0}").fill(7), "7 and 7");
        assert_eq!(Text3::new("Line {0}, {1}: {2}").fill(3, "x", "y"), "Line 3, x: y");
        assert_eq!(Text1::new("\u{201c}{0}\u{201d}").fill("é"), "\u{201c}é\u{201d}");
    }

    #[test]
    #[should_panic(expected = "leaves out")]
    fn a_missing_parameter_is_refused() {
        check("only {0}", 2);
    }

    #[test]
    #[should_panic(expected = "does not have")]
    fn a_parameter_out_of_range_is_refused() {
        check("{0} {2}", 2);
    }

    #[test]
    #[should_panic(expected = "brace")]
    fn a_stray_brace_is_refused() {
        check("{0} {name}", 1);
    }
}
