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

/// Which files of a walked directory a run reads.
struct Wanted {
    /// Whether a file, by its name, is one.
    test: fn(&Path) -> bool,
    /// The names, for the error on a folder with none.
    named: &'static str,
}

/// Articles: text and HTML files (extensions in any case).
const ARTICLES: Wanted = Wanted {
    test: |path| has_extension(path, &["txt", "html", "htm"]),
    named: ".txt, .html, .htm",
};

/// JSON Lines (`--jsonl-input`): `.jsonl`/`.ndjson` files and the shards a
/// Spark or Hadoop job writes (see [`is_shard`]).
const JSON_LINES: Wanted = Wanted {
    test: |path| has_extension(path, &["jsonl", "ndjson"]) || is_shard(path),
    named: ".jsonl, .ndjson, part-* shards",
};

fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

/// One input of a run and the folder its facts go to, relative to the
/// output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub path: PathBuf,
    pub folder: PathBuf,
    /// Found by walking a directory given as input (not given itself).
    pub walked: bool,
}

/// The jobs of a run, in order: files as given, directories walked in
/// sorted order. Inputs that cannot be planned (an unreadable directory, two
/// inputs that would share an output folder) come back as errors, and the
/// rest of the run goes on. The folder `outputs` (where the run writes, or
/// the stored run `check` compares with) is not walked: `extract .` run
/// twice must not read the first run's `source.txt` files as articles.
pub fn plan(inputs: &[PathBuf], outputs: &Path) -> (Vec<Job>, Vec<Error>) {
    let (mut jobs, mut errors) = files(inputs, &ARTICLES, Some(outputs));
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
/// given, whatever their names, and in directories, walked in sorted order,
/// the `.jsonl`/`.ndjson` files and the shards a Spark or Hadoop job writes
/// (`part-00000`, `part-m-00000`, `part-00000-….json`; not `_SUCCESS` or
/// the hidden `.crc` files). Unreadable directories come back as errors.
pub fn jsonl_files(inputs: &[PathBuf]) -> (Vec<PathBuf>, Vec<Error>) {
    let (jobs, errors) = files(inputs, &JSON_LINES, None);
    (jobs.into_iter().map(|job| job.path).collect(), errors)
}

/// Whether a file name is that of a Spark or Hadoop output shard: `part-`,
/// then no extension or `.json` (Spark's DataFrame writer).
fn is_shard(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let ext = path.extension().and_then(|e| e.to_str());
    name.starts_with("part-") && (ext.is_none() || ext == Some("json"))
}

/// The files given, and the `wanted` ones found under the directories
/// given (not under `skip`), each with its output folder.
fn files(inputs: &[PathBuf], wanted: &Wanted, skip: Option<&Path>) -> (Vec<Job>, Vec<Error>) {
    let mut jobs = Vec::new();
    let mut errors = Vec::new();
    // Compared as canonical paths, however each is spelled; a folder that
    // does not exist yet holds nothing to skip.
    let skip = skip.and_then(|p| p.canonicalize().ok());
    let walked = Walked {
        wanted,
        skip: skip.as_deref(),
    };
    for input in inputs {
        if input != Path::new("-") && input.is_dir() {
            walked.walk(input, &mut jobs, &mut errors);
        } else {
            jobs.push(Job {
                path: input.clone(),
                folder: PathBuf::from(stem(input)),
                walked: false,
            });
        }
    }
    (jobs, errors)
}

/// How directories are walked: for which files, and which folder not.
struct Walked<'a> {
    wanted: &'a Wanted,
    skip: Option<&'a Path>,
}

