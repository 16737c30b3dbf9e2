//! A set of characters with a one-probe membership test: a bit per
//! character of the Basic Multilingual Plane (8 KiB), a short list for the
//! few beyond it. Hot loops ask "could a name end here?" of every character
//! of an article; a bit test answers faster than a hash set.

/// A set of characters.
#[derive(Clone)]
pub struct CharSet {
    bmp: Box<[u64]>,
    other: Vec<char>,
}

const BMP: usize = 0x10000;

impl Default for CharSet {
    fn default() -> CharSet {
        CharSet {
            bmp: vec![0; BMP / 64].into_boxed_slice(),
            other: Vec::new(),
        }
    }
}

impl CharSet {
    pub fn insert(&mut self, c: char) {
        let i = c as usize;
        if i < BMP {
            self.bmp[i / 64] |= 1 << (i % 64);
        } else if !self.other.contains(&c) {
            self.other.push(c);
        }
    }

    #[inline]
    pub fn contains(&self, c: char) -> bool {
        let i = c as usize;
        if i < BMP {
            self.bmp[i / 64] & (1 << (i % 64)) != 0
        } else {
            self.other.contains(&c)
        }
    }
}

impl FromIterator<char> for CharSet {
    fn from_iter<I: IntoIterator<Item = char>>(chars: I) -> CharSet {
        let mut set = CharSet::default();
        for c in chars {
            set.insert(c);
        }
        set
    }
}

/// A Han character of the basic block (CJK Unified Ideographs), as names
/// and places are written.
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}')
}

/// [`char::is_alphanumeric`], answered at once for the CJK Unified
/// Ideographs (every one is a letter), which make up most of an article and
/// which the standard test looks up in a table.
pub fn is_alphanumeric(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}') || c.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cjk_unified_ideograph_is_alphanumeric() {
        for c in '\u{4E00}'..='\u{9FFF}' {
            assert!(c.is_alphanumeric(), "{c}");
        }
        for c in ['a', '9', '國', ',', '、', ' ', '\u{3007}', '\u{20000}'] {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c}");
        }
    }

    #[test]
    fn holds_what_was_inserted_in_and_beyond_the_bmp() {
        let set: CharSet = "学院\u{20000}a".chars().collect();
        for c in ['学', '院', '\u{20000}', 'a'] {
            assert!(set.contains(c), "{c}");
        }
        for c in ['校', 'b', '\u{20001}', '\u{ffff}', '\0'] {
            assert!(!set.contains(c), "{c}");
        }
    }
}
