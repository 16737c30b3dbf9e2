//! Writers: facts to JSON, JSON Lines, CSV and xlsx, and the safe way to put them
//! on disk. Wire types (flat CSV rows) live in [`csv`]; writers never see
//! the extractors.

pub mod csv;
pub mod json;
pub mod xlsx;

use crate::error::{Error, Result};
use crate::facts::Facts;
use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The files `extract` writes for one article, in this order.
pub const FILES: [&str; 6] = [
    "facts.json",
    "counts.csv",
    "agreements.csv",
    "routes.csv",
    "institutions.csv",
    "documents.csv",
];

/// The text an HTML input's spans refer to, written beside its facts.
pub const SOURCE_TEXT: &str = "source.txt";

/// The UTF-8 byte-order mark Excel needs to read a CSV file as UTF-8 (it
/// shows Chinese in a BOM-less UTF-8 CSV as mojibake).
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// How files are written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Style {
    /// Start every CSV with a UTF-8 byte-order mark (`--excel`).
    pub excel: bool,
}

/// Renders every output file of one article: (file name, bytes).
pub fn render_all(facts: &Facts, style: Style) -> Result<Vec<(&'static str, Vec<u8>)>> {
    let mut files = vec![(FILES[0], json::pretty(facts).into_bytes())];
    for (name, table) in FILES[1..].iter().zip(csv::Table::ALL) {
        let mut bytes = if style.excel {
            BOM.to_vec()
        } else {
            Vec::new()
        };
        bytes.extend(csv::render(facts, table)?);
        files.push((*name, bytes));
    }
    Ok(files)
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a
/// rename, so a reader never sees a half-written file and an interrupted run
/// (Ctrl-C, a crash, a full disk) leaves the previous version in place. There
/// is no fsync per file: it made batches of small files several times slower,
/// and the rename already protects against everything but a power cut.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, |file| {
        file.write_all(bytes).map_err(|source| Error::Write {
            path: path.to_path_buf(),
            source,
        })
    })
}

/// [`write_atomic`] for content written piece by piece: `fill` writes into
/// the temporary file (buffered, and seekable, as a zip writer needs).
pub fn write_atomic_with(
    path: &Path,
    fill: impl FnOnce(&mut std::io::BufWriter<&mut std::fs::File>) -> Result<()>,
) -> Result<()> {
    let err = |source| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(err)?;
    let mut tmp = temp_file_in(dir).map_err(err)?;
    let mut file = std::io::BufWriter::new(tmp.as_file_mut());
    fill(&mut file)?;
    // Flushed here, not on drop, where an error (a full disk) would be lost.
    file.flush().map_err(err)?;
    drop(file);
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}

/// A temporary file in `dir`, to be renamed over an output. It gets the
/// permissions any new file would (0666 less the umask: `rw-r--r--` as a
/// rule), not the owner-only ones temporary files get by default, which the
/// rename would carry over and hide the outputs from the rest of a team.
pub fn temp_file_in(dir: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    builder.tempfile_in(dir)
}

/// The inputs of a run, as canonical paths computed once: no output may be
/// written over one of them.
#[derive(Debug, Default)]
pub struct Protected(HashSet<PathBuf>);

impl Protected {
    pub fn new(inputs: &[PathBuf]) -> Protected {
        Protected(
            inputs
                .iter()
                .filter_map(|p| p.canonicalize().ok())
                .collect(),
        )
    }

    /// An error when writing `target` would replace one of the inputs.
    pub fn check(&self, target: &Path) -> Result<()> {
        match target.canonicalize() {
            Ok(t) if self.0.contains(&t) => Err(Error::OutputIsInput {
                path: target.to_path_buf(),
            }),
            _ => Ok(()),
        }
    }
}

/// Writes every file of one article into `dir`, plus `source.txt` holding
/// the text the spans refer to when it is not the input file itself (the
/// article text of an HTML page). Refuses to overwrite any input; all files
/// are rendered before the first is written.
pub fn write_dir(
    dir: &Path,
    facts: &Facts,
    source_text: Option<&str>,
    protected: &Protected,
    style: Style,
) -> Result<()> {
    let mut files = render_all(facts, style)?;
    if let Some(text) = source_text {
        files.push((SOURCE_TEXT, text.as_bytes().to_vec()));
    }
    for (name, _) in &files {
        protected.check(&dir.join(name))?;
    }
    for (name, bytes) in files {
        write_atomic(&dir.join(name), &bytes)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn outputs_get_the_permissions_of_any_new_file() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let plain = dir.path().join("plain.txt");
        std::fs::write(&plain, "x").unwrap();
        let output = dir.path().join("facts.json");
        write_atomic(&output, b"{}").unwrap();
        // Whatever this process's umask: the same mode as a file written
        // plainly, not a temporary file's owner-only 0600.
        assert_eq!(mode(&output), mode(&plain));
        let tmp = temp_file_in(dir.path()).unwrap();
        assert_eq!(mode(tmp.path()), mode(&plain));
    }
}
