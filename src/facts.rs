//! The domain types of press-facts/1: what the extractors find and the
//! writers print. Field order and names follow `FACTS.md`; serde renders the
//! JSON form directly, while CSV rows are flattened in `output::csv`.

use schemars::JsonSchema;
use serde::{Serialize, Serializer};

/// The schema name written into every JSON document.
pub const SCHEMA: &str = "press-facts/1";

/// A fact of any kind: its attributes plus where it was said.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(rename = "{A}Fact")]
pub struct Fact<A> {
    /// `count-1`, `route-2`, …: numbered in text order of the first span.
    pub id: String,
    #[serde(flatten)]
    pub attrs: A,
    /// The source text of the first mention.
    pub text: String,
    /// Every mention as `[start, end)` character offsets, sorted.
    pub spans: Vec<[usize; 2]>,
    /// The sentence around the first mention, as in the source.
    pub sentence: String,
    /// The extractor rule that found the first mention (`-v` prints it; it
    /// is not part of press-facts/1).
    #[serde(skip)]
    #[schemars(skip)]
    pub rule: &'static str,
}

/// How a count relates to its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Qualifier {
    Exact,
    Approx,
    Under,
    Over,
    Range,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Count {
    #[serde(serialize_with = "plain_number")]
    pub value: f64,
    #[serde(serialize_with = "plain_opt_number")]
    pub max: Option<f64>,
    pub unit: String,
    pub subject: String,
    pub qualifier: Qualifier,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
pub struct Agreement {
    pub parties: Vec<String>,
    #[serde(rename = "type")]
    pub kind: String,
    pub count: Option<u64>,
    pub action: String,
    pub topic: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    Air,
    Rail,
    Sea,
    Road,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Opened,
    Planned,
    Existing,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
pub struct Route {
    pub stops: Vec<String>,
    pub countries: Vec<Option<String>>,
    pub mode: Mode,
    pub status: Status,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Government,
    Party,
    Association,
    Education,
    Research,
    Company,
    Sports,
    Media,
    International,
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
pub struct Institution {
    pub name: String,
    pub category: Category,
    pub country: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
pub struct DocumentTitle {
    pub title: String,
    pub action: Option<String>,
}

/// Where the facts came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct SourceInfo {
    pub path: String,
    pub sha256: String,
    pub encoding: String,
    pub chars: usize,
}

/// All facts of one article: the press-facts/1 document.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(
    title = "press-facts/1",
    description = "The facts of one press release (FACTS.md)."
)]
pub struct Facts {
    #[schemars(extend("const" = "press-facts/1"))]
    pub schema: &'static str,
    pub source: SourceInfo,
    pub counts: Vec<Fact<Count>>,
    pub agreements: Vec<Fact<Agreement>>,
    pub routes: Vec<Fact<Route>>,
    pub institutions: Vec<Fact<Institution>>,
    pub documents: Vec<Fact<DocumentTitle>>,
}

impl Facts {
    /// Every way these facts break the contract's span promise against the
    /// text they were read from: a fact without a span, a span outside the
    /// text, spans out of order, a first span that does not slice back to
    /// the fact's `text`, or a `sentence` that does not hold it. Empty when
    /// every fact is traceable. (Tests, the fuzzer and users verifying a
    /// stored `facts.json` share this one check.)
    pub fn span_errors(&self, text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let mut errors = Vec::new();
        check_spans("count", &chars, &self.counts, &mut errors);
        check_spans("agreement", &chars, &self.agreements, &mut errors);
        check_spans("route", &chars, &self.routes, &mut errors);
        check_spans("institution", &chars, &self.institutions, &mut errors);
        check_spans("document", &chars, &self.documents, &mut errors);
        errors
    }

    /// Facts per kind, for summaries: counts, agreements, routes, institutions, documents.
    pub fn tally(&self) -> [usize; 5] {
        [
            self.counts.len(),
            self.agreements.len(),
            self.routes.len(),
            self.institutions.len(),
            self.documents.len(),
        ]
    }
}

fn check_spans<A>(kind: &str, chars: &[char], facts: &[Fact<A>], errors: &mut Vec<String>) {
    for f in facts {
        let Some(&[start, end]) = f.spans.first() else {
            errors.push(format!("{kind} {:?} has no span", f.text));
            continue;
        };
        if let Some([s, e]) = f.spans.iter().find(|[s, e]| s >= e || *e > chars.len()) {
            errors.push(format!(
                "{kind} {:?}: span [{s}, {e}) outside the {} characters",
                f.text,
                chars.len()
            ));
            continue;
        }
        if !f.spans.windows(2).all(|w| w[0] < w[1]) {
            errors.push(format!(
                "{kind} {:?}: spans not sorted: {:?}",
                f.text, f.spans
            ));
        }
        let first: String = chars[start..end].iter().collect();
        if first != f.text {
            errors.push(format!(
                "{kind}: first span gives {first:?}, not {:?}",
                f.text
            ));
        }
        if !f.sentence.contains(&f.text) {
            errors.push(format!(
                "{kind} {:?} not in its sentence {:?}",
                f.text, f.sentence
            ));
        }
    }
}

/// Integral values print as integers (`226400`, not `226400.0`): a
/// spreadsheet and the contract both want the plain figure.
pub fn plain_number<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 9.007_199_254_740_992e15 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

fn plain_opt_number<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => plain_number(v, s),
        None => s.serialize_none(),
    }
}

/// The same rule as [`plain_number`], as text for CSV cells.
pub fn number_text(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 9.007_199_254_740_992e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn span_errors_finds_each_broken_promise() {
        let text = "签署友好合作协议13项。";
        let mut facts = crate::extract(text);
        assert!(facts.span_errors(text).is_empty());
        facts.counts[0].spans = vec![[0, 99]];
        facts.agreements[0].text = "别的".to_string();
        let errors = facts.span_errors(text);
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(
            errors[0].contains("outside the 12 characters"),
            "{errors:?}"
        );
        assert!(errors[1].contains("first span gives"), "{errors:?}");
        assert!(errors[2].contains("not in its sentence"), "{errors:?}");
    }
}
