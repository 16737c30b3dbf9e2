//! Hostile but valid text goes through without a panic, and every span still
//! slices back: very long lines, text without punctuation, mixed scripts,
//! emoji, combining marks and control characters, a few megabytes in all
//! (the longest single line is half a megabyte).
//! (How the run time grows with the input is measured by `cargo bench`,
//! not here.)

/// Checks every span against the text; returns how many facts there are.
fn check_spans(text: &str, facts: &pressfacts::Facts) -> usize {
    let errors = facts.span_errors(text);
    assert!(errors.is_empty(), "{errors:?}");
    facts.tally().iter().sum()
}

/// A deterministic mix of the pieces that break naive text code.
fn hostile(size: usize) -> String {
    let pieces = [
        "重庆市与科伦坡签署友好合作协议13项",
        "近200位嘉宾",
        "😀🚄✈️",
        "e\u{301}a\u{308}",
        "\u{1}\u{7}\u{1b}[0m",
        "Москва—Париж",
        "مرحبا",
        "ＡＢＣ１２３",
        "《未闭合的书名",
        "—————",
        "三四五六七八九十百千万亿",
        "\u{200b}\u{feff}",
        "开通重庆—越南河内航线",
        "1.2.3.4.5",
    ];
    let mut out = String::new();
    let mut i = 0usize;
    while out.len() < size {
        out.push_str(pieces[i % pieces.len()]);
        i = i.wrapping_mul(31).wrapping_add(7) % 1009;
    }
    out
}

#[test]
fn a_long_line_without_punctuation_or_breaks() {
    let text = hostile(1 << 19);
    let facts = pressfacts::extract(&text);
    assert!(
        check_spans(&text, &facts) > 0,
        "the embedded facts are still found"
    );
}

#[test]
fn many_short_hostile_lines_and_unbalanced_brackets() {
    let text: String = (0..20_000)
        .map(|i| format!("{}《{}\n", hostile(40 + i % 50), i))
        .collect();
    let facts = pressfacts::extract(&text);
    check_spans(&text, &facts);
}

#[test]
fn only_punctuation_digits_or_controls() {
    for text in [
        "。".repeat(100_000),
        "1".repeat(200_000),
        "\u{1}".repeat(1000) + "正文",
        "，、；：".repeat(50_000),
        "%".repeat(10_000),
    ] {
        let facts = pressfacts::extract(&text);
        check_spans(&text, &facts);
    }
}
