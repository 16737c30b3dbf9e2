//! What the command line tells the user on standard error: errors, warnings,
//! one line per file, a progress bar for long runs, and with `-v` every fact
//! with the rule that found it. Set once per process from the flags; colour
//! and the progress bar only when standard error is a terminal, and colour
//! never when `NO_COLOR` is set (<https://no-color.org>).

use crate::facts::{Fact, Facts};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::{Mutex, OnceLock};

/// How much to say.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Settings {
    /// Errors only (and the final summary of a failed run).
    pub quiet: bool,
    /// Also every fact, with the rule that found it.
    pub verbose: bool,
}

struct Reporter {
    settings: Settings,
    color: bool,
    terminal: bool,
    bar: Mutex<Option<ProgressBar>>,
}

static REPORTER: OnceLock<Reporter> = OnceLock::new();

/// Sets the flags for this process (the first call wins).
pub fn init(settings: Settings) {
    let terminal = std::io::stderr().is_terminal();
    let color = terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let _ = REPORTER.set(Reporter {
        settings,
        color,
        terminal,
        bar: Mutex::new(None),
    });
}

fn reporter() -> &'static Reporter {
    REPORTER.get_or_init(|| Reporter {
        settings: Settings::default(),
        color: false,
        terminal: false,
        bar: Mutex::new(None),
    })
}

/// Prints a line on standard error without tearing a progress bar.
fn line(text: &str) {
    let r = reporter();
    match r.bar.lock().ok().as_deref().and_then(Option::as_ref) {
        Some(bar) => bar.println(text),
        None => eprintln!("{text}"),
    }
}

fn paint(label: &str, ansi: &str) -> String {
    if reporter().color {
        format!("\x1b[{ansi}m{label}\x1b[0m")
    } else {
        label.to_string()
    }
}

/// `error: <message>` — always shown.
pub fn error(message: impl std::fmt::Display) {
    line(&format!("{} {message}", paint("error:", "1;31")));
}

/// `warning: <message>` — hidden by `-q`.
pub fn warning(message: impl std::fmt::Display) {
    if !reporter().settings.quiet {
        line(&format!("{} {message}", paint("warning:", "1;33")));
    }
}

/// A line of progress (one per file, the summary) — hidden by `-q`.
pub fn info(message: impl std::fmt::Display) {
    if !reporter().settings.quiet {
        line(&message.to_string());
    }
}

/// With `-v`, every fact of an article: id, text, first span and the rule.
pub fn facts(facts: &Facts) {
    if !reporter().settings.verbose {
        return;
    }
    fn each<A>(out: &mut Vec<String>, facts: &[Fact<A>]) {
        for f in facts {
            let [s, e] = f.spans[0];
            out.push(format!("  {} {} [{s},{e}) {}", f.id, f.text, f.rule));
        }
    }
    let mut out = Vec::new();
    each(&mut out, &facts.counts);
    each(&mut out, &facts.agreements);
    each(&mut out, &facts.routes);
    each(&mut out, &facts.institutions);
    each(&mut out, &facts.documents);
    for l in out {
        line(&l);
    }
}

/// Starts a progress bar over `total` files, shown only on a terminal, for
/// more than one file, and not with `-q`.
pub fn start_progress(total: usize) {
    let r = reporter();
    if !r.terminal || r.settings.quiet || total < 2 {
        return;
    }
    let bar = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
    if let Ok(style) =
        ProgressStyle::with_template("{bar:30} {pos}/{len} files {elapsed} (eta {eta})")
    {
        bar.set_style(style);
    }
    if let Ok(mut slot) = r.bar.lock() {
        *slot = Some(bar);
    }
}

/// One more file done.
pub fn advance() {
    if let Some(bar) = reporter()
        .bar
        .lock()
        .ok()
        .as_deref()
        .and_then(Option::as_ref)
    {
        bar.inc(1);
    }
}

/// Removes the progress bar.
pub fn finish_progress() {
    if let Some(bar) = reporter().bar.lock().ok().and_then(|mut b| b.take()) {
        bar.finish_and_clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_colour_without_a_terminal() {
        // Tests run with standard error captured, never a terminal.
        init(Settings::default());
        assert_eq!(paint("error:", "1;31"), "error:");
    }
}
