//! The analysed document that flows into the extractors: the source text,
//! its same-length matching view, sentence spans and word tokens, plus the
//! offset tables that turn regex byte offsets into character spans. Built
//! once per article; extractors only read it.

use crate::segment::{Dictionary, Segmenter, Token};
use crate::{Span, boilerplate, normalize, sentence};
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
    /// Byte offset of each character of `text` (plus the end).
    text_bytes: Vec<usize>,
    /// Byte offset of each character of `norm` (plus the end).
    norm_bytes: Vec<usize>,
    /// The characters of `norm`, for extractors that scan by character.
    norm_chars: Vec<char>,
    /// Segments the pieces: jieba with the dictionary the document was
    /// built with.
    segmenter: Segmenter,
    /// The sentences cut at punctuation, in order: jieba never joins
    /// characters across a punctuation mark, so each piece is segmented on
    /// its own, and only when an extractor asks for one of its words.
    pieces: Vec<Span>,
    /// For each character, the index of the piece holding it (or `u32::MAX`
    /// outside sentences).
    piece_of: Vec<u32>,
    /// The word tokens of each piece, tiling it, once segmented.
    piece_tokens: Vec<std::cell::OnceCell<Vec<Token>>>,
    /// Simplified → written form of every character the matching view
    /// changed (國 → 国 gives 国 → 國): how this text writes a character;
    /// and whether the text is written in Traditional script. Built on
    /// first use; most articles never need it.
    written_as: std::cell::OnceCell<(rustc_hash::FxHashMap<char, char>, bool)>,
    /// The 《》 titles, in order, each within a sentence; found on first use.
    titles: std::cell::OnceCell<Vec<Span>>,
    /// A country's short name → the name of it this text writes, for each
    /// country asked about (see [`Document::country_in_text`]).
    countries_written: std::cell::RefCell<rustc_hash::FxHashMap<&'static str, &'static str>>,
}

/// A regular expression the extractors match sentence by sentence, with
/// what [`Document::captures`] needs to know of it.
#[derive(Debug)]
pub struct Pattern {
    regex: Regex,
    /// The name of each group, by index (see [`Found::name`]). Derivable
    /// from the regex, but walking `capture_names()` for each lookup cost
    /// 0.3% more of the pipeline's instructions than this slice.
    names: Vec<Option<Box<str>>>,
    /// Nothing in it looks around (no `^`, `$` or `\b`) and it never matches
    /// the empty string: a match does not depend on the text around it.
    context_free: bool,
}

impl Pattern {
    /// Compiles `pattern`; the patterns are written in the code, so an
    /// invalid one is a bug and panics with `what`.
    pub fn new(pattern: &str, what: &str) -> Pattern {
        let regex = Regex::new(pattern).unwrap_or_else(|e| panic!("{what}: {e}"));
        let hir = regex_syntax::parse(pattern).unwrap_or_else(|e| panic!("{what}: {e}"));
        let props = hir.properties();
        Pattern {
            names: regex.capture_names().map(|n| n.map(Into::into)).collect(),
            regex,
            context_free: props.look_set().is_empty() && props.minimum_len().is_some_and(|n| n > 0),
        }
    }

    /// The compiled pattern.
    pub fn regex(&self) -> &Regex {
        &self.regex
    }
}

/// A match of a [`Pattern`] with its groups.
#[derive(Debug)]
pub struct Found<'d> {
    caps: Captures<'d>,
    pattern: &'d Pattern,
}

impl<'d> Found<'d> {
    /// Group `i` (0: the whole match), if it took part in the match.
    pub fn get(&self, i: usize) -> Option<regex::Match<'d>> {
        self.caps.get(i)
    }

    /// The named group, if it took part in the match. Looked up in the
    /// pattern's short list of names: regex's own lookup hashes the name,
    /// which cost a twentieth of the pipeline's instructions (the count
    /// pattern asks for eight groups per number).
    pub fn name(&self, name: &str) -> Option<regex::Match<'d>> {
        let i = self
            .pattern
            .names
            .iter()
            .position(|n| n.as_deref() == Some(name))?;
        self.caps.get(i)
    }
}

/// Where a token is: its piece of a sentence and its place in it. Ids
/// order as their tokens do in the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct TokenId {
    piece: u32,
    index: u32,
}

