//! Bytes to decoded text. Owns reading an input (a file or standard input)
//! and decoding it: UTF-8 with or without a byte-order mark, UTF-16 LE/BE
//! with one, and — without a mark — whatever `chardetng` finds most likely
//! among the legacy encodings (GBK/GB18030 for mainland pages, Big5 for
//! Traditional ones), decoded by `encoding_rs`. Everything after this stage
//! works on the decoded `String`, and every span is a character offset into
//! it. Decoding never guesses silently: bytes that are not valid in the
//! chosen encoding are an error naming the file, not replacement characters.

use crate::error::{Error, Result};
use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};
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
    /// The encoding the bytes were decoded from (`utf-8`, `utf-16le`, `gbk`, …).
    pub encoding: String,
    /// The decoded text, without a byte-order mark. For an HTML page, the
    /// article text read out of it ([`crate::html::article_text`]): spans
    /// refer to this text, which `extract` writes beside the facts as
    /// `source.txt`.
    pub text: String,
    /// True when the text was read out of an HTML page.
    pub html: bool,
}

impl Source {
    /// Wraps text that is already decoded (library use, tests).
    pub fn from_text(path: &str, text: &str) -> Source {
        Source {
            path: path.to_string(),
            sha256: sha256_hex(text.as_bytes()),
            encoding: "utf-8".to_string(),
            text: text.to_string(),
            html: false,
        }
    }

    /// True when the text has nothing but white space in it.
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }
}

/// The encoding named by a label such as `gbk`, `gb18030`, `utf-16le`,
/// `big5` or `utf-8` (WHATWG labels, case-insensitive).
pub fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes())
}

/// Reads and decodes one input, detecting its encoding; `-` reads standard input.
pub fn read(path: &Path) -> Result<Source> {
    read_as(path, None)
}

/// Reads and decodes one input; `encoding` overrides detection.
pub fn read_as(path: &Path, encoding: Option<&'static Encoding>) -> Result<Source> {
    let fail = |source: std::io::Error| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    let bytes = if path == Path::new("-") {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map_err(fail)?;
        buf
    } else {
        let before = std::fs::metadata(path).map_err(fail)?;
        if before.is_dir() {
            return Err(fail(std::io::Error::other(
                "is a directory, expected a text file",
            )));
        }
        let bytes = std::fs::read(path).map_err(fail)?;
        // A file still being written (a download, a copy) gives a torn read.
        let after = std::fs::metadata(path).map_err(fail)?;
        if after.len() != bytes.len() as u64 || after.modified().ok() != before.modified().ok() {
            return Err(fail(std::io::Error::other(
                "the file changed while it was being read",
            )));
        }
        bytes
    };
    let mut src = decode_as(path, &bytes, encoding)?;
    if is_html(path) {
        src.text = crate::html::article_text(&src.text);
        src.html = true;
    }
    Ok(src)
}

