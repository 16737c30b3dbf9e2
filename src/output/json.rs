//! JSON and JSON Lines: the press-facts/1 document as serde renders the
//! domain types. Field order is the struct order, so output is stable.

use crate::facts::Facts;

/// One pretty-printed document with a trailing newline.
pub fn pretty(facts: &Facts) -> String {
    // Serializing plain data with string keys cannot fail.
    let mut s = serde_json::to_string_pretty(facts).unwrap_or_default();
    s.push('\n');
    s
}

/// One line (no newline): the JSON Lines form.
pub fn line(facts: &Facts) -> String {
    serde_json::to_string(facts).unwrap_or_default()
}

/// The JSON Schema of a press-facts/1 document, generated from the types
/// that produce it, so the two cannot drift apart.
pub fn schema() -> String {
    let schema = schemars::schema_for!(Facts);
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
}
