//! Writes the benchmark corpus: N articles varied from `input/*.txt`.
//!
//! ```text
//! cargo run --release --example gen_corpus -- OUT_DIR N [INPUT_DIR]
//! ```
//!
//! The same N always writes the same files (`00000_<stem>.txt`, …); the
//! criterion bench (`cargo bench --bench pipeline`) builds its corpus in
//! memory with the same code (`benches/support/corpus.rs`), so `bench/compare.sh`
//! and the bench measure the same text.

#[path = "../benches/support/corpus.rs"]
mod corpus;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: gen_corpus OUT_DIR N [INPUT_DIR (default: input)]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (out, n) = match (args.first(), args.get(1).map(|s| s.parse::<usize>())) {
        (Some(out), Some(Ok(n))) if args.len() <= 3 => (PathBuf::from(out), n),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let input = PathBuf::from(args.get(2).map_or("input", String::as_str));
    let inputs = match corpus::read_inputs(&input) {
        Ok(v) if !v.is_empty() => v,
        Ok(_) => {
            eprintln!("error: no .txt files in {}", input.display());
            return ExitCode::FAILURE;
        }
        Err(e) => {
            eprintln!("error: {}: {e}", input.display());
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("error: {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    let mut bytes = 0;
    for article in corpus::generate(&inputs, n) {
        let path = out.join(&article.name);
        if let Err(e) = std::fs::write(&path, &article.text) {
            eprintln!("error: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        bytes += article.text.len();
    }
    eprintln!("{n} articles, {bytes} bytes -> {}", out.display());
    ExitCode::SUCCESS
}