/// A piece ends at the first punctuation mark after this many characters:
/// shorter pieces would save little segmentation and pay jieba's per-call
/// cost more often (measured: 1 and 4 were no faster on the bench corpus and
/// slower on hostile input; 16 and 40 segment more than is read).
const PIECE_MIN: usize = 8;

/// The sentences cut after punctuation marks jieba keeps as words of their
/// own (it cuts Han and ASCII letter runs between such marks and never joins
/// across one), each piece at least [`PIECE_MIN`] characters long unless a
/// sentence ends it. Segmenting the pieces one by one gives the words and
/// tags of segmenting each sentence whole.
fn pieces(sentences: &[Span], chars: &[char]) -> Vec<Span> {
    let mut pieces = Vec::new();
    for s in sentences {
        let mut start = s.start;
        for (pos, &c) in chars.iter().enumerate().take(s.end).skip(s.start) {
            if is_break(c) && pos + 1 - start >= PIECE_MIN {
                pieces.push(Span::new(start, pos + 1));
                start = pos + 1;
            }
        }
        if start < s.end {
            pieces.push(Span::new(start, s.end));
        }
    }
    pieces
}

/// Punctuation jieba never takes into a word: ASCII punctuation and spaces
/// outside its word characters (`+#&._%-`; `\r` stays with `\n`), CJK
/// punctuation (、。《》“”…) and the general punctuation block.
fn is_break(c: char) -> bool {
    if c.is_ascii() {
        !c.is_ascii_alphanumeric()
            && !matches!(c, '+' | '#' | '&' | '.' | '_' | '%' | '-' | '\r' | '\n')
    } else {
        matches!(c, '\u{3000}'..='\u{3004}' | '\u{3008}'..='\u{301F}' | '\u{2010}'..='\u{205E}' | '\u{00B7}')
    }
}

impl Document {
    /// Analyses `text`: normalizes, marks page chrome, splits the article
    /// into sentences and cuts them into pieces, which the full dictionary
    /// segments when an extractor first asks about one of their words.
    pub fn new(text: &str) -> Document {
        Document::with_dictionary(text, Dictionary::Full)
    }

    /// [`Document::new`] with a choice of dictionary: both give the same
    /// document; [`Dictionary::Fitted`] is quicker for a process that reads
    /// this one text.
    pub fn with_dictionary(text: &str, dictionary: Dictionary) -> Document {
        // One pass over the source builds the matching view and both
        // offset tables.
        let mut norm = String::with_capacity(text.len());
        let mut norm_chars = Vec::with_capacity(text.len() / 2);
        let mut norm_bytes = Vec::with_capacity(text.len() / 2 + 1);
        let mut text_bytes = Vec::with_capacity(text.len() / 2 + 1);
        for (at, c) in text.char_indices() {
            let n = normalize::normalize_char(c);
            text_bytes.push(at);
            norm_bytes.push(norm.len());
            norm.push(n);
            norm_chars.push(n);
        }
        text_bytes.push(text.len());
        norm_bytes.push(norm.len());
        let chrome = boilerplate::chrome_lines(&norm);
        let mut sentences = sentence::split_chars(&norm_chars);
        sentences.retain(|s| {
            let i = chrome.partition_point(|c| c.end <= s.start);
            chrome.get(i).is_none_or(|c| !c.overlaps(*s))
        });
        // The name a line of chrome credits is read as a sentence of its own.
        if !chrome.is_empty() {
            sentences.extend(boilerplate::credits(&norm_chars, &chrome));
            sentences.sort_by_key(|s| s.start);
        }
        let pieces = pieces(&sentences, &norm_chars);
        let mut piece_of = vec![u32::MAX; norm_chars.len()];
        for (i, p) in pieces.iter().enumerate() {
            piece_of[p.start..p.end].fill(i as u32);
        }
        Document {
            written_as: std::cell::OnceCell::new(),
            titles: std::cell::OnceCell::new(),
            countries_written: Default::default(),
            text: text.to_string(),
            text_bytes,
            segmenter: Segmenter::new(dictionary, &norm),
            piece_tokens: pieces.iter().map(|_| std::cell::OnceCell::new()).collect(),
            pieces,
            piece_of,
            norm_chars,
            norm,
            norm_bytes,
            sentences,
        }
    }

