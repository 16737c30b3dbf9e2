//! The command line: clap types, and the run loop that reads each input,
//! extracts and writes its facts. One failed input is reported and the run
//! goes on with the others; `main` turns the outcome into an exit code.

use crate::output::{self, csv::Table};
use crate::{Dictionary, Error, batch, extract_source, extract_source_with, report, source};
use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use rayon::prelude::*;
use std::io::{BufRead, Write};
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
    /// Say only what went wrong: no line per file, no warnings, no progress bar.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also list every fact with the extractor rule that found it.
    #[arg(short, long, global = true)]
    pub verbose: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract facts from press releases.
    ///
    /// Writes OUT/<name>/facts.json and one CSV per kind of fact (counts,
    /// agreements, routes, institutions, documents) for every input, and
    /// for a run of several inputs OUT/facts.jsonl and one combined CSV per
    /// kind.
    #[command(after_help = "Examples:
  pressfacts extract input/article.txt              # -> output/article/
  pressfacts extract archive/ -j 4 --excel          # a folder, 4 threads, CSVs for Excel
  pressfacts extract archive/ --format xlsx         # also output/facts.xlsx
  pressfacts extract a.txt --stdout --format csv --table routes
  pressfacts extract page.html                      # the article text of a saved page
  cat articles.jsonl | pressfacts extract - --jsonl-input --stdout --format jsonl")]
    Extract(ExtractArgs),
    /// Re-extract press releases and compare with the facts stored by an
    /// earlier `extract` run: a fact-level diff, exit 1 on any change.
    #[command(after_help = "Examples:
  pressfacts extract input/ -o last-week            # store a run
  pressfacts check input/ --against last-week       # what changed since? (exit 1 if anything)
  pressfacts check input/ --against last-week --update   # accept the changes")]
    Check(CheckArgs),
    /// Print the JSON Schema of the press-facts/1 documents this tool writes.
    ///
    /// Example: pressfacts schema > press-facts-1.schema.json
    Schema,
    /// Print a shell completion script.
    ///
    /// Example: pressfacts completions bash > ~/.local/share/bash-completion/completions/pressfacts
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    ///
    /// Example: pressfacts man > pressfacts.1 && man ./pressfacts.1
    Man,
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Text or HTML files, or folders (walked recursively for .txt, .html
    /// and .htm); `-` reads standard input.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Folder to write into: one subfolder per input file (its stem, or its
    /// path inside a folder given as input), plus facts.jsonl and one CSV per
    /// kind for the whole run when there are several inputs.
    #[arg(short, long, default_value = "output")]
    pub out: PathBuf,
    /// Worker threads (default: one per core).
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// Start every CSV with a UTF-8 byte-order mark, so that Excel shows
    /// Chinese correctly (WPS and LibreOffice read either form).
    #[arg(long)]
    pub excel: bool,
    /// Read each input as JSON Lines, one `{"id": …, "text": …}` article per
    /// line, and print one result per article in input order (for
    /// Spark/Hadoop streaming and GNU parallel). Needs --stdout.
    #[arg(long, requires = "stdout")]
    pub jsonl_input: bool,
    /// Write to standard output instead of files.
    #[arg(long)]
    pub stdout: bool,
    /// Format on standard output (json, jsonl, csv, xlsx). `xlsx` also works
    /// without --stdout: it then writes OUT/facts.xlsx for the whole run
    /// next to the usual files.
    #[arg(long, value_enum)]
    pub format: Option<Format>,
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

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Text files or folders, as given to `extract`.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// The output folder of the earlier run (holding <folder>/facts.json).
    #[arg(long, value_name = "DIR")]
    pub against: PathBuf,
    /// Rewrite the stored facts (and CSVs) of every changed input.
    #[arg(long)]
    pub update: bool,
    /// Read every input in this encoding instead of detecting it.
    #[arg(long, value_name = "NAME", value_parser = parse_encoding)]
    pub encoding: Option<&'static encoding_rs::Encoding>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One pretty JSON document per article.
    Json,
    /// One JSON document per line, one line per article.
    Jsonl,
    /// One CSV table (see --table).
    Csv,
    /// One Excel workbook for the run: a sheet per kind and one of sources.
    Xlsx,
}

/// How a run ended: how many inputs succeeded and failed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    pub ok: usize,
    pub failed: usize,
}

