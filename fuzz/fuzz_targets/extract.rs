//! Arbitrary bytes through the whole pipeline: decode, extract, and check
//! the contract's span promise for every fact of every kind.

#![no_main]

use libfuzzer_sys::fuzz_target;
use pressfacts::facts::Fact;

fn check<A: std::fmt::Debug>(kind: &str, text: &str, n_chars: usize, facts: &[Fact<A>]) {
    for f in facts {
        assert!(!f.spans.is_empty(), "{kind} {:?} has no span", f.text);
        for &[start, end] in &f.spans {
            assert!(
                start < end && end <= n_chars,
                "{kind} {:?}: span [{start}, {end}) outside the {n_chars} chars",
                f.text
            );
        }
        assert!(
            f.spans.windows(2).all(|w| w[0] < w[1]),
            "{kind} {:?}: spans not sorted: {:?}",
            f.text,
            f.spans
        );
        let [start, end] = f.spans[0];
        let first: String = text.chars().skip(start).take(end - start).collect();
        assert_eq!(
            first, f.text,
            "{kind}: first span does not slice back ({:?})",
            f.attrs
        );
        assert!(
            f.sentence.contains(&f.text),
            "{kind} {:?} not in its sentence {:?}",
            f.text,
            f.sentence
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(src) = pressfacts::source::decode(std::path::Path::new("fuzz.txt"), data) else {
        return;
    };
    let facts = pressfacts::extract_source(&src);
    let text = &src.text;
    let n = text.chars().count();
    assert_eq!(facts.source.chars, n);
    check("count", text, n, &facts.counts);
    check("agreement", text, n, &facts.agreements);
    check("route", text, n, &facts.routes);
    check("institution", text, n, &facts.institutions);
    check("document", text, n, &facts.documents);
});
