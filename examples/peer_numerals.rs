//! Conformance runner for `pressfacts::numeral` against the peer suite.
//!
//! ```text
//! cargo run --release --example peer_numerals -- PATH/cases.jsonl [--min-rate 0.85] [--show N]
//! ```
//!
//! Every expected item of kind `number` or `percent` is read with
//! `numeral::parse` (or `numeral::parse_range` for a `[lo, hi]` value) and
//! compared with the expected value. Prints the pass rate overall, per kind
//! and per source, then up to N failures; exits 1 below `--min-rate`.

use std::collections::BTreeMap;
use std::process::ExitCode;

use pressfacts::numeral::{parse, parse_range};
use serde_json::Value;

const USAGE: &str = "usage: peer_numerals PATH/cases.jsonl [--min-rate 0.85] [--show N]";
const KINDS: [&str; 2] = ["number", "percent"];
const MALFORMED: &str = "(malformed)";

struct Args {
    path: String,
    min_rate: f64,
    show: usize,
}

fn parse_args() -> Result<Args, String> {
    let mut path = None;
    let mut min_rate = 0.85;
    let mut show = 0;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--min-rate" => {
                let v = args.next().ok_or("--min-rate needs a value")?;
                min_rate = v.parse().map_err(|_| format!("bad --min-rate {v:?}"))?;
            }
            "--show" => {
                let v = args.next().ok_or("--show needs a value")?;
                show = v.parse().map_err(|_| format!("bad --show {v:?}"))?;
            }
            _ if path.is_none() && !arg.starts_with("--") => path = Some(arg),
            _ => return Err(format!("unexpected argument {arg:?}")),
        }
    }
    Ok(Args {
        path: path.ok_or("missing PATH")?,
        min_rate,
        show,
    })
}

#[derive(Default)]
struct Tally {
    pass: usize,
    total: usize,
}

impl Tally {
    fn add(&mut self, passed: bool) {
        self.total += 1;
        self.pass += usize::from(passed);
    }

    fn rate(&self) -> f64 {
        if self.total == 0 {
            return 0.0;
        }
        self.pass as f64 / self.total as f64
    }

    fn line(&self, label: &str) -> String {
        format!(
            "{label:<32} {:>5}/{:<5} {:6.2}%",
            self.pass,
            self.total,
            100.0 * self.rate()
        )
    }
}

/// One scored item: where it came from and what happened.
struct Outcome {
    kind: String,
    source: String,
    text: String,
    expected: String,
    got: String,
    passed: bool,
}

fn close(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

/// The expected value as a number: JSON numbers, decimal strings ("003",
/// "12.30", "1.2732E+15") and "p/q" fractions.
fn expected_number(value: &Value) -> Option<f64> {
    match value {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => match s.split_once('/') {
            Some((p, q)) => Some(p.trim().parse::<f64>().ok()? / q.trim().parse::<f64>().ok()?),
            None => s.trim().parse().ok(),
        },
        _ => None,
    }
}

/// Scores one expected item: `(passed, got)`.
fn score(text: &str, value: &Value) -> (bool, String) {
    if let Value::Array(bounds) = value {
        let want: Option<Vec<f64>> = bounds.iter().map(expected_number).collect();
        let got = parse_range(text);
        let passed = match (want.as_deref(), got) {
            (Some(&[lo, hi]), Some((a, b))) => close(lo, a) && close(hi, b),
            _ => false,
        };
        return (passed, format!("{got:?}"));
    }
    let got = parse(text);
    let passed = match (expected_number(value), got) {
        (Some(want), Some(got)) => close(want, got),
        _ => false,
    };
    (passed, format!("{got:?}"))
}

/// Scores every in-scope item of one JSONL line.
fn score_line(line: &str) -> Result<Vec<Outcome>, String> {
    let case: Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
    let source = case["source"].as_str().ok_or("no source")?;
    let source = source.split(':').next().unwrap_or(source).to_string();
    let expected = case["expected"].as_array().ok_or("no expected list")?;
    let mut outcomes = Vec::new();
    for item in expected {
        let kind = item["kind"].as_str().unwrap_or_default();
        if !KINDS.contains(&kind) {
            continue;
        }
        let value = &item["value"];
        // An item without text fails on its own; the line's other items count.
        let (text, passed, got) = match item["text"].as_str() {
            Some(text) => {
                let (passed, got) = score(text, value);
                (text, passed, got)
            }
            None => ("(no text)", false, "malformed item".to_string()),
        };
        outcomes.push(Outcome {
            kind: kind.to_string(),
            source: source.clone(),
            text: text.to_string(),
            expected: value.to_string(),
            got,
            passed,
        });
    }
    Ok(outcomes)
}

fn run(args: &Args) -> Result<bool, String> {
    let content = std::fs::read_to_string(&args.path)
        .map_err(|e| format!("cannot read {}: {e}", args.path))?;
    let mut outcomes = Vec::new();
    for (number, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match score_line(line) {
            Ok(items) => outcomes.extend(items),
            Err(e) => {
                eprintln!("line {}: malformed ({e}), counted as a failure", number + 1);
                outcomes.push(Outcome {
                    kind: MALFORMED.to_string(),
                    source: MALFORMED.to_string(),
                    text: format!("line {}", number + 1),
                    expected: "-".to_string(),
                    got: e,
                    passed: false,
                });
            }
        }
    }

    let mut overall = Tally::default();
    let mut by_kind: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut by_source: BTreeMap<&str, Tally> = BTreeMap::new();
    for o in &outcomes {
        overall.add(o.passed);
        by_kind.entry(&o.kind).or_default().add(o.passed);
        by_source.entry(&o.source).or_default().add(o.passed);
    }

    println!("{}", overall.line("overall"));
    println!("\nby kind:");
    for (kind, tally) in &by_kind {
        println!("  {}", tally.line(kind));
    }
    println!("\nby source:");
    for (source, tally) in &by_source {
        println!("  {}", tally.line(source));
    }

    let failures: Vec<&Outcome> = outcomes.iter().filter(|o| !o.passed).collect();
    if args.show > 0 && !failures.is_empty() {
        println!(
            "\nfailures ({} of {}):",
            args.show.min(failures.len()),
            failures.len()
        );
        for o in failures.iter().take(args.show) {
            println!(
                "  [{} {}] {:?}  expected {}  got {}",
                o.source, o.kind, o.text, o.expected, o.got
            );
        }
    }
    Ok(overall.rate() >= args.min_rate)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(e) => {
            eprintln!("{e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => {
            eprintln!("pass rate below --min-rate {}", args.min_rate);
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
    }
}
