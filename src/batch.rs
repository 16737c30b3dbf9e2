//! Batches: which files a run reads and where each one's facts go, and the
//! combined outputs of a whole run. Directories are walked recursively for
//! the formats the tool reads; each file's folder under the output mirrors
//! its place in the input tree. Work is handed out in ordered chunks, so a
//! run holds only one chunk's facts at a time (memory stays flat in the
//! number of files) and writes everything in input order (the same input
//! gives the same output, however many threads run).

use crate::error::{Error, Result};
use crate::facts::Facts;
use crate::output::{self, csv::Table};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use tempfile::NamedTempFile;

/// File extensions read when walking a directory (case-insensitive).
pub const EXTENSIONS: &[&str] = &["txt", "html", "htm"];

/// File extensions read when walking a directory for JSON Lines input
/// (`--jsonl-input`; case-insensitive).
pub const JSONL_EXTENSIONS: &[&str] = &["jsonl", "ndjson"];

/// One input of a run and the folder its facts go to, relative to the
/// output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub path: PathBuf,
    pub folder: PathBuf,
}

/// The jobs of a run, in order: files as given, directories walked in
/// sorted order. Inputs that cannot be planned (an unreadable directory, two
/// inputs that would share an output folder) come back as errors, and the
/// rest of the run goes on.
pub fn plan(inputs: &[PathBuf]) -> (Vec<Job>, Vec<Error>) {
    let (mut jobs, mut errors) = files(inputs, EXTENSIONS);
    // Two inputs must not write into one folder: the second is refused.
    let mut owner: HashMap<PathBuf, PathBuf> = HashMap::new();
    jobs.retain(|job| match owner.get(&job.folder) {
        Some(first) => {
            errors.push(Error::FolderTaken {
                path: job.path.clone(),
                folder: job.folder.clone(),
                first: first.clone(),
            });
            false
        }
        None => {
            owner.insert(job.folder.clone(), job.path.clone());
            true
        }
    });
    (jobs, errors)
}

/// The JSON Lines files of a run (`--jsonl-input`), in order: files as
/// given, whatever their names, and the `.jsonl`/`.ndjson` files of
/// directories, walked in sorted order (a folder of shards from a Spark or
/// Hadoop job, say). Unreadable directories come back as errors.
pub fn jsonl_files(inputs: &[PathBuf]) -> (Vec<PathBuf>, Vec<Error>) {
    let (jobs, errors) = files(inputs, JSONL_EXTENSIONS);
    (jobs.into_iter().map(|job| job.path).collect(), errors)
}

/// The files given, and those found under the directories given with one
/// of `extensions`, each with its output folder.
fn files(inputs: &[PathBuf], extensions: &[&str]) -> (Vec<Job>, Vec<Error>) {
    let mut jobs = Vec::new();
    let mut errors = Vec::new();
    for input in inputs {
        if input != Path::new("-") && input.is_dir() {
            walk(input, extensions, &mut jobs, &mut errors);
        } else {
            jobs.push(Job {
                path: input.clone(),
                folder: PathBuf::from(stem(input)),
            });
        }
    }
    (jobs, errors)
}

fn walk(root: &Path, extensions: &[&str], jobs: &mut Vec<Job>, errors: &mut Vec<Error>) {
    let before = jobs.len();
    walk_into(root, extensions, jobs, errors);
    if jobs.len() == before {
        errors.push(Error::Read {
            path: root.to_path_buf(),
            source: std::io::Error::other(format!(
                "a folder with no files to read in it (.{})",
                extensions.join(", .")
            )),
        });
    }
}

fn walk_into(root: &Path, extensions: &[&str], jobs: &mut Vec<Job>, errors: &mut Vec<Error>) {
    let base = root.file_name().map(PathBuf::from).unwrap_or_default();
    for entry in walkdir::WalkDir::new(root).sort_by_file_name() {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().unwrap_or(root).to_path_buf();
                errors.push(Error::Read {
                    path,
                    source: std::io::Error::other(e.to_string()),
                });
                continue;
            }
        };
        let path = entry.path();
        let readable = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)));
        if !entry.file_type().is_file() || !readable {
            continue;
        }
        let rel = path.strip_prefix(root).unwrap_or(path);
        jobs.push(Job {
            path: path.to_path_buf(),
            folder: base.join(rel.with_extension("")),
        });
    }
}

/// The output folder name of a file given directly: its stem (`stdin` for `-`).
pub fn stem(input: &Path) -> String {
    if input == Path::new("-") {
        return "stdin".to_string();
    }
    input
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "input".to_string())
}

