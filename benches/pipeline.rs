//! Throughput of the pipeline against jieba-rs alone, on one generated corpus.
//!
//! ```text
//! cargo bench --bench pipeline                 # about 1–2 minutes
//! PRESSFACTS_BENCH_ARTICLES=800 cargo bench --bench pipeline
//! ```
//!
//! The corpus is `benches/support/corpus.rs` applied to `input/*.txt`
//! (400 articles by default, the same files `gen_corpus` writes for
//! `bench/compare.sh`). Every benchmark processes the whole corpus per
//! iteration and reports its size in bytes as the throughput:
//!
//! - `jieba_cut_alone`: `Jieba::cut(sentence, true)` on the sentences our
//!   `segment` stage is given (normalized, split with `sentence::split`;
//!   the splitting is done before timing), with a dictionary built once:
//!   the baseline of the issue's throughput target.
//! - `jieba_tag_alone`: `Jieba::tag(sentence, true)` on the same sentences,
//!   the call the pipeline makes (it needs part-of-speech tags): the
//!   jieba-rs work inside the pipeline, alone.
//! - `document_and_segmentation`: each article's `Document` built and
//!   every piece of every sentence segmented, with no extractor run: the
//!   work the extractors stand on. The pipeline segments only the pieces
//!   an extractor reads (72% of the sentences' characters on this corpus,
//!   counted with an instrumented build), so this is not a strict bound,
//!   but it shows how much of the 0.5× budget is spent before any
//!   extractor runs.
//! - `extract_serial`: `pressfacts::extract` on each article in a loop.
//! - `extract_rayon_1`, `extract_rayon_2`: the same over `par_iter` in a
//!   rayon pool of 1 and 2 threads (the `-j` scaling).
//! - `extract_rayon_all`: a pool of all cores, when that is not 1 or 2.
//!
//! After criterion's report the bench prints a table of MB/s from
//! criterion's median estimates of this run, and the ratios of the targets.
//! Then, outside criterion:
//!
//! - the CPU time per pass and the cores the process actually got with 1
//!   and 2 threads (on a shared machine, a -j 2 ratio near 1 with about 1
//!   core obtained means no core was free, not that the pipeline does not
//!   scale);
//! - the whole-process wall time of `pressfacts extract input/article.txt`
//!   next to a process that only builds jieba's dictionary (this bench
//!   executable run again with `PRESSFACTS_BENCH_JIEBA_ONLY` set).

#[path = "support/corpus.rs"]
mod corpus;

use criterion::{Criterion, SamplingMode, Throughput};
use jieba_rs::Jieba;
use rayon::prelude::*;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

// The allocator of the `pressfacts` binary (src/main.rs), so the pipeline is
// measured as it runs there; jieba alone runs on it too.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const GROUP: &str = "pipeline";
const DEFAULT_ARTICLES: usize = 400;

fn articles() -> usize {
    std::env::var("PRESSFACTS_BENCH_ARTICLES")
        .ok()
        .and_then(|s| s.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(DEFAULT_ARTICLES)
}

/// Where criterion writes its estimates: as criterion looks for it
/// ($CRITERION_HOME, $CARGO_TARGET_DIR/criterion), else next to this
/// executable (`target/release/deps/pipeline-…` → `target/criterion`).
fn criterion_dir() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(home);
    }
    if let Some(target) = std::env::var_os("CARGO_TARGET_DIR") {
        return Path::new(&target).join("criterion");
    }
    std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.parent()?.join("criterion")))
        .unwrap_or_else(|| PathBuf::from("target/criterion"))
}

fn pool(threads: usize) -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("rayon pool")
}

/// The pipeline on one article; the number of facts keeps the work alive.
fn facts_found(text: &str) -> usize {
    black_box(pressfacts::extract(text)).tally().iter().sum()
}

fn extract_all(texts: &[String]) -> usize {
    texts.par_iter().map(|t| facts_found(t)).sum()
}

/// Set in the environment of a child run of this executable that only
/// builds jieba's dictionary and tags one line (`oov`: a line with a word
/// the dictionary lacks, which also loads jieba-rs's part-of-speech model).
const CHILD: &str = "PRESSFACTS_BENCH_JIEBA_ONLY";