    /// Whether character `pos` lies inside a 《》 title (《…十条措施》,
    /// 《满洲里—后贝加尔斯克口岸物流合作备忘录》): what is there is part of
    /// the title's name.
    pub fn in_title(&self, pos: usize) -> bool {
        let titles = self.titles.get_or_init(|| {
            let mut out = Vec::new();
            let mut open = None;
            for (i, &c) in self.norm_chars.iter().enumerate() {
                match c {
                    '《' => open = Some(i),
                    '》' => {
                        if let Some(o) = open.take() {
                            out.push(Span::new(o, i + 1));
                        }
                    }
                    '。' | '\n' => open = None,
                    _ => {}
                }
            }
            out
        });
        let i = titles.partition_point(|t| t.end <= pos);
        titles.get(i).is_some_and(|t| t.start <= pos)
    }

    /// A name from the gazetteers (in simplified characters) as this text
    /// would write it: 德国 in a Traditional text that writes 國 is 德國.
    /// A character the text never wrote takes its one Traditional form when
    /// the text is Traditional (马来西亚 is 馬來西亞 in a text that writes 來
    /// and 亞 but no 馬), and stays as it is otherwise.
    pub fn in_text_script(&self, name: &str) -> String {
        let (written_as, traditional) = self.written_as.get_or_init(|| {
            let written_as: rustc_hash::FxHashMap<char, char> = self
                .norm_chars
                .iter()
                .copied()
                .zip(self.text.chars())
                .filter(|(n, t)| n != t && !n.is_ascii())
                .collect();
            // Traditional when it writes more characters only Traditional
            // script has than characters only Simplified script has.
            let (mut old, mut new) = (0usize, 0usize);
            for c in self.text.chars() {
                if normalize::is_traditional_only(c) {
                    old += 1;
                } else if normalize::traditional_form(c).is_some() {
                    new += 1;
                }
            }
            (written_as, old > new)
        });
        name.chars()
            .map(|c| match written_as.get(&c) {
                Some(&w) => w,
                None if *traditional => normalize::traditional_form(c).unwrap_or(c),
                None => c,
            })
            .collect()
    }