/// `.html` and `.htm` files are pages, read through the HTML parser.
pub fn is_html(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// Decodes raw bytes, detecting the encoding (see the module docs).
pub fn decode(path: &Path, bytes: &[u8]) -> Result<Source> {
    decode_as(path, bytes, None)
}

/// Decodes raw bytes in `encoding`, or in the detected one when `None`.
/// A byte-order mark always wins: it is the file's own statement.
pub fn decode_as(path: &Path, bytes: &[u8], encoding: Option<&'static Encoding>) -> Result<Source> {
    let fail = |reason: String| Error::Decode {
        path: PathBuf::from(path),
        reason,
    };
    let (encoding, body) = match Encoding::for_bom(bytes) {
        Some((enc, bom)) => (enc, &bytes[bom..]),
        None => match encoding {
            Some(enc) => (enc, bytes),
            None => (detect(bytes).map_err(fail)?, bytes),
        },
    };
    let text = encoding
        .decode_without_bom_handling_and_without_replacement(body)
        .ok_or_else(|| {
            fail(format!(
                "not valid {} (at byte {}); name the encoding with --encoding",
                encoding.name(),
                first_bad_byte(encoding, body) + (bytes.len() - body.len())
            ))
        })?;
    if encoding != UTF_16LE && encoding != UTF_16BE && text.contains('\0') {
        return Err(fail("binary data (NUL bytes), not a text file".into()));
    }
    if mostly_control(&text) {
        return Err(fail(
            "binary data (control characters), not a text file".into(),
        ));
    }
    Ok(Source {
        path: path.display().to_string(),
        sha256: sha256_hex(bytes),
        encoding: encoding.name().to_ascii_lowercase(),
        text: text.into_owned(),
        html: false,
    })
}

/// The encoding of bytes without a byte-order mark: UTF-8 when they are
/// valid UTF-8, else the legacy encoding chardetng finds most likely.
/// NUL bytes mean binary data (UTF-16 without a mark is not supported: it
/// cannot be told from binary reliably).
fn detect(bytes: &[u8]) -> std::result::Result<&'static Encoding, String> {
    if bytes.contains(&0) {
        return Err("binary data (NUL bytes), not a text file".into());
    }
    if std::str::from_utf8(bytes).is_ok() {
        return Ok(UTF_8);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    // No top-level domain to hint with; UTF-8 was ruled out above.
    let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    // Chinese press releases come in these; anything else chardetng offers
    // for bytes that are not UTF-8 is more likely damage than a Cyrillic or
    // Japanese page, so the user is asked to name it.
    let chinese = [encoding_rs::GBK, encoding_rs::GB18030, encoding_rs::BIG5];
    if chinese.contains(&guess) || guess == encoding_rs::WINDOWS_1252 && plausible_latin(bytes) {
        return Ok(guess);
    }
    Err(format!(
        "not UTF-8, UTF-16 (with a byte-order mark), GBK/GB18030 or Big5 text \
         (closest guess: {}); name the encoding with --encoding",
        guess.name()
    ))
}

/// More than one character in ten a control character (other than line
/// breaks and tabs): data, not prose. A few stray ones are kept.
fn mostly_control(text: &str) -> bool {
    let (mut total, mut control) = (0usize, 0usize);
    for c in text.chars() {
        total += 1;
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{0c}') {
            control += 1;
        }
    }
    control * 10 > total
}

/// Mostly printable ASCII with a few high bytes: a Western legacy text.
fn plausible_latin(bytes: &[u8]) -> bool {
    let control = bytes
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    let high = bytes.iter().filter(|&&b| b >= 0x80).count();
    control == 0 && high * 4 < bytes.len()
}

/// Offset of the first byte `encoding` cannot decode (for the message).
fn first_bad_byte(encoding: &'static Encoding, body: &[u8]) -> usize {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(body.len() * 3 + 16);
    let mut read = 0;
    // Feed byte by byte only up to the failure: a malformed sequence reports
    // how far the decoder had read.
    while read < body.len() {
        let chunk = &body[read..(read + 4096).min(body.len())];
        let last = read + chunk.len() == body.len();
        let (result, n) = decoder.decode_to_string_without_replacement(chunk, &mut out, last);
        match result {
            encoding_rs::DecoderResult::Malformed(bad, _) => {
                return (read + n).saturating_sub(bad as usize);
            }
            encoding_rs::DecoderResult::InputEmpty => read += n,
            encoding_rs::DecoderResult::OutputFull => {
                out.reserve(chunk.len() * 3 + 16);
                read += n;
            }
        }
    }
    body.len()
}