/// Runs a parsed command line; errors per input go to stderr as they happen.
pub fn run(cli: Cli) -> Outcome {
    report::init(report::Settings {
        quiet: cli.quiet,
        verbose: cli.verbose,
    });
    match cli.command {
        Command::Extract(args) => extract(&args),
        Command::Check(args) => check(&args),
        Command::Schema => print_out(output::json::schema().as_bytes()),
        Command::Completions { shell } => {
            let mut buf = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "pressfacts", &mut buf);
            print_out(&buf)
        }
        Command::Man => {
            let mut buf = Vec::new();
            match clap_mangen::Man::new(Cli::command()).render(&mut buf) {
                Ok(()) => print_out(&buf),
                Err(e) => {
                    report::error(format!("cannot render the manual page: {e}"));
                    Outcome { ok: 0, failed: 1 }
                }
            }
        }
    }
}

/// Up to this many articles per thread, each article builds a dictionary
/// fitted to it (about 15 ms) rather than the run building the full one
/// (about 100 ms) once. Measured here: 4 articles on one thread take 87 ms
/// fitted against 131 ms with the full dictionary, 8 take 153 against 135.
const FITTED_PER_THREAD: usize = 4;

/// The dictionary for a run over `inputs` articles on `threads` threads: a
/// few articles each build only the words that matter for them; more share
/// the full dictionary, built once. The facts are the same either way.
fn dictionary_for(inputs: usize, threads: usize) -> Dictionary {
    if inputs <= FITTED_PER_THREAD * threads.max(1) {
        Dictionary::Fitted
    } else {
        Dictionary::Full
    }
}

/// `check`: one block per changed input on stdout, errors on stderr, and a
/// summary; an input counts as failed when it changed (unless updated).
fn check(args: &CheckArgs) -> Outcome {
    let mut outcome = Outcome::default();
    let (jobs, errors) = batch::plan(&args.inputs, &args.against);
    let dictionary = dictionary_for(jobs.len(), 1);
    crate::warm_up(dictionary);
    for e in errors {
        outcome.record(Err(e));
    }
    let protected = output::Protected::new(&args.inputs);
    let (mut same, mut changed, mut updated) = (0, 0, 0);
    let mut out = std::io::stdout().lock();
    for job in jobs {
        let dir = args.against.join(&job.folder);
        let stored_path = dir.join(output::FILES[0]);
        let result = source::read_as(&job.path, args.encoding).and_then(|src| {
            let facts = extract_source_with(&src, dictionary);
            let (title, body) = match &stored_facts(&stored_path) {
                Ok(stored) => {
                    let changes = crate::check::diff(stored, &facts);
                    if changes.is_empty() {
                        same += 1;
                        return Ok(true);
                    }
                    (
                        crate::check::summary(&changes),
                        crate::check::report(&changes),
                    )
                }
                Err(why) => (why.clone(), String::new()),
            };
            let _ = writeln!(out, "{}: {title}\n{body}", job.path.display());
            if args.update {
                let text = src.html.then_some(src.text.as_str());
                output::write_dir(&dir, &facts, text, &protected, output::Style::default())?;
                let _ = writeln!(out, "  updated {}\n", dir.display());
                updated += 1;
                return Ok(true);
            }
            changed += 1;
            Ok(false)
        });
        match result {
            Ok(true) => outcome.ok += 1,
            Ok(false) => outcome.failed += 1,
            Err(e) => outcome.record(Err(e)),
        }
    }
    report::info(format!(
        "{same} unchanged, {changed} changed, {updated} updated"
    ));
    outcome
}

/// The stored facts `check` compares with, or why there are none: a
/// missing file is an article not seen before, an unreadable or broken one
/// says so (both count as changed, and `--update` rewrites them).
fn stored_facts(path: &Path) -> std::result::Result<serde_json::Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => format!("no stored facts at {}", path.display()),
        _ => format!("stored facts at {} cannot be read: {e}", path.display()),
    })?;
    serde_json::from_str(&text)
        .map_err(|e| format!("stored facts at {} are not valid JSON: {e}", path.display()))
}

/// Writes a command's whole output to standard output.
fn print_out(bytes: &[u8]) -> Outcome {
    match std::io::stdout().lock().write_all(bytes) {
        Ok(()) => Outcome { ok: 1, failed: 0 },
        Err(e) => {
            report::error(format!("standard output: {e}"));
            Outcome { ok: 0, failed: 1 }
        }
    }
}

/// Files processed together: large enough to keep every thread busy, small
/// enough that a run holds little in memory at a time.
const CHUNK_PER_THREAD: usize = 8;

