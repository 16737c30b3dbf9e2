//! Every article of `input/` re-encoded in the test itself — GBK (GB18030
//! where GBK lacks a character), Big5 for the Traditional repost, UTF-16 LE
//! and BE with a byte-order mark — decodes to the same text and gives the
//! same facts as the UTF-8 file.

use pressfacts::source::decode;
use std::path::Path;

fn facts_json(src: &pressfacts::Source) -> serde_json::Value {
    let mut v = serde_json::to_value(pressfacts::extract_source(src)).unwrap();
    // Only the source block may differ: the hash and the encoding.
    v["source"] = serde_json::Value::Null;
    v
}

#[test]
fn every_article_in_every_encoding_gives_the_same_facts() {
    let mut checked = 0;
    for entry in std::fs::read_dir("input").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let utf8 = std::fs::read(&path).unwrap();
        let reference = decode(&path, &utf8).unwrap();
        let text = reference.text.as_str();
        let expected = facts_json(&reference);

        let mut variants: Vec<(&str, Vec<u8>)> = Vec::new();
        let (gbk, _, unmappable) = encoding_rs::GBK.encode(text);
        if !unmappable {
            variants.push(("gbk", gbk.into_owned()));
        }
        let (big5, _, unmappable) = encoding_rs::BIG5.encode(text);
        if !unmappable && path.to_string_lossy().contains("traditional") {
            variants.push(("big5", big5.into_owned()));
        }
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        variants.push(("utf-16le", le));
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        variants.push(("utf-16be", be));

        for (encoding, bytes) in variants {
            let src = decode(Path::new("x.txt"), &bytes)
                .unwrap_or_else(|e| panic!("{} as {encoding}: {e}", path.display()));
            assert_eq!(src.encoding, encoding, "{}", path.display());
            assert_eq!(src.text, text, "{} as {encoding}", path.display());
            assert_eq!(
                facts_json(&src),
                expected,
                "{} as {encoding}",
                path.display()
            );
            checked += 1;
        }
    }
    assert!(checked >= 16 * 3, "checked {checked}");
}