    /// A country named by its short name (印度尼西亚) as this text writes it
    /// elsewhere: 印尼 in a text that writes 印尼 and never 印度尼西亚; the
    /// short name when the text writes it or no name of it. The text is
    /// searched once per country.
    pub fn country_in_text(&self, short: &'static str) -> String {
        let name = *self
            .countries_written
            .borrow_mut()
            .entry(short)
            .or_insert_with(|| {
                let text = self.norm(Span::new(0, self.len()));
                crate::gazetteer::country_names(short)
                    .iter()
                    .copied()
                    .find(|n| text.contains(n))
                    .unwrap_or(short)
            });
        self.in_text_script(name)
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
    pub fn group(&self, caps: &Found<'_>, name: &str) -> Option<Span> {
        caps.name(name).map(|m| self.span_of(m))
    }

    /// The span of the whole match and of each named group, when every one
    /// took part in it (the required parts of a pattern).
    pub fn groups<const N: usize>(
        &self,
        caps: &Found<'_>,
        names: [&str; N],
    ) -> Option<(Span, [Span; N])> {
        let whole = self.span_of(caps.get(0)?);
        let mut spans = [whole; N];
        for (span, name) in spans.iter_mut().zip(names) {
            *span = self.group(caps, name)?;
        }
        Some((whole, spans))
    }

    /// Every match of `pattern` on the matching view, sentence by sentence,
    /// so no match crosses a sentence end. Offsets in the captures are bytes
    /// of the whole matching view (use [`Document::span_of`]).
    ///
    /// A context-free pattern (see [`Pattern`]) is matched over the whole
    /// view at once, which is much quicker than a search per sentence: when
    /// no match crosses a sentence boundary, the matches inside sentences
    /// are exactly those of a search per sentence (the leftmost-first match
    /// from a sentence's start does not depend on what follows its end when
    /// it ends inside the sentence, nor on what precedes its start when
    /// nothing looks there), and the others are dropped. A match that
    /// crosses a boundary could have hidden one, so then every sentence is
    /// searched on its own.
    pub fn captures<'d>(&'d self, pattern: &'d Pattern) -> Vec<Found<'d>> {
        if !pattern.context_free {
            return self.captures_in(pattern, &self.sentences).collect();
        }
        let mut found = Vec::new();
        let mut next = 0;
        for caps in pattern.regex.captures_iter(&self.norm) {
            let Some(m) = caps.get(0) else { continue };
            let (start, end) = (self.char_at(m.start()), self.char_at(m.end()));
            next += self.sentences[next..].partition_point(|s| s.end <= start);
            match self.sentences.get(next) {
                Some(s) if s.start <= start && end <= s.end => found.push(Found { caps, pattern }),
                // In page chrome or between sentences, after the last one.
                Some(s) if end <= s.start => {}
                None => {}
                Some(_) => return self.captures_in(pattern, &self.sentences).collect(),
            }
        }
        found
    }

    /// The sentences in which `pattern` matches, in order: those holding a
    /// match of [`Document::captures`], so a context-free pattern is searched
    /// over the whole text once.
    pub fn sentences_matching(&self, pattern: &Pattern) -> Vec<Span> {
        let mut found: Vec<Span> = Vec::new();
        for caps in self.captures(pattern) {
            let Some(m) = caps.get(0) else { continue };
            if let Some(s) = self.sentence_at(self.char_at(m.start()))
                && found.last() != Some(&s)
            {
                found.push(s);
            }
        }
        found
    }

    /// The matches of `pattern` in `sentences`, searching each sentence on
    /// its own (what [`Document::captures`] stands for).
    pub fn captures_in<'d>(
        &'d self,
        pattern: &'d Pattern,
        sentences: &'d [Span],
    ) -> impl Iterator<Item = Found<'d>> + 'd {
        let re = &pattern.regex;
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
                Some(Found { caps, pattern })
            })
        })
    }

    /// The sentence holding character `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<Span> {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        self.sentences.get(i).filter(|s| s.start <= pos).copied()
    }

    /// The tokens of piece `piece`, segmenting it on first use.
    fn piece(&self, piece: u32) -> &[Token] {
        self.piece_tokens[piece as usize].get_or_init(|| {
            let span = self.pieces[piece as usize];
            self.segmenter.tokens(self.norm(span), span.start)
        })
    }

    /// The token covering character `pos` (none outside sentences).
    pub fn token_at(&self, pos: usize) -> Option<&Token> {
        self.token_id(pos).map(|id| self.token(id))
    }

    /// Where the token covering character `pos` is (none outside sentences).
    pub fn token_id(&self, pos: usize) -> Option<TokenId> {
        let piece = *self.piece_of.get(pos).filter(|&&p| p != u32::MAX)?;
        let tokens = self.piece(piece);
        let index = tokens.partition_point(|t| t.end <= pos);
        Some(TokenId {
            piece,
            index: index as u32,
        })
    }

    /// The word of a token, in the matching view.
    pub fn word(&self, token: &Token) -> &str {
        self.norm(Span::new(token.start, token.end))
    }

    /// The words of `span` from its start, as long as each starts where the
    /// one before ended and ends inside it.
    pub fn words_in(&self, span: Span) -> impl Iterator<Item = &Token> {
        let mut at = span.start;
        std::iter::from_fn(move || {
            let t = self
                .token_at(at)
                .filter(|t| t.start == at && t.end <= span.end)?;
            at = t.end;
            Some(t)
        })
    }

    /// Whether `span` is whole words, each passing `is` (the token and its
    /// word).
    pub fn every_word(&self, span: Span, is: impl Fn(&Token, &str) -> bool) -> bool {
        let mut end = span.start;
        for t in self.words_in(span) {
            if !is(t, self.word(t)) {
                return false;
            }
            end = t.end;
        }
        end == span.end
    }

    /// The token at `id`.
    pub fn token(&self, id: TokenId) -> &Token {
        &self.piece(id.piece)[id.index as usize]
    }

    /// The token before `id` in the document (the previous sentence's last
    /// one for a sentence's first).
    pub fn prev(&self, id: TokenId) -> Option<TokenId> {
        if id.index > 0 {
            return Some(TokenId {
                index: id.index - 1,
                ..id
            });
        }
        let piece = id.piece.checked_sub(1)?;
        let index = self.piece(piece).len().checked_sub(1)? as u32;
        Some(TokenId { piece, index })
    }

    /// The token after `id` in the document.
    pub fn next(&self, id: TokenId) -> Option<TokenId> {
        if (id.index as usize) + 1 < self.piece(id.piece).len() {
            return Some(TokenId {
                index: id.index + 1,
                ..id
            });
        }
        let piece = id.piece + 1;
        (piece < self.pieces.len() as u32 && !self.piece(piece).is_empty())
            .then_some(TokenId { piece, index: 0 })
    }

    /// Every token of the document, in order (segments every piece).
    pub fn tokens(&self) -> impl Iterator<Item = &Token> + '_ {
        (0..self.pieces.len() as u32).flat_map(|p| self.piece(p))
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

