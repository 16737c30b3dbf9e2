//! Regression checks without cargo: re-extract press releases and compare
//! the facts with the `facts.json` files stored by an earlier run, fact by
//! fact. A fact is known by its kind and the span of its first mention, so
//! renumbered ids do not count as changes; everything else it says does.

use crate::facts::Facts;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write;

/// The kinds of fact, as the JSON names their arrays.
const KINDS: [&str; 5] = [
    "counts",
    "agreements",
    "routes",
    "institutions",
    "documents",
];

/// One difference between the stored and the new facts of an article.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Added(Value),
    Removed(Value),
    /// The stored fact, the new one, and the fields that differ.
    Changed(Value, Value, Vec<String>),
}

/// The fact-level differences between `stored` (a press-facts/1 document
/// read back from disk) and `now`, kind by kind, in text order.
pub fn diff(stored: &Value, now: &Facts) -> Vec<(&'static str, Change)> {
    let now = serde_json::to_value(now).unwrap_or(Value::Null);
    let mut out = Vec::new();
    for kind in KINDS {
        let before = by_first_span(&stored[kind]);
        let after = by_first_span(&now[kind]);
        let mut keys: Vec<&(u64, u64)> = before.keys().chain(after.keys()).collect();
        keys.sort();
        keys.dedup();
        for key in keys {
            match (before.get(key), after.get(key)) {
                (Some(b), None) => out.push((kind, Change::Removed((*b).clone()))),
                (None, Some(a)) => out.push((kind, Change::Added((*a).clone()))),
                (Some(b), Some(a)) => {
                    let fields = differing_fields(b, a);
                    if !fields.is_empty() {
                        out.push((kind, Change::Changed((*b).clone(), (*a).clone(), fields)));
                    }
                }
                (None, None) => {}
            }
        }
    }
    out
}

fn by_first_span(facts: &Value) -> BTreeMap<(u64, u64), &Value> {
    facts
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| {
            let span = f["spans"].get(0)?;
            Some(((span[0].as_u64()?, span[1].as_u64()?), f))
        })
        .collect()
}

/// Every field but the id, which is only a position in the list, and the
/// sentence, which is context (shown with the change, never one itself).
fn differing_fields(before: &Value, after: &Value) -> Vec<String> {
    let (Some(b), Some(a)) = (before.as_object(), after.as_object()) else {
        return vec!["fact".to_string()];
    };
    let mut names: Vec<&String> = b
        .keys()
        .chain(a.keys())
        .filter(|k| *k != "id" && *k != "sentence")
        .collect();
    names.sort();
    names.dedup();
    names
        .into_iter()
        .filter(|k| b.get(*k) != a.get(*k))
        .cloned()
        .collect()
}

/// The singular name of a kind, for the report.
fn noun(kind: &str) -> &str {
    kind.strip_suffix('s').unwrap_or(kind)
}

/// A value as a reader wants it: strings without quotes, lists joined by `|`.
fn plain(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => "—".to_string(),
        Value::Array(items) => items.iter().map(plain).collect::<Vec<_>>().join("|"),
        other => other.to_string(),
    }
}

/// The attributes of a fact in one line: `value=13 unit=项 subject=协议`.
fn attributes(f: &Value) -> String {
    f.as_object()
        .into_iter()
        .flatten()
        .filter(|(k, _)| !matches!(k.as_str(), "id" | "text" | "spans" | "sentence"))
        .map(|(k, v)| format!("{k}={}", plain(v)))
        .collect::<Vec<_>>()
        .join(" ")
}

fn span(f: &Value) -> String {
    let s = &f["spans"][0];
    format!("[{},{})", s[0], s[1])
}

/// The readable report of one article's changes, one fact a few lines.
pub fn report(changes: &[(&'static str, Change)]) -> String {
    let mut out = String::new();
    for (kind, change) in changes {
        let kind = noun(kind);
        match change {
            Change::Added(f) | Change::Removed(f) => {
                let sign = if matches!(change, Change::Added(_)) {
                    '+'
                } else {
                    '-'
                };
                let _ = writeln!(
                    out,
                    "  {sign} {kind} {} {}  {}",
                    plain(&f["text"]),
                    span(f),
                    attributes(f)
                );
                let _ = writeln!(out, "      in: {}", plain(&f["sentence"]));
            }
            Change::Changed(b, a, fields) => {
                let _ = writeln!(out, "  ~ {kind} {} {}", plain(&a["text"]), span(a));
                for field in fields {
                    let _ = writeln!(
                        out,
                        "      {field}: {} -> {}",
                        plain(&b[field.as_str()]),
                        plain(&a[field.as_str()])
                    );
                }
                let _ = writeln!(out, "      in: {}", plain(&a["sentence"]));
            }
        }
    }
    out
}

/// `2 added, 1 removed, 1 changed`.
pub fn summary(changes: &[(&'static str, Change)]) -> String {
    let count = |f: fn(&Change) -> bool| changes.iter().filter(|(_, c)| f(c)).count();
    format!(
        "{} added, {} removed, {} changed",
        count(|c| matches!(c, Change::Added(_))),
        count(|c| matches!(c, Change::Removed(_))),
        count(|c| matches!(c, Change::Changed(..)))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored(text: &str) -> Value {
        serde_json::to_value(crate::extract(text)).unwrap()
    }

    #[test]
    fn identical_facts_have_no_changes() {
        let text = "签署友好合作协议13项，近200位嘉宾出席。";
        assert!(diff(&stored(text), &crate::extract(text)).is_empty());
    }

    #[test]
    fn added_removed_and_changed_facts_with_their_fields() {
        let text = "签署友好合作协议13项，近200位嘉宾出席。";
        let mut old = stored(text);
        // The stored run read 13 as 12, had no 嘉宾 count, and one extra fact.
        old["counts"][0]["value"] = 12.into();
        let guests = old["counts"][1].clone();
        let mut ghost = guests.clone();
        ghost["spans"] = serde_json::json!([[0, 2]]);
        ghost["text"] = "签署".into();
        old["counts"] = serde_json::json!([old["counts"][0].clone(), ghost]);
        let changes = diff(&old, &crate::extract(text));
        assert_eq!(summary(&changes), "1 added, 1 removed, 1 changed");
        let report = report(&changes);
        assert!(report.contains("  - count 签署 [0,2)"), "{report}");
        assert!(report.contains("  ~ count 友好合作协议13项"), "{report}");
        assert!(report.contains("      value: 12 -> 13"), "{report}");
        assert!(report.contains("  + count 近200位嘉宾"), "{report}");
        assert!(
            report.contains("      in: 签署友好合作协议13项，近200位嘉宾出席。"),
            "{report}"
        );
        let _ = guests;
    }
}