fn main() {
    if let Ok(kind) = std::env::var(CHILD) {
        let jieba = Jieba::new();
        let line = if kind == "oov" {
            "科伦坡马累缔结友好交流城市关系。"
        } else {
            "嘉兴市人民政府与中国科学院上海分院签署全面战略合作协议。"
        };
        println!("{}", jieba.tag(line, true).len());
        return;
    }
    let n = articles();
    let input = Path::new(env!("CARGO_MANIFEST_DIR")).join("input");
    let inputs = corpus::read_inputs(&input).expect("read input/*.txt");
    let texts: Vec<String> = corpus::generate(&inputs, n)
        .into_iter()
        .map(|a| a.text)
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();

    // What the segment stage is given: sentences of the normalized text.
    let sentences: Vec<String> = texts
        .iter()
        .flat_map(|t| {
            let norm = pressfacts::normalize::normalize(t);
            let starts: Vec<usize> = norm
                .char_indices()
                .map(|(i, _)| i)
                .chain([norm.len()])
                .collect();
            pressfacts::sentence::split(&norm)
                .into_iter()
                .map(|s| norm[starts[s.start]..starts[s.end]].to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    let jieba = Jieba::new();
    // Build the pipeline's own dictionary before any timing.
    black_box(pressfacts::extract("签署友好合作协议13项。"));

    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    eprintln!(
        "corpus: {n} articles, {bytes} bytes, {} sentences; {cores} cores",
        sentences.len()
    );

    let out_dir = criterion_dir();
    let started = SystemTime::now();
    let mut c = Criterion::default()
        .output_directory(&out_dir)
        .configure_from_args();
    {
        let mut g = c.benchmark_group(GROUP);
        g.sample_size(10)
            .sampling_mode(SamplingMode::Flat)
            .warm_up_time(Duration::from_secs(2))
            .measurement_time(Duration::from_secs(8))
            .throughput(Throughput::Bytes(bytes as u64));

        // jieba-rs alone: a call on one sentence, giving its number of words.
        type Call<'a> = &'a dyn Fn(&str) -> usize;
        let jieba_alone: [(&str, Call); 2] = [
            ("jieba_cut_alone", &|s| black_box(jieba.cut(s, true)).len()),
            ("jieba_tag_alone", &|s| black_box(jieba.tag(s, true)).len()),
        ];
        for (name, call) in jieba_alone {
            g.bench_function(name, |b| {
                b.iter(|| sentences.iter().map(|s| call(s)).sum::<usize>())
            });
        }
        // The work the extractors stand on: the document built and its
        // words segmented (every piece of every sentence; the pipeline
        // segments only those it reads).
        g.bench_function("document_and_segmentation", |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|t| pressfacts::document::Document::new(t).tokens().count())
                    .sum::<usize>()
            })
        });
        g.bench_function("extract_serial", |b| {
            b.iter(|| texts.iter().map(|t| facts_found(t)).sum::<usize>())
        });
        let mut pools = vec![1, 2];
        if cores > 2 {
            pools.push(cores);
        }
        for threads in pools {
            let p = pool(threads);
            let name = if threads == cores && threads > 2 {
                "extract_rayon_all".to_string()
            } else {
                format!("extract_rayon_{threads}")
            };
            g.bench_function(name, |b| b.iter(|| p.install(|| extract_all(&texts))));
        }
        g.finish();
    }
    c.final_summary();
    print_table(&out_dir, started, bytes, cores);
    print_cores_obtained(&texts);
    print_one_article(Path::new(env!("CARGO_MANIFEST_DIR")), "input/article.txt");
}

/// Median wall time in seconds of `runs` runs of a command (after 3 runs
/// not counted), its output discarded.
fn median_run(runs: usize, make: impl Fn() -> std::process::Command) -> Option<f64> {
    let mut times = Vec::new();
    for i in 0..runs + 3 {
        let start = std::time::Instant::now();
        let status = make()
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .ok()?;
        if !status.success() {
            return None;
        }
        if i >= 3 {
            times.push(start.elapsed().as_secs_f64());
        }
    }
    times.sort_by(f64::total_cmp);
    times.get(times.len() / 2).copied()
}

/// One article as a whole process, next to a process that only builds
/// jieba's dictionary (this executable run again with [`CHILD`] set).
fn print_one_article(dir: &Path, article: &str) {
    const RUNS: usize = 20;
    let pressfacts = || {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_pressfacts"));
        c.current_dir(dir).args(["extract", article, "--stdout"]);
        c
    };
    let Ok(me) = std::env::current_exe() else {
        return;
    };
    let jieba_only = |kind: &'static str| {
        let me = me.clone();
        move || {
            let mut c = std::process::Command::new(&me);
            c.env(CHILD, kind);
            c
        }
    };
    let (Some(one), Some(plain), Some(oov)) = (
        median_run(RUNS, pressfacts),
        median_run(RUNS, jieba_only("plain")),
        median_run(RUNS, jieba_only("oov")),
    ) else {
        println!("\n(one-article timing skipped: a process failed to run)");
        return;
    };
    println!();
    println!("One article, whole processes ({RUNS} runs each, median wall time):");
    println!("| process | median |");
    println!("| --- | ---: |");
    println!(
        "| pressfacts extract {article} --stdout | {:.1} ms |",
        one * 1e3
    );
    println!(
        "| only Jieba::new() + tag a line of dictionary words | {:.1} ms |",
        plain * 1e3
    );
    println!(
        "| only Jieba::new() + tag a line with an unknown word | {:.1} ms |",
        oov * 1e3
    );
    let r = one / plain;
    let verdict = if r <= 1.15 { "met" } else { "NOT met" };
    println!(
        "one article / dictionary-only process: {r:.2}x (target <= 1.15x: {verdict}; stretch < 1x)"
    );
}

