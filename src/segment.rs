//! Word segmentation and part-of-speech tags. This is the only module that
//! imports jieba-rs: its API changed between releases (0.10 turned `cut`'s
//! result into tokens with offsets), and keeping it here means such a change
//! touches one file. The dictionary is built once per process, lazily, and
//! extended with the gazetteers' place names and standard institution
//! abbreviations, so that 科伦坡 or 市外办 come out as one word.

use crate::gazetteer;
use jieba_rs::Jieba;
use std::sync::LazyLock;

static JIEBA: LazyLock<Jieba> = LazyLock::new(|| {
    let mut jieba = Jieba::new();
    add_user_words(&mut jieba);
    jieba
});

/// Builds jieba's dictionary on one thread and, on another, the
/// part-of-speech model jieba-rs loads the first time it meets a word its
/// dictionary lacks (every real article has one). Returns at once; the first
/// segmentation waits for what is not ready. See [`crate::warm_up`].
pub(crate) fn warm_up_threads(then: fn()) {
    std::thread::spawn(|| LazyLock::force(&JIEBA));
    std::thread::spawn(move || {
        // An empty dictionary knows no word, so tagging anything loads the model.
        let _ = Jieba::empty().tag("甲乙", true);
        then();
    });
}

/// Adds the words jieba's default dictionary lacks. A word it already has
/// keeps its frequency and tag (jieba knows 北京 better than we do); a new
/// one gets the frequency jieba suggests for keeping it whole.
fn add_user_words(jieba: &mut Jieba) {
    let places = gazetteer::place_names().into_iter().map(|w| (w, "ns"));
    let orgs = gazetteer::org_abbreviations()
        .iter()
        .map(|(w, _)| (*w, "nt"));
    for (word, tag) in places.chain(orgs) {
        if !jieba.has_word(word) {
            jieba.add_word(word, None, Some(tag));
        }
    }
}

/// One word of the matching view, with character offsets into the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// jieba's part-of-speech tag (`n`, `ns`, `m`, `v`, …). Tags are hints:
    /// jieba tags 嘉宾 as a place and 科伦坡 as a person. Borrowed from the
    /// process-wide dictionary, so no token allocates.
    pub tag: &'static str,
}

/// Every part-of-speech tag jieba-rs gives (its dictionary's and its HMM
/// model's), sorted, so a token's tag is a `&'static str` and no token
/// allocates.
const TAGS: &[&str] = &[
    "a", "ad", "ag", "an", "b", "bg", "c", "d", "df", "dg", "e", "en", "eng", "f", "g", "h", "i",
    "in", "j", "jn", "k", "l", "ln", "m", "mg", "mq", "n", "ng", "nr", "nrfg", "nrt", "ns", "nt",
    "nz", "o", "p", "q", "qe", "qg", "r", "rg", "rr", "rz", "s", "t", "tg", "u", "ud", "ug", "uj",
    "ul", "uv", "uz", "v", "vd", "vg", "vi", "vn", "vq", "w", "x", "y", "yg", "z", "zg",
];

/// The static form of a tag; a tag outside the list (a future jieba-rs)
/// reads as `x`, "other".
fn static_tag(tag: &str) -> &'static str {
    static INDEX: LazyLock<rustc_hash::FxHashMap<&'static str, &'static str>> =
        LazyLock::new(|| TAGS.iter().map(|t| (*t, *t)).collect());
    INDEX.get(tag).copied().unwrap_or("x")
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
            tag: static_tag(t.tag),
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

    fn words(jieba: &Jieba, text: &str) -> Vec<String> {
        jieba
            .cut(text, true)
            .iter()
            .map(|t| t.word.to_string())
            .collect()
    }

    #[test]
    fn user_dictionary_keeps_places_and_abbreviations_whole() {
        let plain = Jieba::new();
        // Without the gazetteers jieba cuts a Turkish city and a standard
        // abbreviation apart, and glues 委 to the title that follows.
        assert_eq!(
            words(&plain, "开通开塞利航线"),
            ["开通", "开", "塞利", "航线"]
        );
        assert_eq!(
            words(&plain, "市商务委副主任"),
            ["市", "商务", "委副", "主任"]
        );
        assert_eq!(words(&JIEBA, "开通开塞利航线"), ["开通", "开塞利", "航线"]);
        assert_eq!(words(&JIEBA, "市商务委副主任"), ["市商务委", "副", "主任"]);
        let toks = tokens("市商务委副主任", 0);
        assert_eq!((toks[0].end, toks[0].tag), (4, "nt"));
    }

    #[test]
    fn tags_are_sorted_and_known() {
        assert!(TAGS.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(static_tag("nrt"), "nrt");
        assert_eq!(static_tag("zz-new"), "x");
    }

    #[test]
    fn digits_are_their_own_token() {
        let toks = tokens("共有31个国家", 0);
        assert!(toks.iter().any(|t| t.start == 2 && t.end == 4), "{toks:?}");
    }
}
