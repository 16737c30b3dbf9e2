//! The analysed document that flows into the extractors: the source text,
//! its same-length matching view, sentence spans and word tokens, plus the
//! offset tables that turn regex byte offsets into character spans. Built
//! once per article; extractors only read it.

use crate::segment::{Dictionary, Segmenter, Token};
use crate::{Span, boilerplate, normalize, sentence};
use aho_corasick::AhoCorasick;
use regex::{Captures, Regex};

/// An article ready for extraction.
#[derive(Debug)]
pub struct Document {
    /// The decoded source text, as written.
    pub text: String,
    /// The matching view: same characters count, normalized forms.
    pub norm: String,
    /// Sentence spans of the article, in order. Lines of page chrome (menus,
    /// metadata, captions, link lists) stay in the text, so offsets hold,
    /// but have no sentence: no extractor reads them.
    pub sentences: Vec<Span>,
    /// Word tokens of the matching view, in order, tiling each sentence.
    pub tokens: Vec<Token>,
    /// Byte offset of each character of `text` (plus the end).
    text_bytes: Vec<usize>,
    /// Byte offset of each character of `norm` (plus the end).
    norm_bytes: Vec<usize>,
    /// The characters of `norm`, for extractors that scan by character.
    norm_chars: Vec<char>,
    /// For each character, the index of the token covering it (or `u32::MAX`).
    token_of: Vec<u32>,
    /// Simplified → written form of every character the matching view
    /// changed (國 → 国 gives 国 → 國): how this text writes a character.
    /// Built on first use; most articles never need it.
    written_as: std::cell::OnceCell<rustc_hash::FxHashMap<char, char>>,
}

fn byte_table(s: &str) -> Vec<usize> {
    let mut v: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
    v.push(s.len());
    v
}

impl Document {
    /// Analyses `text`: normalizes, marks page chrome, splits the article
    /// into sentences and segments each one with the full dictionary.
    pub fn new(text: &str) -> Document {
        Document::with_dictionary(text, Dictionary::Full)
    }

    /// [`Document::new`] with a choice of dictionary: both give the same
    /// document; [`Dictionary::Fitted`] is quicker for a process that reads
    /// this one text.
    pub fn with_dictionary(text: &str, dictionary: Dictionary) -> Document {
        let norm = normalize::normalize(text);
        let chrome = boilerplate::chrome_lines(&norm);
        let mut sentences = sentence::split(&norm);
        sentences.retain(|s| {
            let i = chrome.partition_point(|c| c.end <= s.start);
            chrome.get(i).is_none_or(|c| !c.overlaps(*s))
        });
        let norm_bytes = byte_table(&norm);
        let segmenter = Segmenter::new(dictionary, &norm);
        let mut tokens = Vec::new();
        for s in &sentences {
            let slice = &norm[norm_bytes[s.start]..norm_bytes[s.end]];
            tokens.extend(segmenter.tokens(slice, s.start));
        }
        let n_chars = norm_bytes.len() - 1;
        let mut token_of = vec![u32::MAX; n_chars];
        for (i, t) in tokens.iter().enumerate() {
            for slot in &mut token_of[t.start..t.end] {
                *slot = i as u32;
            }
        }
        Document {
            written_as: std::cell::OnceCell::new(),
            text: text.to_string(),
            text_bytes: byte_table(text),
            norm_chars: norm.chars().collect(),
            norm,
            norm_bytes,
            sentences,
            tokens,
            token_of,
        }
    }

    /// A name from the gazetteers (in simplified characters) as this text
    /// would write it: 德国 in a Traditional text that writes 國 is 德國.
    /// Characters the text never wrote differently stay as they are.
    pub fn in_text_script(&self, name: &str) -> String {
        let written_as = self.written_as.get_or_init(|| {
            self.norm
                .chars()
                .zip(self.text.chars())
                .filter(|(n, t)| n != t && !n.is_ascii())
                .collect()
        });
        name.chars()
            .map(|c| written_as.get(&c).copied().unwrap_or(c))
            .collect()
    }

    /// Number of characters.
    pub fn len(&self) -> usize {
        self.norm_bytes.len() - 1
    }

    /// True for an empty document.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The source text of a span, as written.
    pub fn source(&self, span: Span) -> &str {
        &self.text[self.text_bytes[span.start]..self.text_bytes[span.end]]
    }