fn extract(args: &ExtractArgs) -> Outcome {
    if !args.stdout
        && matches!(
            args.format,
            Some(Format::Json | Format::Jsonl | Format::Csv)
        )
    {
        // A usage error: clap prints it and exits with 2.
        Cli::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                "--format json, jsonl and csv choose what --stdout prints; \
                 without --stdout every format is written to files already",
            )
            .exit();
    }
    let mut outcome = Outcome::default();
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.map_or(0, usize::from))
        .build()
    {
        Ok(pool) => pool,
        Err(e) => {
            report::error(format!("cannot start worker threads: {e}"));
            outcome.failed += 1;
            return outcome;
        }
    };
    // Which inputs there are is known before any is read (a JSON Lines
    // stream may hold any number of articles).
    let planned = (!args.jsonl_input).then(|| batch::plan(&args.inputs, &args.out));
    let dictionary = match &planned {
        Some((jobs, _)) => dictionary_for(jobs.len(), pool.current_num_threads()),
        None => Dictionary::Full,
    };
    // Build jieba's tables and our patterns while the inputs are read.
    crate::warm_up(dictionary);
    let chunk = pool.current_num_threads() * CHUNK_PER_THREAD;
    let style = output::Style { excel: args.excel };
    let protected = output::Protected::new(&args.inputs);
    let stdout = std::io::stdout();
    let mut sink = Sink {
        args,
        csv_out: output::csv::writer(stdout.lock()),
        header_done: false,
        combined: None,
        xlsx: None,
    };
    if args.format == Some(Format::Xlsx) {
        match output::xlsx::Book::new((!args.stdout).then_some(args.out.as_path())) {
            Ok(book) => sink.xlsx = Some(book),
            Err(e) => {
                report::error(&e);
                outcome.failed += 1;
            }
        }
    }
    if let Some((jobs, errors)) = planned {
        for e in errors {
            report::error(&e);
            outcome.failed += 1;
        }
        // A folder always gets the run's tables, even when it holds one
        // article: a script reading output/facts.jsonl must find it.
        let run_tables = jobs.len() > 1 || jobs.iter().any(|job| job.walked);
        if !args.stdout && run_tables {
            match batch::Combined::create(&args.out, &protected, style) {
                Ok(c) => sink.combined = Some(c),
                Err(e) => {
                    report::error(&e);
                    outcome.failed += 1;
                }
            }
        }
        report::start_progress(jobs.len());
        for part in jobs.chunks(chunk) {
            let results: Vec<crate::Result<(crate::Facts, bool)>> = pool.install(|| {
                part.par_iter()
                    .map(|job| {
                        let src = source::read_as(&job.path, args.encoding)?;
                        let facts = extract_source_with(&src, dictionary);
                        if !args.stdout {
                            output::write_dir(
                                &args.out.join(&job.folder),
                                &facts,
                                src.html.then_some(src.text.as_str()),
                                &protected,
                                style,
                            )?;
                        }
                        Ok((facts, src.is_blank()))
                    })
                    .collect()
            });
            for (job, result) in part.iter().zip(results) {
                report::advance();
                let result = result.and_then(|(facts, blank)| {
                    if blank {
                        report::warning(format!(
                            "{}: empty file (no text), writing an empty result",
                            job.path.display()
                        ));
                    }
                    sink.take(&facts)?;
                    if !args.stdout {
                        let [c, a, r, i, d] = facts.tally();
                        report::info(format!(
                            "{}: {c} counts, {a} agreements, {r} routes, {i} institutions, {d} documents -> {}",
                            job.path.display(),
                            args.out.join(&job.folder).display()
                        ));
                    }
                    Ok(())
                });
                outcome.record(result);
            }
        }
    } else {
        jsonl_input(args, &pool, chunk, &mut sink, &mut outcome);
    }
    report::finish_progress();
    if let Some(combined) = sink.combined.take() {
        let dir = args.out.display().to_string();
        match combined.finish() {
            Ok(()) => report::info(format!(
                "combined: {dir}/facts.jsonl and {dir}/{{counts,agreements,routes,institutions,documents}}.csv"
            )),
            Err(e) => {
                report::error(&e);
                outcome.failed += 1;
            }
        }
    }
    if let Some(book) = sink.xlsx.take()
        && let Err(e) = write_workbook(args, book, &protected)
    {
        report::error(&e);
        outcome.failed += 1;
    }
    if let Err(e) = sink.csv_out.flush() {
        report::error(format!("standard output: {e}"));
        outcome.failed += 1;
    }
    if outcome.ok + outcome.failed > 1 {
        let summary = format!("{} succeeded, {} failed", outcome.ok, outcome.failed);
        if outcome.failed > 0 {
            // Even with -q: a failed batch says how much failed.
            eprintln!("{summary}");
        } else {
            report::info(summary);
        }
    }
    outcome
}

