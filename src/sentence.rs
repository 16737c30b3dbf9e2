//! Sentence spans: where each sentence of the source starts and ends, in
//! characters. Sentences end at 。！？；… (full-width or ASCII) and at line
//! breaks; the span keeps the terminator and drops surrounding white space.

use crate::Span;

fn is_terminator(c: char) -> bool {
    matches!(c, '。' | '!' | '?' | ';' | '！' | '？' | '；' | '…')
}

/// Splits `text` (either view; both have the same characters at the same
/// offsets for these purposes) into non-empty sentence spans.
pub fn split(text: &str) -> Vec<Span> {
    split_chars(&text.chars().collect::<Vec<_>>())
}

/// [`split`] on the characters of a text.
pub fn split_chars(chars: &[char]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' || c == '\r' {
            push_trimmed(chars, start, i, &mut out);
            start = i + 1;
        } else if is_terminator(c) {
            let mut end = i + 1;
            // Keep runs such as "……" or "！？" and a closing quote with the sentence.
            while end < chars.len() && (is_terminator(chars[end]) || is_closer(chars[end])) {
                end += 1;
            }
            push_trimmed(chars, start, end, &mut out);
            start = end;
            i = end;
            continue;
        }
        i += 1;
    }
    push_trimmed(chars, start, chars.len(), &mut out);
    out
}

fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』' | ')' | '）' | '"')
}

/// The longest sentence we pass on, in characters. Real sentences are far
/// shorter; a page without punctuation (a table dump, a minified script) is
/// cut into pieces so that every later stage works on bounded pieces and a
/// whole run stays linear in the size of the input.
pub const MAX_SENTENCE: usize = 1000;

fn push_trimmed(chars: &[char], mut start: usize, mut end: usize, out: &mut Vec<Span>) {
    while start < end && chars[start].is_whitespace() {
        start += 1;
    }
    while end > start && chars[end - 1].is_whitespace() {
        end -= 1;
    }
    while end - start > MAX_SENTENCE {
        // Cut after the last clause mark or space in the window, else hard.
        let window = &chars[start..start + MAX_SENTENCE];
        let cut = window
            .iter()
            .rposition(|c| matches!(c, ',' | '，' | '、' | ':' | '：') || c.is_whitespace())
            .filter(|&i| i > MAX_SENTENCE / 2)
            .map_or(MAX_SENTENCE, |i| i + 1);
        push_trimmed(chars, start, start + cut, out);
        start += cut;
    }
    if start < end {
        out.push(Span { start, end });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        let chars: Vec<char> = s.chars().collect();
        split(s)
            .iter()
            .map(|sp| chars[sp.start..sp.end].iter().collect())
            .collect()
    }

    #[test]
    fn splits_at_terminators_and_lines() {
        assert_eq!(
            texts("标题\n他说：“好。”然后走了！再见…… 下一句"),
            vec!["标题", "他说：“好。”", "然后走了！", "再见……", "下一句"]
        );
    }

    #[test]
    fn decimals_and_commas_do_not_split() {
        assert_eq!(
            texts("增长14.15%,达到22.64万人次。"),
            vec!["增长14.15%,达到22.64万人次。"]
        );
    }

    #[test]
    fn overlong_sentences_are_cut_at_clause_marks_or_hard() {
        let clause = "甲".repeat(700) + "，" + &"乙".repeat(700);
        let spans = split(&clause);
        assert_eq!(spans, [Span::new(0, 701), Span::new(701, 1401)]);
        let run = "丙".repeat(2500);
        let spans = split(&run);
        assert_eq!(spans.len(), 3);
        assert!(spans.iter().all(|s| s.len() <= MAX_SENTENCE));
        assert_eq!(spans.last().map(|s| s.end), Some(2500));
    }

    #[test]
    fn blank_lines_make_no_sentences() {
        assert_eq!(split("\n\n  \r\n").len(), 0);
    }
}