    /// The matching view of a span.
    pub fn norm(&self, span: Span) -> &str {
        &self.norm[self.norm_bytes[span.start]..self.norm_bytes[span.end]]
    }

    /// The character offset of a byte offset of the matching view.
    pub fn char_at(&self, byte: usize) -> usize {
        self.norm_bytes.partition_point(|&b| b < byte)
    }

    /// The character span of a regex match on the matching view.
    pub fn span_of(&self, m: regex::Match<'_>) -> Span {
        Span {
            start: self.char_at(m.start()),
            end: self.char_at(m.end()),
        }
    }

    /// The span of a named group, if it took part in the match.
    pub fn group(&self, caps: &Captures<'_>, name: &str) -> Option<Span> {
        caps.name(name).map(|m| self.span_of(m))
    }

    /// The span of the whole match and of each named group, when every one
    /// took part in it (the required parts of a pattern).
    pub fn groups<const N: usize>(
        &self,
        caps: &Captures<'_>,
        names: [&str; N],
    ) -> Option<(Span, [Span; N])> {
        let whole = self.span_of(caps.get(0)?);
        let mut spans = [whole; N];
        for (span, name) in spans.iter_mut().zip(names) {
            *span = self.group(caps, name)?;
        }
        Some((whole, spans))
    }

    /// Every match of `re` on the matching view, sentence by sentence, so no
    /// match crosses a sentence end. Offsets in the captures are bytes of the
    /// whole matching view (use [`Document::span_of`]).
    pub fn captures<'d>(&'d self, re: &'d Regex) -> impl Iterator<Item = Captures<'d>> + 'd {
        self.captures_in(re, &self.sentences)
    }

    /// The sentences in which `words` finds one of its words.
    pub fn sentences_with(&self, words: &AhoCorasick) -> Vec<Span> {
        let mut found = self.sentences.clone();
        found.retain(|s| words.is_match(self.norm(*s)));
        found
    }

    /// [`Document::captures`] over some of the sentences only: those of
    /// [`Document::sentences_with`] a word every match of `re` contains
    /// give the same matches as all of them, without searching the rest.
    pub fn captures_in<'d>(
        &'d self,
        re: &'d Regex,
        sentences: &'d [Span],
    ) -> impl Iterator<Item = Captures<'d>> + 'd {
        sentences.iter().flat_map(move |s| {
            let hay = &self.norm[..self.norm_bytes[s.end]];
            let mut at = self.norm_bytes[s.start];
            std::iter::from_fn(move || {
                if at > hay.len() {
                    return None;
                }
                let caps = re.captures_at(hay, at)?;
                let m = caps.get(0)?;
                at = if m.end() > m.start() {
                    m.end()
                } else {
                    // An empty match: step over one character.
                    hay[m.end()..]
                        .chars()
                        .next()
                        .map_or(hay.len() + 1, |c| m.end() + c.len_utf8())
                };
                Some(caps)
            })
        })
    }

    /// The sentence holding character `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<Span> {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        self.sentences.get(i).filter(|s| s.start <= pos).copied()
    }

    /// The token covering character `pos`.
    pub fn token_at(&self, pos: usize) -> Option<&Token> {
        let i = *self.token_of.get(pos)?;
        self.tokens.get(i as usize)
    }

    /// Index of the token covering character `pos`.
    pub fn token_index(&self, pos: usize) -> Option<usize> {
        match self.token_of.get(pos) {
            Some(&i) if i != u32::MAX => Some(i as usize),
            _ => None,
        }
    }

    /// True when a word starts at `pos` (no word runs across it).
    pub fn is_word_start(&self, pos: usize) -> bool {
        self.token_at(pos).is_none_or(|t| t.start == pos)
    }

    /// True when a word ends at `pos` (no word runs across it).
    pub fn is_word_end(&self, pos: usize) -> bool {
        pos == 0 || self.token_at(pos - 1).is_none_or(|t| t.end == pos)
    }

    /// The matching-view characters of `span` (for scanning).
    pub fn chars(&self, span: Span) -> &[char] {
        &self.norm_chars[span.start..span.end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gazetteer_names_take_the_script_of_the_text() {
        let doc = Document::new("中歐班列從深圳開往德國杜伊斯堡。");
        assert_eq!(doc.in_text_script("德国"), "德國");
        assert_eq!(doc.in_text_script("越南"), "越南");
        assert_eq!(Document::new("开往德国。").in_text_script("德国"), "德国");
    }
}