/// This process's user + system CPU time in seconds (Linux `/proc`), to
/// tell a pipeline that doesn't scale from a machine with no free core.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit(')').next()?.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0) // USER_HZ is 100 on Linux
}

/// Three passes in pools of 1 and 2 threads, outside criterion: CPU time
/// per pass (the work; it should not grow with threads) and CPU / wall
/// (the cores the process actually got while other jobs ran).
fn print_cores_obtained(texts: &[String]) {
    if cpu_seconds().is_none() {
        return;
    }
    println!();
    println!("Cores obtained (3 passes each, process CPU time / wall time):");
    for threads in [1, 2] {
        let p = pool(threads);
        let (wall0, cpu0) = (std::time::Instant::now(), cpu_seconds().unwrap_or(0.0));
        for _ in 0..3 {
            black_box(p.install(|| extract_all(texts)));
        }
        let wall = wall0.elapsed().as_secs_f64() / 3.0;
        let cpu = (cpu_seconds().unwrap_or(0.0) - cpu0) / 3.0;
        println!(
            "  -j {threads}: {wall:.3} s wall, {cpu:.3} s CPU per pass, {:.2} cores",
            cpu / wall
        );
    }
}

/// Criterion's median time per iteration (ns) of one benchmark, if it ran
/// in this process (its estimates file is newer than `since`).
fn median_ns(dir: &Path, name: &str, since: SystemTime) -> Option<f64> {
    let path = dir.join(GROUP).join(name).join("new/estimates.json");
    let fresh = std::fs::metadata(&path).ok()?.modified().ok()? >= since;
    if !fresh {
        return None;
    }
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    json["median"]["point_estimate"].as_f64()
}

fn print_table(dir: &Path, since: SystemTime, bytes: usize, cores: usize) {
    let rows = [
        ("jieba_cut_alone", "jieba-rs cut alone (1 thread)"),
        ("jieba_tag_alone", "jieba-rs tag alone (1 thread)"),
        (
            "document_and_segmentation",
            "document built + every piece segmented, no extraction (1 thread)",
        ),
        ("extract_serial", "pipeline, 1 thread (loop)"),
        ("extract_rayon_1", "pipeline, rayon -j 1"),
        ("extract_rayon_2", "pipeline, rayon -j 2"),
        ("extract_rayon_all", "pipeline, rayon all cores"),
    ];
    let mbps = |name: &str| median_ns(dir, name, since).map(|ns| bytes as f64 / ns * 1e3);
    println!();
    println!("Medians of this run ({bytes} bytes per iteration, {cores} cores; MB = 10^6 bytes):");
    println!("| benchmark | median time | MB/s |");
    println!("| --- | ---: | ---: |");
    for (name, label) in rows {
        if let Some(ns) = median_ns(dir, name, since) {
            println!(
                "| {label} | {:.1} ms | {:.2} |",
                ns / 1e6,
                bytes as f64 / ns * 1e3
            );
        }
    }
    println!();
    let ratio = |label: &str, num: Option<f64>, den: Option<f64>, target: f64| {
        if let (Some(a), Some(b)) = (num, den) {
            let r = a / b;
            let verdict = if r >= target { "met" } else { "NOT met" };
            println!("{label}: {r:.2}x (target >= {target}x: {verdict})");
        }
    };
    ratio(
        "pipeline 1 thread / jieba-rs cut alone",
        mbps("extract_serial"),
        mbps("jieba_cut_alone"),
        0.5,
    );
    if let (Some(p), Some(t)) = (mbps("extract_serial"), mbps("jieba_tag_alone")) {
        println!("pipeline 1 thread / jieba-rs tag alone: {:.2}x", p / t);
    }
    if let (Some(f), Some(c)) = (mbps("document_and_segmentation"), mbps("jieba_cut_alone")) {
        println!(
            "document + every piece segmented / jieba-rs cut alone: {:.2}x (no extractor run)",
            f / c
        );
    }
    ratio(
        "pipeline -j 2 / -j 1",
        mbps("extract_rayon_2"),
        mbps("extract_rayon_1"),
        1.6,
    );
}