/// The run's workbook: on standard output with --stdout, else OUT/facts.xlsx.
fn write_workbook(
    args: &ExtractArgs,
    book: output::xlsx::Book,
    protected: &output::Protected,
) -> crate::Result<()> {
    let path = if args.stdout {
        PathBuf::from("-")
    } else {
        args.out.join("facts.xlsx")
    };
    let full: Vec<String> = book
        .dropped()
        .into_iter()
        .map(|(sheet, rows)| {
            format!("sheet {sheet} is full (Excel's 1,048,576 rows): its last {rows} rows")
        })
        .collect();
    if args.stdout {
        let bytes = book.to_bytes()?;
        std::io::stdout()
            .lock()
            .write_all(&bytes)
            .map_err(|source| Error::Write {
                path: path.clone(),
                source,
            })?;
        // Standard output has nothing else: rows left out are lost, an error.
        if full.is_empty() {
            return Ok(());
        }
        return Err(Error::Serialize {
            path,
            reason: format!("{} are not in the workbook", full.join("; ")),
        });
    }
    for sheet in &full {
        report::warning(format!(
            "{}: {sheet} are in the CSV files only",
            path.display()
        ));
    }
    protected.check(&path)?;
    // Put together straight into the file, not in memory first.
    output::write_atomic_with(&path, |file| book.write_to(file))?;
    report::info(format!("workbook: {}", path.display()));
    Ok(())
}

impl Outcome {
    fn record(&mut self, result: crate::Result<()>) {
        match result {
            Ok(()) => self.ok += 1,
            Err(e) => {
                report::error(&e);
                self.failed += 1;
            }
        }
    }
}

/// Where each article's facts go after its own folder: standard output, or
/// the run-wide combined files.
struct Sink<'a, W: Write> {
    args: &'a ExtractArgs,
    csv_out: csv::Writer<W>,
    header_done: bool,
    combined: Option<batch::Combined>,
    xlsx: Option<output::xlsx::Book>,
}

impl<W: Write> Sink<'_, W> {
    fn take(&mut self, facts: &crate::Facts) -> crate::Result<()> {
        report::facts(facts);
        if let Some(book) = &mut self.xlsx {
            book.add(facts);
        }
        if self.args.stdout {
            print_facts(self.args, facts, &mut self.csv_out, &mut self.header_done)
        } else if let Some(c) = &mut self.combined {
            c.add(facts)
        } else {
            Ok(())
        }
    }
}

/// One article of a JSON Lines input: `{"id": …, "text": …}`.
#[derive(serde::Deserialize)]
struct JsonlArticle {
    id: serde_json::Value,
    text: String,
}