fn sha256_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(2 * digest.len());
    for b in digest.iter() {
        hex.push(HEX[usize::from(b >> 4)].into());
        hex.push(HEX[usize::from(b & 15)].into());
    }
    hex
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "重庆市与科伦坡签署友好合作协议13项，近200位嘉宾出席。";

    fn encode(enc: &'static Encoding, text: &str) -> Vec<u8> {
        let (bytes, _, unmappable) = enc.encode(text);
        assert!(!unmappable);
        bytes.into_owned()
    }

    #[test]
    fn strips_utf8_bom_and_hashes_raw_bytes() {
        let src = decode(Path::new("a.txt"), "\u{feff}近200位嘉宾".as_bytes()).unwrap();
        assert_eq!(src.text, "近200位嘉宾");
        assert_eq!(src.encoding, "utf-8");
        assert_eq!(src.sha256.len(), 64);
    }

    #[test]
    fn sha256_is_lowercase_hex_of_the_digest() {
        // FIPS 180-2, appendix B.1.
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn utf16_with_a_byte_order_mark_either_way() {
        let mut le = vec![0xFF, 0xFE];
        le.extend(TEXT.encode_utf16().flat_map(u16::to_le_bytes));
        let mut be = vec![0xFE, 0xFF];
        be.extend(TEXT.encode_utf16().flat_map(u16::to_be_bytes));
        let le = decode(Path::new("le.txt"), &le).unwrap();
        let be = decode(Path::new("be.txt"), &be).unwrap();
        assert_eq!((le.text.as_str(), le.encoding.as_str()), (TEXT, "utf-16le"));
        assert_eq!((be.text.as_str(), be.encoding.as_str()), (TEXT, "utf-16be"));
    }

    #[test]
    fn gbk_and_big5_without_a_mark_are_detected() {
        let gbk = decode(Path::new("gbk.txt"), &encode(encoding_rs::GBK, TEXT)).unwrap();
        assert_eq!(gbk.text, TEXT);
        assert_eq!(gbk.encoding, "gbk");
        let trad = "香港貿易發展局與澳門大學簽署合作協議，雙方將共同舉辦交流活動。";
        let big5 = decode(Path::new("big5.txt"), &encode(encoding_rs::BIG5, trad)).unwrap();
        assert_eq!((big5.text.as_str(), big5.encoding.as_str()), (trad, "big5"));
    }

    #[test]
    fn a_named_encoding_overrides_detection() {
        let bytes = encode(encoding_rs::GB18030, TEXT);
        let enc = encoding_for_label("GB18030");
        let src = decode_as(Path::new("a.txt"), &bytes, enc).unwrap();
        assert_eq!(
            (src.text.as_str(), src.encoding.as_str()),
            (TEXT, "gb18030")
        );
        // UTF-8 bytes read as UTF-16 are not valid: an error, not mojibake.
        let err = decode_as(
            Path::new("a.txt"),
            b"\xe9\x87\x8d",
            encoding_for_label("utf-16le"),
        )
        .unwrap_err();
        assert!(err.to_string().contains("not valid UTF-16LE"), "{err}");
        assert!(encoding_for_label("no-such-encoding").is_none());
    }

    #[test]
    fn binary_input_is_an_error_naming_the_file() {
        let err = decode(Path::new("img.txt"), b"\x89PNG\r\n\x1a\n\0\0").unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("img.txt") && msg.contains("binary"), "{msg}");
    }

    #[test]
    fn bytes_no_candidate_encoding_reads_are_an_error() {
        let junk: Vec<u8> = (0..200u32)
            .map(|i| [0x01, 0x9c, 0x02, 0xff][i as usize % 4])
            .collect();
        let err = decode(Path::new("junk.txt"), &junk).unwrap_err();
        assert!(err.to_string().contains("junk.txt"), "{err}");
    }

    #[test]
    fn missing_file_and_directory_are_read_errors() {
        let err = read(Path::new("no/such/file.txt")).unwrap_err();
        assert!(matches!(err, Error::Read { .. }));
        let err = read(Path::new("src")).unwrap_err();
        assert!(err.to_string().contains("is a directory"), "{err}");
    }

    #[test]
    fn blank_sources_are_recognised() {
        assert!(Source::from_text("-", " \n\t\u{3000}").is_blank());
        assert!(!Source::from_text("-", "正文").is_blank());
    }
}
