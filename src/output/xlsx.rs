//! One xlsx workbook per run: a sheet per kind of fact, then a `sources`
//! sheet with one row per article. The kind sheets are the CSV tables read
//! back, so columns and cell text never drift from [`super::csv`]; this
//! module only decides which cells are numbers and how the sheets look.
//! It is the only importer of rust_xlsxwriter.

use super::csv::{Table, header, rows};
use crate::error::{Error, Result};
use crate::facts::Facts;
use clap::ValueEnum;
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

/// Columns whose cells are stored as numbers, so a spreadsheet can sum and
/// sort them; in the CSV they are plain figures or empty.
const NUMERIC: [&str; 7] = ["value", "max", "count", "start", "end", "mentions", "chars"];

/// The sources sheet: where each article came from and how many facts of
/// each kind it gave (the tallies are numbers too).
const SOURCES: [&str; 9] = [
    "path",
    "sha256",
    "encoding",
    "chars",
    "counts",
    "agreements",
    "routes",
    "institutions",
    "documents",
];

/// Excel's last row: a sheet holds a header and 1,048,575 rows below it.
const EXCEL_ROWS: u32 = 1_048_576;

/// One sheet as it is filled: which columns are numbers, how many rows it
/// has, and how many it had no room for.
struct Sheet {
    name: String,
    numeric: Vec<bool>,
    /// Rows written, the header included.
    rows: u32,
    dropped: u64,
}

impl Sheet {
    /// Names `ws` and writes a bold, frozen header with fixed widths.
    fn start(
        ws: &mut Worksheet,
        name: String,
        header: &[&'static str],
        numeric: impl Fn(&str) -> bool,
        bold: &Format,
    ) -> std::result::Result<Sheet, XlsxError> {
        ws.set_name(&name)?;
        let numeric: Vec<bool> = header.iter().map(|h| numeric(h)).collect();
        for (col, (h, &num)) in (0u16..).zip(header.iter().zip(&numeric)) {
            ws.write_string_with_format(0, col, *h, bold)?;
            ws.set_column_width(col, width(h, num))?;
        }
        ws.set_freeze_panes(1, 0)?;
        Ok(Sheet {
            name,
            numeric,
            rows: 1,
            dropped: 0,
        })
    }

    /// Appends a row below the last (numeric columns as numbers where the
    /// text is a finite figure), or counts it as dropped when the sheet is
    /// at `limit` rows.
    fn push(
        &mut self,
        ws: &mut Worksheet,
        cells: &[String],
        limit: u32,
    ) -> std::result::Result<(), XlsxError> {
        if self.rows >= limit {
            self.dropped += 1;
            return Ok(());
        }
        let row = self.rows;
        for (col, (cell, &num)) in (0u16..).zip(cells.iter().zip(&self.numeric)) {
            if cell.is_empty() {
                continue;
            }
            match cell.parse::<f64>() {
                Ok(v) if num && v.is_finite() => ws.write_number(row, col, v)?,
                _ => ws.write_string(row, col, cell)?,
            };
        }
        self.rows += 1;
        Ok(())
    }

    /// A filter over the header and every row.
    fn finish(&self, ws: &mut Worksheet) -> std::result::Result<(), XlsxError> {
        let last_col = u16::try_from(self.numeric.len().saturating_sub(1)).unwrap_or(u16::MAX);
        ws.autofilter(0, 0, self.rows.saturating_sub(1), last_col)?;
        Ok(())
    }
}

/// Column width in characters, chosen by header rather than measured: the
/// widths stay the same from run to run, and a sentence column sized to its
/// longest cell would push everything else off screen. Chinese characters
/// take about two units, so `sentence` shows some thirty of them.
fn width(header: &str, numeric: bool) -> f64 {
    match header {
        "sentence" => 60.0,
        "text" => 30.0,
        "source" | "path" => 28.0,
        _ if numeric => 10.0,
        _ => 16.0,
    }
}

/// A workbook being filled article by article, rows in the order articles
/// are added. Each sheet streams its rows to a temporary file as they come
/// (rust_xlsxwriter's constant-memory mode), so a run's memory does not
/// grow with its number of articles; the file is put together at the end.
pub struct Book {
    workbook: Workbook,
    /// One per [`Table::ALL`], then the sources sheet, in workbook order.
    sheets: Vec<Sheet>,
    /// Rows a sheet may hold, the header included: Excel's limit.
    limit: u32,
    /// The first article, to name in an error.
    first: Option<String>,
    /// The first error met while adding rows, reported by [`Book::write_to`].
    failed: Option<XlsxError>,
}

impl Book {
    /// An empty workbook: the six sheets with their headers and no rows.
    /// Their rows wait in temporary files in `tempdir` (the run's output
    /// folder: writable, and not a RAM-backed /tmp), or the system's
    /// temporary folder. Fails only when no temporary file can be made.
    pub fn new(tempdir: Option<&std::path::Path>) -> Result<Book> {
        Book::with_limit(EXCEL_ROWS, tempdir)
    }

