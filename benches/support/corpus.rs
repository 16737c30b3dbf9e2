//! The benchmark corpus, shared by `benches/pipeline.rs` and
//! `examples/gen_corpus.rs` (both include this file with `#[path]`), so the
//! criterion run and `bench/compare.sh` read the very same articles.
//!
//! Article `i` of a corpus of `n` is `input/*.txt` number `i % k`, of the `k` there are (sorted by
//! name) with every run of ASCII digits replaced by a different number of the
//! same length, and the city names of [`CITIES`] permuted, both drawn from a
//! generator seeded with `i`. The same `n` always gives the same files, and
//! no two articles are byte-identical (so nothing can be cached by content).
//! Lengths in characters are kept, so every article is about the size of the
//! one it came from.

use std::path::Path;

/// Two-character city names swapped among themselves.
pub const CITIES: [&str; 20] = [
    "北京", "上海", "广州", "深圳", "成都", "重庆", "武汉", "西安", "杭州", "南京", "天津", "昆明",
    "厦门", "青岛", "郑州", "长沙", "宁波", "合肥", "济南", "福州",
];

/// One generated article: its file name and text.
pub struct Article {
    pub name: String,
    pub text: String,
}

/// splitmix64: small, fixed and good enough to vary numbers.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x5EED_C0DE_F00D_0001)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// The source articles: `DIR/*.txt`, sorted by file name.
pub fn read_inputs(dir: &Path) -> std::io::Result<Vec<Article>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "txt") {
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let text = std::fs::read_to_string(&path)?;
            out.push(Article { name, text });
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

/// A number of `len` digits other than `old`, without a new leading zero
/// (a leading zero stays possible where the original had one, as in `06月`).
fn other_number(rng: &mut Rng, old: &str) -> String {
    let len = old.len();
    loop {
        let mut s = String::with_capacity(len);
        for k in 0..len {
            let lead_zero_ok = k > 0 || len == 1 || old.starts_with('0');
            let d = if lead_zero_ok {
                rng.below(10)
            } else {
                1 + rng.below(9)
            };
            s.push(char::from(b'0' + d as u8));
        }
        if s != old {
            return s;
        }
    }
}

/// A permutation of [`CITIES`] (Fisher–Yates).
fn city_map(rng: &mut Rng) -> Vec<&'static str> {
    let mut v = CITIES.to_vec();
    for i in (1..v.len()).rev() {
        let j = rng.below(i as u64 + 1) as usize;
        v.swap(i, j);
    }
    v
}

/// `text` with its digit runs and city names varied by `seed`.
pub fn vary(text: &str, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let cities = city_map(&mut rng);
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c.is_ascii_digit() {
            let end = rest
                .find(|ch: char| !ch.is_ascii_digit())
                .unwrap_or(rest.len());
            out.push_str(&other_number(&mut rng, &rest[..end]));
            rest = &rest[end..];
        } else if let Some(k) = CITIES.iter().position(|city| rest.starts_with(city)) {
            out.push_str(cities[k]);
            rest = &rest[CITIES[k].len()..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// `n` articles varied from `inputs` (see the module documentation).
pub fn generate(inputs: &[Article], n: usize) -> Vec<Article> {
    if inputs.is_empty() {
        return Vec::new();
    }
    (0..n)
        .map(|i| {
            let base = &inputs[i % inputs.len()];
            Article {
                name: format!("{i:05}_{}.txt", base.name),
                text: vary(&base.text, i as u64),
            }
        })
        .collect()
}
