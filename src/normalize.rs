//! The matching view: a copy of the source with exactly as many characters,
//! so that a character offset means the same place in both. Extractors match
//! on this view and report spans that slice the source. This module owns the
//! character mapping only; it never inserts or removes a character.
//!
//! Traditional characters map to simplified ones character by character
//! (`data/t2s.tsv`, from OpenCC's character tables, Apache-2.0), so the
//! extractors' simplified patterns match a Traditional repost while names
//! and text are still reported as written.

use crate::charset::CharSet;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

static T2S: LazyLock<HashMap<char, char>> = LazyLock::new(|| {
    include_str!("../data/t2s.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut it = l.split('\t').map(|f| f.chars());
            let (mut t, mut s) = (it.next()?, it.next()?);
            match (t.next(), t.next(), s.next(), s.next()) {
                (Some(t), None, Some(s), None) => Some((t, s)),
                _ => None,
            }
        })
        .collect()
});

/// The Traditional characters [`T2S`] maps: most characters of an article
/// are not, and a bit test tells so faster than a hash lookup.
static TRADITIONAL: LazyLock<CharSet> = LazyLock::new(|| T2S.keys().copied().collect());

/// Simplified → Traditional, for the characters only one Traditional
/// character maps to (马 ← 馬, but not 台 ← 臺, 颱, 檯) and which Traditional
/// script does not write itself: Big5 cannot encode them (克, which 剋
/// simplifies to, is a Traditional character too). Compatibility
/// ideographs (U+F963 ← 北) are encodings of the same character, not
/// Traditional forms.
static S2T: LazyLock<HashMap<char, char>> = LazyLock::new(|| {
    let mut forms: HashMap<char, Option<char>> = HashMap::default();
    for (&t, &s) in T2S.iter() {
        if t != s && crate::charset::is_han(t) {
            forms.entry(s).and_modify(|f| *f = None).or_insert(Some(t));
        }
    }
    let big5 = big5_encodable();
    forms
        .into_iter()
        .filter(|(s, _)| !s.is_ascii() && !big5.contains(s))
        .filter_map(|(s, t)| Some((s, t?)))
        .collect()
});

/// The characters Big5 encodes: those its index gives the pointers of lead
/// bytes 0xA1 to 0xFE (the encoder leaves out the Hong Kong pointers below,
/// as the WHATWG Encoding Standard says), and ASCII. Decoding that part of
/// the index once costs a few million instructions; asking the encoder
/// character by character, which searches the index, cost fifty (a third
/// of a one-article run's work).
fn big5_encodable() -> rustc_hash::FxHashSet<char> {
    let bytes: Vec<u8> = (0xA1..=0xFE)
        .flat_map(|lead| {
            (0x40..=0x7E)
                .chain(0xA1..=0xFE)
                .flat_map(move |trail| [lead, trail])
        })
        .collect();
    let (text, _) = encoding_rs::BIG5.decode_without_bom_handling(&bytes);
    text.chars()
        .filter(|&c| c != char::REPLACEMENT_CHARACTER)
        .collect()
}

/// The one Traditional form of a Simplified character (马 → 馬), if it has
/// exactly one.
pub fn traditional_form(c: char) -> Option<char> {
    S2T.get(&c).copied()
}

/// Whether a character is written differently in Simplified script (馬, 國).
pub fn is_traditional_only(c: char) -> bool {
    TRADITIONAL.contains(c) && T2S.get(&c).is_some_and(|&s| s != c)
}

/// Maps one source character to its matching form.
///
/// Full-width ASCII (`３１`, `，`, `（`) becomes ASCII, the ideographic space
/// a space, and the dash family one hyphen, so that `重庆－河内`, `重庆—河内`
/// and `10–20家` all match one pattern. The numeral `一` is a word, not a dash,
/// and is left alone; so is the wave dash `~`, which joins ranges and places
/// alike and is handled by the patterns.
#[inline]
pub fn normalize_char(c: char) -> char {
    match c {
        '\u{3000}' => ' ',
        '\u{FF5E}' | '\u{301C}' => '~',
        '\u{FF01}'..='\u{FF5D}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2500}' | '\u{2043}'
        | '\u{FE58}' | '\u{FE63}' | '\u{2212}' => '-',
        '\u{3001}' => '、',
        '「' | '『' => '“',
        '」' | '』' => '”',
        _ if !TRADITIONAL.contains(c) => c,
        _ => T2S.get(&c).copied().unwrap_or(c),
    }
}

/// Builds the matching view of `text`; it has the same number of characters.
pub fn normalize(text: &str) -> String {
    text.chars().map(normalize_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big5_encodable_agrees_with_the_encoder() {
        // Every Simplified form T2S holds, asked of both.
        let big5 = big5_encodable();
        let mut buf = [0u8; 4];
        for &s in T2S.values() {
            let unmappable = encoding_rs::BIG5.encode(s.encode_utf8(&mut buf)).2;
            assert_eq!(s.is_ascii() || big5.contains(&s), !unmappable, "{s}");
        }
        assert!(big5.contains(&'馬') && big5.contains(&'國'));
        assert!(!big5.contains(&'马') && !big5.contains(&'国'));
        assert_eq!(traditional_form('马'), Some('馬'));
    }

    #[test]
    fn full_width_digits_and_punctuation_become_ascii() {
        assert_eq!(normalize("３１个国家，（共）"), "31个国家,(共)");
    }

    #[test]
    fn dash_family_is_unified_but_yi_is_not_a_dash() {
        assert_eq!(normalize("重庆—河内–万象－一"), "重庆-河内-万象-一");
        assert_eq!(normalize("一二"), "一二");
    }

    #[test]
    fn traditional_maps_to_simplified_one_to_one() {
        assert_eq!(
            normalize("簽署合作協議３項，發佈「倡議」"),
            "签署合作协议3项,发布“倡议”"
        );
    }

    #[test]
    fn keeps_the_number_of_characters() {
        let s = "重庆—斯里兰卡科伦坡～马累　ＮＢＡ😀e\u{301}";
        assert_eq!(normalize(s).chars().count(), s.chars().count());
    }
}