    fn with_limit(limit: u32, tempdir: Option<&std::path::Path>) -> Result<Book> {
        let mut workbook = Workbook::new();
        let bold = Format::new().set_bold();
        let mut sheets = Vec::new();
        let started: std::result::Result<(), XlsxError> = (|| {
            if let Some(dir) = tempdir {
                std::fs::create_dir_all(dir)?;
                workbook.set_tempdir(dir)?;
            }
            for t in Table::ALL {
                // The sheet is named as the CLI names the table (`counts`, …).
                let name = t
                    .to_possible_value()
                    .map(|v| v.get_name().to_owned())
                    .unwrap_or_default();
                let ws = workbook.add_worksheet_with_constant_memory()?;
                sheets.push(Sheet::start(
                    ws,
                    name,
                    header(t),
                    |h| NUMERIC.contains(&h),
                    &bold,
                )?);
            }
            let ws = workbook.add_worksheet_with_constant_memory()?;
            let numeric = |h: &str| h != "path" && h != "sha256" && h != "encoding";
            sheets.push(Sheet::start(
                ws,
                "sources".into(),
                &SOURCES,
                numeric,
                &bold,
            )?);
            Ok(())
        })();
        started.map_err(|e| failure(None, &e))?;
        Ok(Book {
            workbook,
            sheets,
            limit,
            first: None,
            failed: None,
        })
    }

    /// Appends one article's facts to every sheet and a row to the sources
    /// sheet. An error is kept for [`Book::write_to`], which reports it.
    pub fn add(&mut self, facts: &Facts) {
        let s = &facts.source;
        self.first.get_or_insert_with(|| s.path.clone());
        let mut source_row = vec![
            s.path.clone(),
            s.sha256.clone(),
            s.encoding.clone(),
            s.chars.to_string(),
        ];
        source_row.extend(facts.tally().iter().map(usize::to_string));
        let tables = Table::ALL.map(|t| rows(facts, t));
        let sources = vec![source_row];
        let all = tables.iter().chain(std::iter::once(&sources));
        for (i, (sheet, rows)) in self.sheets.iter_mut().zip(all).enumerate() {
            let added = (|| {
                let ws = self.workbook.worksheet_from_index(i)?;
                rows.iter()
                    .try_for_each(|row| sheet.push(ws, row, self.limit))
            })();
            if let Err(e) = added {
                self.failed.get_or_insert(e);
            }
        }
    }

    /// Each sheet that ran out of rows, with how many rows it could not hold.
    pub fn dropped(&self) -> Vec<(&str, u64)> {
        self.sheets
            .iter()
            .filter(|s| s.dropped > 0)
            .map(|s| (s.name.as_str(), s.dropped))
            .collect()
    }

    /// Puts the workbook together into `writer`. Errors name the first
    /// article, or `xlsx` when there is none.
    pub fn write_to<W: std::io::Write + std::io::Seek + Send>(mut self, writer: W) -> Result<()> {
        if let Some(e) = self.failed.take() {
            return Err(failure(self.first.as_deref(), &e));
        }
        let written: std::result::Result<(), XlsxError> = (|| {
            for (i, sheet) in self.sheets.iter().enumerate() {
                sheet.finish(self.workbook.worksheet_from_index(i)?)?;
            }
            self.workbook.save_to_writer(writer)
        })();
        written.map_err(|e| failure(self.first.as_deref(), &e))
    }

