//! The one error type of the crate. Every variant carries the context a user
//! needs to act on it (which file, what went wrong); nothing in the library
//! panics on input, it returns one of these instead.

use std::fmt;
use std::path::PathBuf;

/// Everything that can go wrong between reading an input and writing facts.
#[derive(Debug)]
pub enum Error {
    /// The input could not be read (missing, unreadable, a directory, …).
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The input is not text we can decode.
    Decode { path: PathBuf, reason: String },
    /// An output file could not be written.
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    /// An output would overwrite an input.
    OutputIsInput { path: PathBuf },
    /// Two inputs of a run map to one output folder (`a.txt` and `a.html`):
    /// the later one is not read.
    FolderTaken {
        path: PathBuf,
        /// The folder, relative to the output directory.
        folder: PathBuf,
        /// The input that writes there.
        first: PathBuf,
    },
    /// Serializing facts failed (CSV or JSON writer error).
    Serialize { path: PathBuf, reason: String },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Read { path, source } => {
                write!(f, "{}: cannot read: {source}", path.display())
            }
            Error::Decode { path, reason } => {
                write!(f, "{}: cannot decode: {reason}", path.display())
            }
            Error::Write { path, source } => {
                write!(f, "{}: cannot write: {source}", path.display())
            }
            Error::OutputIsInput { path } => write!(
                f,
                "{}: refusing to write an output over an input file",
                path.display()
            ),
            Error::FolderTaken {
                path,
                folder,
                first,
            } => write!(
                f,
                "{}: skipped: {} writes to the same output folder ({} under the output directory); rename one or run it on its own",
                path.display(),
                first.display(),
                folder.display()
            ),
            Error::Serialize { path, reason } => {
                write!(f, "{}: cannot serialize facts: {reason}", path.display())
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Read { source, .. } | Error::Write { source, .. } => Some(source),
            _ => None,
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;
