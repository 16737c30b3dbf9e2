//! Word segmentation and part-of-speech tags. This is the only module that
//! imports jieba-rs: its API changed between releases (0.10 turned `cut`'s
//! result into tokens with offsets), and keeping it here means such a change
//! touches one file. The dictionary is built once per process, lazily.

use jieba_rs::Jieba;
use std::sync::LazyLock;

static JIEBA: LazyLock<Jieba> = LazyLock::new(Jieba::new);

/// One word of the matching view, with character offsets into the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// jieba's part-of-speech tag (`n`, `ns`, `m`, `v`, …). Tags are hints:
    /// jieba tags 嘉宾 as a place and 科伦坡 as a person.
    pub tag: String,
}

/// Segments `text`, shifting every offset by `offset` characters (the
/// position of `text` in the document), so callers cut sentence by sentence.
pub fn tokens(text: &str, offset: usize) -> Vec<Token> {
    JIEBA
        .tag(text, true)
        .into_iter()
        .map(|t| Token {
            start: t.start + offset,
            end: t.end + offset,
            tag: t.tag.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_characters_and_shifted() {
        let toks = tokens("签署14项合作协议", 10);
        assert_eq!(toks.first().map(|t| t.start), Some(10));
        assert_eq!(toks.last().map(|t| t.end), Some(19));
        // Tokens tile the text without gaps.
        for pair in toks.windows(2) {
            assert_eq!(pair[0].end, pair[1].start);
        }
    }

    #[test]
    fn digits_are_their_own_token() {
        let toks = tokens("共有31个国家", 0);
        assert!(toks.iter().any(|t| t.start == 2 && t.end == 4), "{toks:?}");
    }
}
