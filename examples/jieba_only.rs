//! A process that only builds jieba-rs's default dictionary and cuts one
//! line: the floor for the start-up of `pressfacts extract` on one article
//! (see `bench/compare.sh`, which times both whole processes).
//!
//! ```text
//! cargo build --release --example jieba_only && target/release/examples/jieba_only
//! ```

use jieba_rs::Jieba;

fn main() {
    let jieba = Jieba::new();
    let words = jieba.tag(
        "嘉兴市人民政府与中国科学院上海分院签署全面战略合作协议。",
        true,
    );
    println!("{}", words.len());
}
