//! CSV, one table per kind of fact, with the columns of FACTS.md: one list
//! of cells per row ([`rows`], which the workbook shares), written under
//! the header [`header`] lists. List cells are joined with `|`, numbers are
//! plain.

use crate::error::{Error, Result};
use crate::facts::{Fact, Facts, number_text};
use serde::Serialize;

/// The five tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Table {
    Counts,
    Agreements,
    Routes,
    Institutions,
    Documents,
}

impl Table {
    pub const ALL: [Table; 5] = [
        Table::Counts,
        Table::Agreements,
        Table::Routes,
        Table::Institutions,
        Table::Documents,
    ];
}

/// A serde enum value as its lowercase name (`over`, `air`).
fn name<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Renders one table of one article, header included.
pub fn render(facts: &Facts, table: Table) -> Result<Vec<u8>> {
    let mut w = writer(Vec::new());
    write_rows(&mut w, facts, table, true)?;
    w.into_inner().map_err(|e| fail(facts, e.to_string()))
}

fn fail(facts: &Facts, reason: String) -> Error {
    Error::Serialize {
        path: facts.source.path.clone().into(),
        reason,
    }
}

/// The header row of a table, as FACTS.md lists it.
pub fn header(table: Table) -> &'static [&'static str] {
    match table {
        Table::Counts => &[
            "source",
            "id",
            "value",
            "max",
            "unit",
            "subject",
            "qualifier",
            "text",
            "start",
            "end",
            "mentions",
            "sentence",
        ],
        Table::Agreements => &[
            "source", "id", "parties", "type", "count", "action", "topic", "text", "start", "end",
            "mentions", "sentence",
        ],
        Table::Routes => &[
            "source",
            "id",
            "stops",
            "countries",
            "mode",
            "status",
            "text",
            "start",
            "end",
            "mentions",
            "sentence",
        ],
        Table::Institutions => &[
            "source", "id", "name", "category", "country", "text", "start", "end", "mentions",
            "sentence",
        ],
        Table::Documents => &[
            "source", "id", "title", "action", "text", "start", "end", "mentions", "sentence",
        ],
    }
}

/// A CSV writer that leaves the header to [`write_rows`], so several
/// articles can share one table.
pub fn writer<W: std::io::Write>(inner: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(inner)
}

/// Writes the rows of one table, preceded by its header when `with_header`.
pub fn write_rows<W: std::io::Write>(
    w: &mut csv::Writer<W>,
    facts: &Facts,
    table: Table,
    with_header: bool,
) -> Result<()> {
    let r: std::result::Result<(), csv::Error> = (|| {
        if with_header {
            w.write_record(header(table))?;
        }
        for row in rows(facts, table) {
            w.write_record(&row)?;
        }
        Ok(())
    })();
    r.map_err(|e| fail(facts, e.to_string()))
}

/// The cells of one table's rows, in the order of [`header`]: the source
/// and id, the kind's own columns (lists joined with `|`, numbers plain,
/// missing values empty), then where the fact was read.
pub fn rows(facts: &Facts, table: Table) -> Vec<Vec<String>> {
    let src = facts.source.path.as_str();
    let opt = |s: &Option<String>| s.clone().unwrap_or_default();
    match table {
        Table::Counts => rows_of(src, &facts.counts, |a| {
            vec![
                number_text(a.value),
                a.max.map(number_text).unwrap_or_default(),
                a.unit.clone(),
                a.subject.clone(),
                name(&a.qualifier),
            ]
        }),
        Table::Agreements => rows_of(src, &facts.agreements, |a| {
            vec![
                a.parties.join("|"),
                a.kind.clone(),
                a.count.map(|c| c.to_string()).unwrap_or_default(),
                a.action.clone(),
                opt(&a.topic),
            ]
        }),
        Table::Routes => rows_of(src, &facts.routes, |a| {
            let countries: Vec<String> = a.countries.iter().map(opt).collect();
            vec![
                a.stops.join("|"),
                countries.join("|"),
                name(&a.mode),
                name(&a.status),
            ]
        }),
        Table::Institutions => rows_of(src, &facts.institutions, |a| {
            vec![a.name.clone(), name(&a.category), opt(&a.country)]
        }),
        Table::Documents => rows_of(src, &facts.documents, |a| {
            vec![a.title.clone(), opt(&a.action)]
        }),
    }
}

/// The rows of one kind's facts: the source and id, the cells `own` gives
/// for its attributes, then where the fact was read.
fn rows_of<A>(
    source: &str,
    facts: &[Fact<A>],
    own: impl Fn(&A) -> Vec<String>,
) -> Vec<Vec<String>> {
    facts
        .iter()
        .map(|f| {
            let [start, end] = f.spans.first().copied().unwrap_or([0, 0]);
            let mut cells = vec![source.to_string(), f.id.clone()];
            cells.extend(own(&f.attrs));
            cells.extend([
                f.text.clone(),
                start.to_string(),
                end.to_string(),
                f.spans.len().to_string(),
                f.sentence.clone(),
            ]);
            cells
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_has_the_columns_of_its_header() {
        let facts = crate::extract(
            "重庆市与科伦坡市签署友好合作协议13项,开通重庆—斯里兰卡科伦坡航线,\
             重庆商务职业学院发布《合作共识》。",
        );
        for table in Table::ALL {
            let rows = rows(&facts, table);
            assert!(!rows.is_empty(), "{table:?}");
            for row in rows {
                assert_eq!(row.len(), header(table).len(), "{table:?}: {row:?}");
                assert_eq!(row[0], "-");
            }
        }
    }
}
