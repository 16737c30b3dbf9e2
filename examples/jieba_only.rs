//! A process that only builds jieba-rs's default dictionary and tags one
//! line: the floor for the start-up of `pressfacts extract` on one article
//! (see `bench/compare.sh`, which times both whole processes).
//!
//! ```text
//! cargo build --release --example jieba_only
//! target/release/examples/jieba_only          # dictionary + a line of dictionary words
//! target/release/examples/jieba_only --oov    # … + a line with a word not in it
//! ```
//!
//! jieba-rs loads a second table lazily, the HMM it tags out-of-vocabulary
//! words with (`posseg.txt`, about 30 ms), on the first such word. Nearly
//! every article has one (a foreign place name, a company), so `--oov`
//! tags `科伦坡马累…` to include that load: the floor for a real article.

use jieba_rs::Jieba;

/// Every word is in jieba's dictionary: the lazy HMM table is not loaded.
const DICT_LINE: &str = "嘉兴市人民政府与中国科学院上海分院签署全面战略合作协议。";
/// 科伦坡 and 马累 are not: tagging them loads the HMM table.
const OOV_LINE: &str = "科伦坡马累缔结友好交流城市关系。";

fn main() {
    let oov = std::env::args().any(|a| a == "--oov");
    let jieba = Jieba::new();
    let line = if oov { OOV_LINE } else { DICT_LINE };
    let words = jieba.tag(line, true);
    println!("{}", words.len());
}
