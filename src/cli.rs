//! The command line: clap types, and the run loop that reads each input,
//! extracts and writes its facts. One failed input is reported and the run
//! goes on with the others; `main` turns the outcome into an exit code.

use crate::output::{self, csv::Table};
use crate::{Error, extract_source, source};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Parser)]
#[command(
    name = "pressfacts",
    version,
    about = "Turn Chinese press releases into facts a spreadsheet can hold"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract facts from press releases.
    ///
    /// Writes OUT/<stem>/facts.json and one CSV per kind of fact
    /// (counts, agreements, routes, institutions, documents).
    ///
    /// Example: pressfacts extract input/article.txt
    Extract(ExtractArgs),
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Text files to read; `-` reads standard input.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Folder to write into: one subfolder per input, named after its stem.
    #[arg(short, long, default_value = "output")]
    pub out: PathBuf,
    /// Write to standard output instead of files.
    #[arg(long)]
    pub stdout: bool,
    /// Format on standard output.
    #[arg(long, value_enum, default_value = "json", requires = "stdout")]
    pub format: Format,
    /// With `--format csv`: which table to print (one CSV table, with the
    /// `source` column telling the articles apart).
    #[arg(long, value_enum, default_value = "counts", requires = "stdout")]
    pub table: Table,
    /// Read every input in this encoding instead of detecting it
    /// (gbk, gb18030, big5, utf-16le, utf-16be, utf-8, …). A byte-order
    /// mark in a file still wins.
    #[arg(long, value_name = "NAME", value_parser = parse_encoding)]
    pub encoding: Option<&'static encoding_rs::Encoding>,
}

fn parse_encoding(label: &str) -> Result<&'static encoding_rs::Encoding, String> {
    source::encoding_for_label(label).ok_or_else(|| {
        format!("unknown encoding {label:?} (try gbk, gb18030, big5, utf-16le, utf-16be, utf-8)")
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One pretty JSON document per article.
    Json,
    /// One JSON document per line, one line per article.
    Jsonl,
    /// One CSV table (see --table).
    Csv,
}

/// How a run ended: how many inputs succeeded and failed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    pub ok: usize,
    pub failed: usize,
}

/// Runs a parsed command line; errors per input go to stderr as they happen.
pub fn run(cli: Cli) -> Outcome {
    match cli.command {
        Command::Extract(args) => extract(&args),
    }
}

fn extract(args: &ExtractArgs) -> Outcome {
    let mut outcome = Outcome::default();
    let stdout = std::io::stdout();
    let mut csv_out = output::csv::writer(stdout.lock());
    let mut header_done = false;
    for input in &args.inputs {
        let result = source::read_as(input, args.encoding).and_then(|src| {
            if src.is_blank() {
                eprintln!(
                    "warning: {}: empty file (no text), writing an empty result",
                    input.display()
                );
            }
            let facts = extract_source(&src);
            if args.stdout {
                print_facts(args, &facts, &mut csv_out, &mut header_done)?;
            } else {
                let dir = args.out.join(stem(input));
                output::write_dir(&dir, &facts, &args.inputs)?;
                let [c, a, r, i, d] = facts.tally();
                eprintln!(
                    "{}: {c} counts, {a} agreements, {r} routes, {i} institutions, {d} documents -> {}",
                    input.display(),
                    dir.display()
                );
            }
            Ok(())
        });
        match result {
            Ok(()) => outcome.ok += 1,
            Err(e) => {
                eprintln!("error: {e}");
                outcome.failed += 1;
            }
        }
    }
    if let Err(e) = csv_out.flush() {
        eprintln!("error: standard output: {e}");
        outcome.failed += 1;
    }
    if args.inputs.len() > 1 {
        eprintln!("{} succeeded, {} failed", outcome.ok, outcome.failed);
    }
    outcome
}

fn print_facts<W: Write>(
    args: &ExtractArgs,
    facts: &crate::Facts,
    csv_out: &mut csv::Writer<W>,
    header_done: &mut bool,
) -> crate::Result<()> {
    let stdout_err = |source| Error::Write {
        path: PathBuf::from("-"),
        source,
    };
    match args.format {
        Format::Json => {
            let mut out = std::io::stdout().lock();
            out.write_all(output::json::pretty(facts).as_bytes())
                .map_err(stdout_err)
        }
        Format::Jsonl => {
            let mut out = std::io::stdout().lock();
            writeln!(out, "{}", output::json::line(facts)).map_err(stdout_err)
        }
        Format::Csv => {
            output::csv::write_rows(csv_out, facts, args.table, !*header_done)?;
            *header_done = true;
            Ok(())
        }
    }
}

/// The output folder name of an input: its file stem (`stdin` for `-`).
fn stem(input: &Path) -> String {
    if input == Path::new("-") {
        return "stdin".to_string();
    }
    input
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "input".to_string())
}