/// The run-wide files: every article's facts as JSON Lines and every table
/// as one CSV with the `source` column. Each is a temporary file in the
/// output folder until [`Combined::finish`] renames it into place, so an
/// interrupted run leaves no half-written file behind.
pub struct Combined {
    dir: PathBuf,
    jsonl: std::io::BufWriter<NamedTempFile>,
    tables: Vec<(Table, csv::Writer<NamedTempFile>)>,
}

/// The run-wide JSON Lines file; the tables take their per-article names
/// ([`output::FILES`]).
pub const JSONL: &str = "facts.jsonl";

/// The file name of each table.
fn table_files() -> impl Iterator<Item = (Table, &'static str)> {
    Table::ALL
        .into_iter()
        .zip(output::FILES[1..].iter().copied())
}

impl Combined {
    /// Opens the run-wide files in `dir`, refusing when one of them would
    /// replace a `protected` input.
    pub fn create(
        dir: &Path,
        protected: &output::Protected,
        style: output::Style,
    ) -> Result<Combined> {
        protected.check(&dir.join(JSONL))?;
        for (_, name) in table_files() {
            protected.check(&dir.join(name))?;
        }
        let err = |source| Error::Write {
            path: dir.to_path_buf(),
            source,
        };
        std::fs::create_dir_all(dir).map_err(err)?;
        let jsonl = std::io::BufWriter::new(NamedTempFile::new_in(dir).map_err(err)?);
        let mut tables = Vec::new();
        for (table, _) in table_files() {
            let mut file = NamedTempFile::new_in(dir).map_err(err)?;
            if style.excel {
                std::io::Write::write_all(&mut file, output::BOM).map_err(err)?;
            }
            let mut w = output::csv::writer(file);
            w.write_record(output::csv::header(table))
                .map_err(|e| Error::Serialize {
                    path: dir.to_path_buf(),
                    reason: e.to_string(),
                })?;
            tables.push((table, w));
        }
        Ok(Combined {
            dir: dir.to_path_buf(),
            jsonl,
            tables,
        })
    }

    /// Appends one article.
    pub fn add(&mut self, facts: &Facts) -> Result<()> {
        use std::io::Write;
        writeln!(self.jsonl, "{}", output::json::line(facts)).map_err(|source| Error::Write {
            path: self.dir.join(JSONL),
            source,
        })?;
        for (table, w) in &mut self.tables {
            output::csv::write_rows(w, facts, *table, false)?;
        }
        Ok(())
    }

    /// Flushes every file and renames it into place.
    pub fn finish(self) -> Result<()> {
        let dir = self.dir;
        let err = |name: &str, source| Error::Write {
            path: dir.join(name),
            source,
        };
        let jsonl = self
            .jsonl
            .into_inner()
            .map_err(|e| err(JSONL, e.into_error()))?;
        jsonl
            .persist(dir.join(JSONL))
            .map_err(|e| err(JSONL, e.error))?;
        for ((_, w), (_, name)) in self.tables.into_iter().zip(table_files()) {
            let file = w
                .into_inner()
                .map_err(|e| err(name, std::io::Error::other(e.to_string())))?;
            file.persist(dir.join(name))
                .map_err(|e| err(name, e.error))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directories_are_walked_in_order_and_mirrored() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("news");
        std::fs::create_dir_all(root.join("2024/06")).unwrap();
        for f in ["b.txt", "a.TXT", "2024/06/c.txt", "2024/06/skip.png"] {
            std::fs::write(root.join(f), "正文。").unwrap();
        }
        let (jobs, errors) = plan(std::slice::from_ref(&root));
        assert!(errors.is_empty());
        let folders: Vec<_> = jobs.iter().map(|j| j.folder.clone()).collect();
        assert_eq!(
            folders,
            [
                PathBuf::from("news/2024/06/c"),
                PathBuf::from("news/a"),
                PathBuf::from("news/b"),
            ]
        );
    }

    #[test]
    fn a_folder_without_text_files_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let (jobs, errors) = plan(&[dir.path().to_path_buf()]);
        assert!(jobs.is_empty());
        assert!(
            errors[0]
                .to_string()
                .contains("no files to read in it (.txt, .html, .htm)"),
            "{}",
            errors[0]
        );
    }

    #[test]
    fn two_inputs_for_one_folder_refuse_the_second() {
        let (jobs, errors) = plan(&[PathBuf::from("a/x.txt"), PathBuf::from("b/x.txt")]);
        assert_eq!(jobs.len(), 1);
        assert_eq!(errors.len(), 1);
        assert_eq!(
            errors[0].to_string(),
            "b/x.txt: skipped: a/x.txt writes to the same output folder (x under the output directory); rename one or run it on its own"
        );
    }
}
