//! Bytes to decoded text. Owns reading an input (a file or standard input),
//! stripping a byte-order mark and decoding; everything after this stage
//! works on the decoded `String`, and every span is a character offset into it.
//! Further encodings (GBK, UTF-16) are a later stage of this module.

use crate::error::{Error, Result};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Path, PathBuf};

/// A decoded input: its text and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The path as the user gave it (`-` for standard input).
    pub path: String,
    /// Hex SHA-256 of the raw bytes, so a fact can be tied to the exact file.
    pub sha256: String,
    /// The encoding the bytes were decoded from.
    pub encoding: String,
    /// The decoded text, without a byte-order mark.
    pub text: String,
}

impl Source {
    /// Wraps text that is already decoded (library use, tests).
    pub fn from_text(path: &str, text: &str) -> Source {
        Source {
            path: path.to_string(),
            sha256: sha256_hex(text.as_bytes()),
            encoding: "utf-8".to_string(),
            text: text.to_string(),
        }
    }
}

/// Reads and decodes one input; `-` reads standard input.
pub fn read(path: &Path) -> Result<Source> {
    let bytes = if path == Path::new("-") {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|source| Error::Read {
                path: path.to_path_buf(),
                source,
            })?;
        buf
    } else {
        if path.is_dir() {
            return Err(Error::Read {
                path: path.to_path_buf(),
                source: std::io::Error::other("is a directory, expected a text file"),
            });
        }
        std::fs::read(path).map_err(|source| Error::Read {
            path: path.to_path_buf(),
            source,
        })?
    };
    decode(path, &bytes)
}

/// Decodes raw bytes as UTF-8 (with or without BOM); binary or invalid
/// input is an error that names the file.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<Source> {
    let fail = |reason: String| Error::Decode {
        path: PathBuf::from(path),
        reason,
    };
    if bytes.contains(&0) {
        return Err(fail("binary data (NUL bytes), not a text file".into()));
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(body).map_err(|e| {
        fail(format!(
            "not valid UTF-8 (first bad byte at offset {})",
            e.valid_up_to() + (bytes.len() - body.len())
        ))
    })?;
    Ok(Source {
        path: path.display().to_string(),
        sha256: sha256_hex(bytes),
        encoding: "utf-8".to_string(),
        text: text.to_string(),
    })
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_utf8_bom_and_hashes_raw_bytes() {
        let src = decode(Path::new("a.txt"), "\u{feff}近200位嘉宾".as_bytes()).unwrap();
        assert_eq!(src.text, "近200位嘉宾");
        assert_eq!(src.encoding, "utf-8");
        assert_eq!(src.sha256.len(), 64);
    }

    #[test]
    fn binary_input_is_an_error_naming_the_file() {
        let err = decode(Path::new("img.txt"), b"\x89PNG\r\n\x1a\n\0\0").unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("img.txt") && msg.contains("binary"), "{msg}");
    }

    #[test]
    fn invalid_utf8_is_an_error_with_offset() {
        let err = decode(Path::new("gbk.txt"), b"ab\xd6\xd0\xce\xc4").unwrap_err();
        assert!(err.to_string().contains("offset 2"), "{err}");
    }

    #[test]
    fn missing_file_is_a_read_error() {
        let err = read(Path::new("no/such/file.txt")).unwrap_err();
        assert!(matches!(err, Error::Read { .. }));
    }
}