impl Walked<'_> {
    fn walk(&self, root: &Path, jobs: &mut Vec<Job>, errors: &mut Vec<Error>) {
        let before = jobs.len();
        self.walk_into(root, jobs, errors);
        if jobs.len() == before {
            errors.push(Error::Read {
                path: root.to_path_buf(),
                source: std::io::Error::other(format!(
                    "a folder with no files to read in it ({})",
                    self.wanted.named
                )),
            });
        }
    }

    fn walk_into(&self, root: &Path, jobs: &mut Vec<Job>, errors: &mut Vec<Error>) {
        let base = root.file_name().map(PathBuf::from).unwrap_or_default();
        let readable = self.wanted.test;
        let skipped = |entry: &walkdir::DirEntry| {
            entry.depth() > 0
                && entry.file_type().is_dir()
                && self
                    .skip
                    .is_some_and(|skip| entry.path().canonicalize().is_ok_and(|p| p == skip))
        };
        // Links are followed, to files and to folders, as if the tree held
        // what they point to (an archive assembled from links loses
        // nothing); a link back to a folder above it is an error, not an
        // endless walk.
        let walk = walkdir::WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| !skipped(e));
        for entry in walk {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    let path = e.path().unwrap_or(root).to_path_buf();
                    let dangling = e
                        .io_error()
                        .is_some_and(|io| io.kind() == std::io::ErrorKind::NotFound);
                    // A dangling link is an error only where a file we read
                    // should be.
                    if dangling && !readable(&path) {
                        continue;
                    }
                    let source = if dangling {
                        std::io::Error::new(
                            std::io::ErrorKind::NotFound,
                            "a link whose target is missing",
                        )
                    } else {
                        std::io::Error::other(e.to_string())
                    };
                    errors.push(Error::Read { path, source });
                    continue;
                }
            };
            let path = entry.path();
            if !entry.file_type().is_file() || !readable(path) {
                continue;
            }
            let rel = path.strip_prefix(root).unwrap_or(path);
            jobs.push(Job {
                path: path.to_path_buf(),
                folder: base.join(rel.with_extension("")),
                walked: true,
            });
        }
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
        let jsonl = std::io::BufWriter::new(output::temp_file_in(dir).map_err(err)?);
        let mut tables = Vec::new();
        for (table, _) in table_files() {
            let mut file = output::temp_file_in(dir).map_err(err)?;
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

    /// A temporary folder `news` holding `files` (each a line of text).
    fn news(files: &[&str]) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("news");
        for f in files {
            let path = root.join(f);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "正文。").unwrap();
        }
        (dir, root)
    }

    #[test]
    fn directories_are_walked_in_order_and_mirrored() {
        let (_dir, root) = news(&["b.txt", "a.TXT", "2024/06/c.txt", "2024/06/skip.png"]);
        let (jobs, errors) = plan(std::slice::from_ref(&root), Path::new("output"));
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
    fn the_output_folder_inside_a_walked_folder_is_not_walked() {
        // An article, and what an earlier run wrote for an HTML page.
        let (dir, root) = news(&["a.txt", "output/page/source.txt"]);
        let folders = |outputs: &Path| -> Vec<PathBuf> {
            let (jobs, errors) = plan(std::slice::from_ref(&root), outputs);
            assert!(errors.is_empty(), "{errors:?}");
            jobs.into_iter().map(|j| j.folder).collect()
        };
        // However the output folder is spelled.
        assert_eq!(folders(&root.join("output")), [PathBuf::from("news/a")]);
        assert_eq!(
            folders(&root.join("./output/../output/")),
            [PathBuf::from("news/a")]
        );
        // Elsewhere, it is an ordinary folder of the tree.
        assert_eq!(
            folders(&dir.path().join("output")),
            [
                PathBuf::from("news/a"),
                PathBuf::from("news/output/page/source")
            ]
        );
    }

    #[cfg(unix)]
    #[test]
    fn links_are_followed_and_broken_ones_reported_where_they_matter() {
        use std::os::unix::fs::symlink;
        let (_dir, root) = news(&["real/a.txt"]);
        symlink("real/a.txt", root.join("link.txt")).unwrap();
        symlink("real", root.join("linked")).unwrap();
        symlink("missing.txt", root.join("gone.txt")).unwrap();
        symlink("missing.png", root.join("gone.png")).unwrap();
        symlink("..", root.join("real/up")).unwrap();
        let (jobs, errors) = plan(std::slice::from_ref(&root), Path::new("output"));
        let folders: Vec<_> = jobs.into_iter().map(|j| j.folder).collect();
        assert_eq!(
            folders,
            [
                PathBuf::from("news/link"),
                PathBuf::from("news/linked/a"),
                PathBuf::from("news/real/a"),
            ]
        );
        let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(
            errors[0].ends_with("gone.txt: cannot read: a link whose target is missing"),
            "{errors:?}"
        );
        // The loop, reached by its own path and through the linked folder.
        for (e, path) in errors[1..].iter().zip(["linked/up", "real/up"]) {
            assert!(
                e.contains(&format!("{path}: cannot read: File system loop found")),
                "{errors:?}"
            );
        }
    }

    #[test]
    fn job_output_shards_are_told_by_their_names() {
        for name in ["part-00000", "part-m-00003", "part-00000-1f2e-c000.json"] {
            assert!(is_shard(Path::new(name)), "{name}");
        }
        for name in [
            "_SUCCESS",
            ".part-00000.crc",
            "part-00000.gz",
            "parts",
            "a.json",
        ] {
            assert!(!is_shard(Path::new(name)), "{name}");
        }
    }

    #[test]
    fn a_folder_without_text_files_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let (jobs, errors) = plan(&[dir.path().to_path_buf()], Path::new("output"));
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
        let (jobs, errors) = plan(
            &[PathBuf::from("a/x.txt"), PathBuf::from("b/x.txt")],
            Path::new("output"),
        );
        assert_eq!(jobs.len(), 1);
        assert_eq!(errors.len(), 1);
        assert_eq!(
            errors[0].to_string(),
            "b/x.txt: skipped: a/x.txt writes to the same output folder (x under the output directory); rename one or run it on its own"
        );
    }
}
