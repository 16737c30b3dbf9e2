//! How the segmenter cuts and tags a text, as `word/tag` pairs: a look at
//! what the extractors see when a rule misbehaves.
//!
//! ```text
//! cargo run --release --example tokens -- 市商务委副主任出席签约仪式
//! ```

fn main() {
    for s in std::env::args().skip(1) {
        let n = pressfacts::normalize::normalize(&s);
        let t = pressfacts::segment::tokens(&n, 0);
        let c: Vec<char> = n.chars().collect();
        let v: Vec<String> = t
            .iter()
            .map(|t| format!("{}/{}", c[t.start..t.end].iter().collect::<String>(), t.tag))
            .collect();
        println!("{}", v.join(" "));
    }
}
