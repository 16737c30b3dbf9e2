//! Whole-article regression checks: every press release in `input/` has a
//! reviewed snapshot of its facts. A new article adds a snapshot to review
//! with `cargo insta review`; a change in the extractor shows up as a diff.

use pressfacts::{Source, extract_source};

fn facts_of(path: &std::path::Path) -> pressfacts::Facts {
    let bytes = std::fs::read(path).expect("input article is readable");
    let mut src = pressfacts::source::decode(path, &bytes).expect("input article decodes");
    // Snapshots name the article by file name, wherever the checkout lives.
    src.path = format!("input/{}", path.file_name().unwrap().to_string_lossy());
    extract_source(&src)
}

#[test]
fn snapshot_every_input_article() {
    insta::glob!("../input", "*.txt", |path| {
        insta::assert_json_snapshot!(facts_of(path));
    });
}

/// The contract's promise: slicing the source by any span gives the mention,
/// and the first span gives the fact's text.
#[test]
fn every_span_slices_back_to_its_text() {
    insta::glob!("../input", "*.txt", |path| {
        let facts = facts_of(path);
        let text = std::fs::read_to_string(path).unwrap();
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let errors = facts.span_errors(text);
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
        let checked = facts.tally().iter().sum::<usize>();
        assert!(checked > 0, "{} gave no facts", path.display());
        let same = Source::from_text("x", text);
        assert_eq!(
            extract_source(&same).tally(),
            facts.tally(),
            "extraction is deterministic"
        );
    });
}

/// A run over one article builds a dictionary fitted to it; the facts must
/// be those of the full dictionary, byte for byte.
#[test]
fn fitted_dictionary_gives_the_same_facts() {
    insta::glob!("../input", "*.txt", |path| {
        let bytes = std::fs::read(path).unwrap();
        let src = pressfacts::source::decode(path, &bytes).unwrap();
        let full = serde_json::to_string(&extract_source(&src)).unwrap();
        let fitted = serde_json::to_string(&pressfacts::extract_source_with(
            &src,
            pressfacts::Dictionary::Fitted,
        ))
        .unwrap();
        assert!(full == fitted, "{}: facts differ", path.display());
    });
}

/// The document segments each piece of a sentence (cut at punctuation) on
/// its own and only when asked; every token must be the one segmenting the
/// whole sentence gives.
#[test]
fn pieces_give_the_tokens_of_whole_sentences() {
    insta::glob!("../input", "*.txt", |path| {
        let bytes = std::fs::read(path).unwrap();
        let src = pressfacts::source::decode(path, &bytes).unwrap();
        let doc = pressfacts::document::Document::new(&src.text);
        let pieces: Vec<_> = doc.tokens().cloned().collect();
        let whole = pressfacts::document::sentence_tokens(&doc);
        assert!(pieces == whole, "{}: tokens differ", path.display());
    });
}