    /// The workbook as bytes (for standard output, which cannot seek).
    pub fn to_bytes(self) -> Result<Vec<u8>> {
        let mut bytes = std::io::Cursor::new(Vec::new());
        self.write_to(&mut bytes)?;
        Ok(bytes.into_inner())
    }
}

fn failure(first: Option<&str>, e: &XlsxError) -> Error {
    Error::Serialize {
        path: first.unwrap_or("xlsx").into(),
        reason: e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{Data, Range, Reader, Xlsx, open_workbook_from_rs};
    use std::io::Cursor;

    const A: &str = "签署友好合作协议13项，近200位嘉宾出席。开通甲城—越南河内航线。";
    const B: &str = "双方签署了《关于深化合作的谅解备忘录》，北京大学代表出席。";

    fn article(path: &str, text: &str) -> Facts {
        let mut facts = crate::extract(text);
        facts.source.path = path.into();
        facts
    }

    fn read_back(facts: &[Facts]) -> Xlsx<Cursor<Vec<u8>>> {
        let mut book = Book::new(None).unwrap();
        for f in facts {
            book.add(f);
        }
        open_workbook_from_rs(Cursor::new(book.to_bytes().unwrap())).unwrap()
    }

    fn header_of(range: &Range<Data>) -> Vec<String> {
        range
            .rows()
            .next()
            .unwrap()
            .iter()
            .map(|c| c.to_string())
            .collect()
    }

    fn column(range: &Range<Data>, name: &str) -> usize {
        header_of(range).iter().position(|h| h == name).unwrap()
    }

    #[test]
    fn sheets_in_order_with_csv_headers() {
        let mut wb = read_back(&[article("a.txt", A)]);
        assert_eq!(
            wb.sheet_names(),
            [
                "counts",
                "agreements",
                "routes",
                "institutions",
                "documents",
                "sources"
            ]
        );
        for table in Table::ALL {
            let name = table.to_possible_value().unwrap().get_name().to_owned();
            let range = wb.worksheet_range(&name).unwrap();
            assert_eq!(header_of(&range), header(table), "{name}");
        }
        let sources = wb.worksheet_range("sources").unwrap();
        assert_eq!(header_of(&sources), SOURCES);
    }

    #[test]
    fn count_value_is_a_number_and_empty_max_is_empty() {
        let facts = article("a.txt", A);
        let mut wb = read_back(std::slice::from_ref(&facts));
        let counts = wb.worksheet_range("counts").unwrap();
        let (value, max, unit, start) = (
            column(&counts, "value"),
            column(&counts, "max"),
            column(&counts, "unit"),
            column(&counts, "start"),
        );
        let row = counts
            .rows()
            .skip(1)
            .find(|r| r[value] == Data::Float(13.0))
            .expect("a count of 13 stored as a number");
        assert_eq!(row[unit], Data::String("项".into()));
        assert_eq!(
            row[column(&counts, "text")],
            Data::String("友好合作协议13项".into())
        );
        assert_eq!(row[max], Data::Empty);
        assert!(matches!(row[start], Data::Float(_)));
        // Every data row of the sheet is one CSV row, in order.
        assert_eq!(counts.height() - 1, facts.counts.len());
    }

    #[test]
    fn sources_list_every_article_with_tallies() {
        let (a, b) = (article("a.txt", A), article("dir/b.txt", B));
        let mut wb = read_back(&[a.clone(), b.clone()]);
        let sources = wb.worksheet_range("sources").unwrap();
        let rows: Vec<&[Data]> = sources.rows().skip(1).collect();
        assert_eq!(rows.len(), 2);
        for (row, facts) in rows.iter().zip([&a, &b]) {
            assert_eq!(row[0], Data::String(facts.source.path.clone()));
            assert_eq!(row[3], Data::Float(facts.source.chars as f64));
            let tally: Vec<Data> = facts
                .tally()
                .iter()
                .map(|&n| Data::Float(n as f64))
                .collect();
            assert_eq!(&row[4..], tally.as_slice());
        }
        // The kind sheets hold both articles' rows, under one header.
        let counts = wb.worksheet_range("counts").unwrap();
        assert_eq!(counts.height() - 1, a.counts.len() + b.counts.len());
    }

    #[test]
    fn a_full_sheet_keeps_its_first_rows_and_counts_the_rest() {
        let (a, b) = (article("a.txt", A), article("dir/b.txt", B));
        // A header and three rows per sheet, in place of Excel's million.
        let dir = tempfile::tempdir().unwrap();
        let mut book = Book::with_limit(4, Some(dir.path())).unwrap();
        for facts in [&a, &b, &a] {
            book.add(facts);
        }
        // Each sheet over three rows says how many it could not hold.
        let over: Vec<(String, u64)> = Table::ALL
            .into_iter()
            .map(|t| {
                let n = [&a, &b, &a].iter().map(|f| rows(f, t).len()).sum::<usize>();
                let name = t.to_possible_value().unwrap().get_name().to_owned();
                (name, n.saturating_sub(3) as u64)
            })
            .filter(|&(_, n)| n > 0)
            .collect();
        let dropped: Vec<(String, u64)> = book
            .dropped()
            .into_iter()
            .map(|(s, n)| (s.to_owned(), n))
            .collect();
        assert_eq!(dropped, over);
        assert_eq!(over[0].0, "counts");
        let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(book.to_bytes().unwrap())).unwrap();
        let counts = wb.worksheet_range("counts").unwrap();
        assert_eq!(counts.height(), 4);
        let text = column(&counts, "text");
        let first: Vec<String> = [&a, &b, &a]
            .iter()
            .flat_map(|f| f.counts.iter().map(|c| c.text.clone()))
            .take(3)
            .collect();
        let kept: Vec<String> = counts.rows().skip(1).map(|r| r[text].to_string()).collect();
        assert_eq!(kept, first);
    }
}
