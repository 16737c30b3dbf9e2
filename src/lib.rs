//! pressfacts turns Chinese press releases into facts a spreadsheet can hold:
//! counts, agreements, routes, institutions and titled documents, each with
//! the character spans it was read from (the press-facts/1 contract).
//!
//! The pipeline, one module per stage:
//! [`source`] (bytes → text; [`html`] pages → their article text) → [`normalize`] (same-length matching view) →
//! [`boilerplate`] (page chrome marked) → [`sentence`] → [`segment`] (jieba-rs) → [`extract`](mod@extract) (one module per kind
//! of fact) → [`merge`] (mentions → facts) → [`output`] (JSON, JSONL, CSV).
//!
//! ```
//! let facts = pressfacts::extract("签署友好合作协议13项。");
//! assert_eq!(facts.counts[0].attrs.value, 13.0);
//! assert_eq!(facts.counts[0].attrs.subject, "友好合作协议");
//! ```

pub mod batch;
pub mod boilerplate;
pub mod charset;
pub mod check;
pub mod cli;
pub mod document;
pub mod error;
pub mod extract;
pub mod facts;
pub mod gazetteer;
pub mod html;
pub mod merge;
pub mod normalize;
pub mod numeral;
pub mod output;
pub mod report;
pub mod segment;
pub mod sentence;
pub mod source;

pub use error::{Error, Result};
pub use facts::Facts;
pub use segment::Dictionary;
pub use source::Source;

/// A half-open range of characters `[start, end)` of the source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Starts building, on background threads, everything a first extraction
/// needs: jieba's full dictionary (unless `dictionary` is
/// [`Dictionary::Fitted`], which each article builds for itself), its
/// part-of-speech model, the gazetteers and every pattern. A one-article run
/// spends most of its time here; started before the input is read, the
/// pieces are built side by side instead of one after the other. Returns at
/// once; calling it is never required.
pub fn warm_up(dictionary: Dictionary) {
    segment::warm_up_threads(dictionary, extract::warm_up);
}

/// Extracts the facts of a text given directly (its source path reads `-`).
pub fn extract(text: &str) -> Facts {
    extract_source(&Source::from_text("-", text))
}

/// Extracts the facts of a decoded source.
pub fn extract_source(source: &Source) -> Facts {
    extract_source_with(source, Dictionary::Full)
}

/// [`extract_source`] with a choice of dictionary; the facts are the same.
/// A process that reads one or a few articles passes [`Dictionary::Fitted`]:
/// building only the words that matter for a text takes a fraction of the
/// full dictionary's time, and that build is most of such a run.
pub fn extract_source_with(source: &Source, dictionary: Dictionary) -> Facts {
    let doc = document::Document::with_dictionary(&source.text, dictionary);
    extract::run(&doc, source)
}
