//! Arbitrary bytes through the whole pipeline: decode, extract, and check
//! the contract's span promise for every fact of every kind.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = pressfacts::source::decode(std::path::Path::new("fuzz.txt"), data) else {
        return;
    };
    let facts = pressfacts::extract_source(&src);
    assert_eq!(facts.source.chars, src.text.chars().count());
    let errors = facts.span_errors(&src.text);
    assert!(errors.is_empty(), "{errors:?}");
});
