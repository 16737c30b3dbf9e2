//! The `pressfacts` binary: parse the command line, run, pick the exit code
//! (0 every input ok, 1 some input failed, 2 usage error from clap).

use clap::Parser;
use pressfacts::cli::{Cli, run};
use std::process::ExitCode;

// mimalloc asks for transparent huge pages for its memory, which the system
// allocator does not: jieba's dictionary trie, hash tables of several MB
// probed at every character, then costs fewer TLB misses, and the pipeline
// runs about a fifth faster. MIMALLOC_ALLOW_THP=0 in the environment trades
// that back for about half the resident memory (bench/README.md).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let outcome = run(Cli::parse());
    if outcome.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