/// Each sentence of `doc` segmented whole, as jieba would: what the pieces
/// must add up to (for tests).
#[doc(hidden)]
pub fn sentence_tokens(doc: &Document) -> Vec<Token> {
    doc.sentences
        .iter()
        .flat_map(|s| crate::segment::tokens(doc.norm(*s), s.start))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Walks every token forward with `next` and back with `prev`.
    fn walked(doc: &Document) -> (Vec<Token>, Vec<Token>) {
        let first = doc.sentences.first().and_then(|s| doc.token_id(s.start));
        let forward: Vec<Token> = std::iter::successors(first, |&id| doc.next(id))
            .map(|id| doc.token(id).clone())
            .collect();
        let last = doc.sentences.last().and_then(|s| doc.token_id(s.end - 1));
        let mut back: Vec<Token> = std::iter::successors(last, |&id| doc.prev(id))
            .map(|id| doc.token(id).clone())
            .collect();
        back.reverse();
        (forward, back)
    }

    #[test]
    fn pieces_segment_as_whole_sentences() {
        for text in [
            "重庆市与美国萨克拉门托市、NBA国王队签订四方协议（2024年）。",
            "中国(广西)自由贸易试验区, 开行3.5万列; 增长14.15%!",
            "“一带一路”《深化合作共识》——10~20家…A+B C#语言\r\n第二行。",
            "中歐班列從深圳開往德國杜伊斯堡，運送貨物12.3萬噸。",
            "",
            "，，。",
            "\u{E000}\u{20000}𠀀 emoji 🚄 到站",
        ] {
            let doc = Document::new(text);
            let whole = sentence_tokens(&doc);
            let (forward, back) = walked(&doc);
            assert_eq!(forward, whole, "{text}");
            assert_eq!(back, whole, "{text}");
            assert_eq!(doc.tokens().cloned().collect::<Vec<_>>(), whole, "{text}");
            for t in &whole {
                for pos in t.start..t.end {
                    assert_eq!(doc.token_at(pos), Some(t), "{text} @{pos}");
                }
            }
        }
    }

    /// Spans of the captures of [`Document::captures`] and of the search
    /// sentence by sentence it stands for.
    fn both_ways(doc: &Document, pattern: &Pattern) -> (Vec<Span>, Vec<Span>) {
        let spans = |caps: Vec<Found<'_>>| {
            caps.iter()
                .map(|c| doc.span_of(c.get(0).unwrap()))
                .collect::<Vec<_>>()
        };
        (
            spans(doc.captures(pattern)),
            spans(doc.captures_in(pattern, &doc.sentences).collect()),
        )
    }

    #[test]
    fn patterns_that_look_around_or_match_nothing_are_not_context_free() {
        assert!(Pattern::new(r"《[^》]+》", "t").context_free);
        assert!(Pattern::new(r"[0-9]+(?:个|项)?", "t").context_free);
        assert!(!Pattern::new(r"\b[0-9]+", "t").context_free);
        assert!(!Pattern::new(r"协议$", "t").context_free);
        assert!(!Pattern::new(r"[0-9]*", "t").context_free);
    }

    #[test]
    fn whole_text_matching_keeps_the_matches_of_each_sentence() {
        let number = Pattern::new(r"[0-9]+(?:个|项|家)", "number");
        let title = Pattern::new(r"《[^《》\n]{1,80}》", "title");
        let texts = [
            // Page chrome holds a match; it is no sentence's.
            "首页 > 新闻 > 12个\n签署协议13项，涉及企业20家。\n",
            // A title crossing a sentence end: searched sentence by sentence.
            "发布《关于深化合作。的意见》和《行动方案》。又签署5项。",
            "",
            "。。",
            "3个4项\n5家",
        ];
        for text in texts {
            let doc = Document::new(text);
            for pattern in [&number, &title] {
                let (whole, each) = both_ways(&doc, pattern);
                assert_eq!(whole, each, "{text}");
            }
        }
        let doc = Document::new(texts[0]);
        assert_eq!(
            both_ways(&doc, &number).0,
            [Span::new(18, 21), Span::new(26, 29)]
        );
        let doc = Document::new(texts[1]);
        assert_eq!(both_ways(&doc, &title).0, [Span::new(15, 21)]);
    }

    #[test]
    fn sentences_matching_are_those_a_search_per_sentence_finds() {
        let word = Pattern::new("航线|班列", "transport");
        // A sentence cut at 1000 characters, through 航线: the match
        // crossing the cut is no sentence's, the 班列 after it is.
        let long = format!("{}航线开通，新开班列。", "甲".repeat(999));
        let texts = [
            "首页 > 航线\n新开航线3条。无关。中欧班列开行。\n",
            long.as_str(),
            "航线航线。航",
            "",
        ];
        for text in texts {
            let doc = Document::new(text);
            let each: Vec<Span> = doc
                .sentences
                .iter()
                .copied()
                .filter(|s| word.regex.is_match(doc.norm(*s)))
                .collect();
            assert_eq!(doc.sentences_matching(&word), each, "{text}");
        }
        let doc = Document::new(texts[0]);
        assert_eq!(
            doc.sentences_matching(&word),
            [Span::new(8, 15), Span::new(18, 25)]
        );
        let doc = Document::new(&long);
        assert_eq!(doc.sentences.len(), 2);
        assert_eq!(doc.sentences_matching(&word), [doc.sentences[1]]);
    }

    #[test]
    fn pieces_end_after_punctuation_once_long_enough() {
        // 签署协议， is too short to end at its comma; 。 would end a
        // piece too short as well, but the sentence ends there.
        let doc = Document::new("签署协议，开展农业合作，共建示范园区。");
        let spans: Vec<(usize, usize)> = doc.pieces.iter().map(|p| (p.start, p.end)).collect();
        assert_eq!(spans, [(0, 12), (12, 19)]);
        // Nothing is segmented until asked for.
        assert!(doc.piece_tokens.iter().all(|p| p.get().is_none()));
        assert_eq!(doc.token_at(13).map(|t| (t.start, t.end)), Some((12, 14)));
        let segmented: Vec<bool> = doc.piece_tokens.iter().map(|p| p.get().is_some()).collect();
        assert_eq!(segmented, [false, true]);
    }

    #[test]
    fn gazetteer_names_take_the_script_of_the_text() {
        let doc = Document::new("中歐班列從深圳開往德國杜伊斯堡。");
        assert_eq!(doc.in_text_script("德国"), "德國");
        assert_eq!(doc.in_text_script("越南"), "越南");
        assert_eq!(Document::new("开往德国。").in_text_script("德国"), "德国");
    }

    #[test]
    fn a_traditional_text_writes_characters_it_never_wrote_in_its_script() {
        // No 馬 in the text: 马 takes its one Traditional form; 台 has
        // several (臺, 颱, 檯) and 克 is Traditional too: they stay.
        let doc = Document::new("澳門往返吉隆坡航線，每週4班，來自東南亞的旅客。");
        assert_eq!(doc.in_text_script("马来西亚"), "馬來西亞");
        assert_eq!(doc.in_text_script("台北"), "台北");
        assert_eq!(doc.in_text_script("斯里兰卡"), "斯里蘭卡");
        assert_eq!(doc.in_text_script("塔吉克斯坦"), "塔吉克斯坦");
        // A Simplified text quoting one Traditional name stays Simplified.
        let doc = Document::new("中国与马来西亚签署协议，“國立大學”代表出席，来宾众多。");
        assert_eq!(doc.in_text_script("马来西亚"), "马来西亚");
    }
}