/// Reads articles as JSON Lines from every input (`-` is standard input, a
/// directory its `.jsonl` files) and writes one result per article, in
/// input order, streaming chunk by chunk. A bad line is an error naming its
/// input and line number; the run goes on. A read that fails for another
/// reason than the line's bytes (not UTF-8) ends that input: the next read
/// would fail the same way.
fn jsonl_input<W: Write>(
    args: &ExtractArgs,
    pool: &rayon::ThreadPool,
    chunk: usize,
    sink: &mut Sink<'_, W>,
    outcome: &mut Outcome,
) {
    let (inputs, errors) = batch::jsonl_files(&args.inputs);
    for e in errors {
        outcome.record(Err(e));
    }
    for input in &inputs {
        let reader: Box<dyn std::io::BufRead> = if input == Path::new("-") {
            Box::new(std::io::stdin().lock())
        } else {
            match std::fs::File::open(input) {
                Ok(f) => Box::new(std::io::BufReader::new(f)),
                Err(source) => {
                    outcome.record(Err(Error::Read {
                        path: input.clone(),
                        source,
                    }));
                    continue;
                }
            }
        };
        let mut lines = reader.lines().enumerate();
        let mut ended = false;
        while !ended {
            let part;
            (part, ended) = next_lines(&mut lines, chunk);
            if part.is_empty() {
                break;
            }
            let results: Vec<crate::Result<Option<crate::Facts>>> = pool.install(|| {
                part.into_par_iter()
                    .map(|(n, line)| {
                        let at = PathBuf::from(format!("{}:{}", input.display(), n + 1));
                        let line = line.map_err(|source| Error::Read {
                            path: at.clone(),
                            source,
                        })?;
                        // Files saved by Windows tools often open with a
                        // byte-order mark, which JSON itself does not allow.
                        let line = match n {
                            0 => line.strip_prefix('\u{feff}').unwrap_or(&line),
                            _ => &line,
                        };
                        if line.trim().is_empty() {
                            return Ok(None);
                        }
                        let article: JsonlArticle =
                            serde_json::from_str(line).map_err(|e| Error::Decode {
                                path: at.clone(),
                                reason: format!("not a {{\"id\", \"text\"}} JSON line: {e}"),
                            })?;
                        let id = match article.id {
                            serde_json::Value::String(s) => s,
                            other => other.to_string(),
                        };
                        Ok(Some(extract_source(&source::Source::from_text(
                            &id,
                            &article.text,
                        ))))
                    })
                    .collect()
            });
            for result in results {
                match result {
                    Ok(None) => {}
                    Ok(Some(facts)) => outcome.record(sink.take(&facts)),
                    Err(e) => outcome.record(Err(e)),
                }
            }
        }
    }
}

/// A numbered line of an input, or why it could not be read.
type Line = (usize, std::io::Result<String>);

/// The next `chunk` lines at most, and whether the input ended early: a
/// read that failed for another reason than the line's bytes not being
/// UTF-8 (a device error, say) would fail again at every try.
fn next_lines(lines: &mut impl Iterator<Item = Line>, chunk: usize) -> (Vec<Line>, bool) {
    let mut part = Vec::with_capacity(chunk);
    for (n, line) in lines.by_ref() {
        let broken = line
            .as_ref()
            .is_err_and(|e| e.kind() != std::io::ErrorKind::InvalidData);
        part.push((n, line));
        if broken {
            return (part, true);
        }
        if part.len() == chunk {
            break;
        }
    }
    (part, false)
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
    match args.format.unwrap_or(Format::Json) {
        // The workbook is written once, after the last article.
        Format::Xlsx => Ok(()),
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
            if !*header_done && args.excel {
                // Nothing of the table is written yet: the mark goes first.
                std::io::stdout()
                    .lock()
                    .write_all(output::BOM)
                    .map_err(stdout_err)?;
            }
            output::csv::write_rows(csv_out, facts, args.table, !*header_done)?;
            *header_done = true;
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_few_articles_per_thread_fit_their_own_dictionaries() {
        assert_eq!(dictionary_for(1, 1), Dictionary::Fitted);
        assert_eq!(dictionary_for(4, 1), Dictionary::Fitted);
        assert_eq!(dictionary_for(5, 1), Dictionary::Full);
        assert_eq!(dictionary_for(8, 2), Dictionary::Fitted);
        assert_eq!(dictionary_for(9, 2), Dictionary::Full);
        assert_eq!(dictionary_for(1, 0), Dictionary::Fitted);
    }

    /// A reader whose every read fails, as a vanished device would.
    struct Broken;

    impl std::io::Read for Broken {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("device gone"))
        }
    }

    #[test]
    fn a_failing_input_ends_and_a_bad_line_does_not() {
        use std::io::BufRead;
        // Every read of this input fails: it ends after the first error
        // instead of reporting one for ever.
        let mut lines = std::io::BufReader::new(Broken).lines().enumerate();
        let (part, ended) = next_lines(&mut lines, 4);
        assert!(ended);
        assert_eq!(part.len(), 1);
        assert!(part[0].1.is_err());
        // A line that is not UTF-8 is one bad line; the next ones are read.
        let bytes: &[u8] = b"{\"id\": 1}\n\xff\xfe\n{}\n{}\n{}\n";
        let mut lines = bytes.lines().enumerate();
        let (part, ended) = next_lines(&mut lines, 4);
        assert!(!ended);
        let read: Vec<bool> = part.iter().map(|(_, l)| l.is_ok()).collect();
        assert_eq!(read, [true, false, true, true]);
        let (part, ended) = next_lines(&mut lines, 4);
        assert_eq!((part.len(), part[0].0, ended), (1, 4, false));
        assert!(next_lines(&mut lines, 4).0.is_empty());
    }
}
