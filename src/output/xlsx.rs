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

/// Rows of one sheet, kept as the CSV cell text until [`Book::to_bytes`].
struct Sheet {
    name: String,
    header: Vec<&'static str>,
    numeric: Vec<bool>,
    rows: Vec<Vec<String>>,
}

impl Sheet {
    fn new(name: String, header: &[&'static str], numeric: impl Fn(&str) -> bool) -> Sheet {
        Sheet {
            name,
            header: header.to_vec(),
            numeric: header.iter().map(|h| numeric(h)).collect(),
            rows: Vec::new(),
        }
    }

    /// Writes the sheet: a bold, frozen, filterable header and the rows,
    /// numeric columns as numbers where the text is a finite figure.
    fn write(&self, ws: &mut Worksheet, bold: &Format) -> std::result::Result<(), XlsxError> {
        ws.set_name(&self.name)?;
        for (col, (h, &num)) in (0u16..).zip(self.header.iter().zip(&self.numeric)) {
            ws.write_string_with_format(0, col, *h, bold)?;
            ws.set_column_width(col, width(h, num))?;
        }
        for (row, cells) in (1u32..).zip(&self.rows) {
            for (col, (cell, &num)) in (0u16..).zip(cells.iter().zip(&self.numeric)) {
                if cell.is_empty() {
                    continue;
                }
                match cell.parse::<f64>() {
                    Ok(v) if num && v.is_finite() => ws.write_number(row, col, v)?,
                    _ => ws.write_string(row, col, cell)?,
                };
            }
        }
        ws.set_freeze_panes(1, 0)?;
        let last_col = u16::try_from(self.header.len().saturating_sub(1)).unwrap_or(u16::MAX);
        let last_row = u32::try_from(self.rows.len()).unwrap_or(u32::MAX);
        ws.autofilter(0, 0, last_row, last_col)?;
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
/// are added. Cells stay text until [`Book::to_bytes`]: the xlsx file is
/// built in memory whole either way, and this keeps `new` infallible.
pub struct Book {
    /// One per [`Table::ALL`], then the sources sheet.
    sheets: Vec<Sheet>,
}

impl Default for Book {
    fn default() -> Book {
        Book::new()
    }
}

impl Book {
    /// An empty workbook: the six sheets with their headers and no rows.
    pub fn new() -> Book {
        let mut sheets: Vec<Sheet> = Table::ALL
            .into_iter()
            .map(|t| {
                // The sheet is named as the CLI names the table (`counts`, …).
                let name = t
                    .to_possible_value()
                    .map(|v| v.get_name().to_owned())
                    .unwrap_or_default();
                Sheet::new(name, header(t), |h| NUMERIC.contains(&h))
            })
            .collect();
        sheets.push(Sheet::new("sources".into(), &SOURCES, |h| {
            h != "path" && h != "sha256" && h != "encoding"
        }));
        Book { sheets }
    }

    /// Appends one article's facts to every sheet and a row to the sources sheet.
    pub fn add(&mut self, facts: &Facts) {
        for (sheet, table) in self.sheets.iter_mut().zip(Table::ALL) {
            sheet.rows.extend(rows(facts, table));
        }
        let s = &facts.source;
        let mut row = vec![
            s.path.clone(),
            s.sha256.clone(),
            s.encoding.clone(),
            s.chars.to_string(),
        ];
        row.extend(facts.tally().iter().map(usize::to_string));
        if let Some(sources) = self.sheets.last_mut() {
            sources.rows.push(row);
        }
    }

    /// Renders the workbook (for writing through `output::write_atomic`).
    /// Errors name the first article, or `xlsx` when there is none.
    pub fn to_bytes(self) -> Result<Vec<u8>> {
        let mut wb = Workbook::new();
        let bold = Format::new().set_bold();
        let written: std::result::Result<Vec<u8>, XlsxError> = (|| {
            for sheet in &self.sheets {
                sheet.write(wb.add_worksheet(), &bold)?;
            }
            wb.save_to_buffer()
        })();
        written.map_err(|e| {
            let path = self
                .sheets
                .last()
                .and_then(|s| s.rows.first()?.first())
                .map_or("xlsx", String::as_str);
            Error::Serialize {
                path: path.into(),
                reason: e.to_string(),
            }
        })
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
        let mut book = Book::new();
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
}
