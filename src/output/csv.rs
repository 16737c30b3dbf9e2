//! CSV, one table per kind of fact, with the columns of FACTS.md. The csv
//! crate cannot serialize maps or flattened structs, so each table has its
//! own flat row type; list cells are joined with `|`, numbers are plain.

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

/// The columns every table ends with.
#[derive(Serialize)]
struct Where<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    mentions: usize,
    sentence: &'a str,
}

fn place<A>(f: &Fact<A>) -> Where<'_> {
    let [start, end] = f.spans.first().copied().unwrap_or([0, 0]);
    Where {
        text: &f.text,
        start,
        end,
        mentions: f.spans.len(),
        sentence: &f.sentence,
    }
}

#[derive(Serialize)]
struct CountRow<'a> {
    source: &'a str,
    id: &'a str,
    value: String,
    max: String,
    unit: &'a str,
    subject: &'a str,
    qualifier: &'a str,
    text: &'a str,
    start: usize,
    end: usize,
    mentions: usize,
    sentence: &'a str,
}

#[derive(Serialize)]
struct AgreementRow<'a> {
    source: &'a str,
    id: &'a str,
    parties: String,
    #[serde(rename = "type")]
    kind: &'a str,
    count: String,
    action: &'a str,
    topic: &'a str,
    text: &'a str,
    start: usize,
    end: usize,
    mentions: usize,
    sentence: &'a str,
}

#[derive(Serialize)]
struct RouteRow<'a> {
    source: &'a str,
    id: &'a str,
    stops: String,
    countries: String,
    mode: String,
    status: String,
    text: &'a str,
    start: usize,
    end: usize,
    mentions: usize,
    sentence: &'a str,
}

#[derive(Serialize)]
struct InstitutionRow<'a> {
    source: &'a str,
    id: &'a str,
    name: &'a str,
    category: String,
    country: &'a str,
    text: &'a str,
    start: usize,
    end: usize,
    mentions: usize,
    sentence: &'a str,
}

#[derive(Serialize)]
struct DocumentRow<'a> {
    source: &'a str,
    id: &'a str,
    title: &'a str,
    action: &'a str,
    text: &'a str,
    start: usize,
    end: usize,
    mentions: usize,
    sentence: &'a str,
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
    let src = facts.source.path.as_str();
    let r: std::result::Result<(), csv::Error> = (|| {
        if with_header {
            w.write_record(header(table))?;
        }
        match table {
            Table::Counts => {
                for f in &facts.counts {
                    let p = place(f);
                    w.serialize(CountRow {
                        source: src,
                        id: &f.id,
                        value: number_text(f.attrs.value),
                        max: f.attrs.max.map(number_text).unwrap_or_default(),
                        unit: &f.attrs.unit,
                        subject: &f.attrs.subject,
                        qualifier: &name(&f.attrs.qualifier),
                        text: p.text,
                        start: p.start,
                        end: p.end,
                        mentions: p.mentions,
                        sentence: p.sentence,
                    })?;
                }
            }
            Table::Agreements => {
                for f in &facts.agreements {
                    let p = place(f);
                    w.serialize(AgreementRow {
                        source: src,
                        id: &f.id,
                        parties: f.attrs.parties.join("|"),
                        kind: &f.attrs.kind,
                        count: f.attrs.count.map(|c| c.to_string()).unwrap_or_default(),
                        action: &f.attrs.action,
                        topic: f.attrs.topic.as_deref().unwrap_or(""),
                        text: p.text,
                        start: p.start,
                        end: p.end,
                        mentions: p.mentions,
                        sentence: p.sentence,
                    })?;
                }
            }
            Table::Routes => {
                for f in &facts.routes {
                    let p = place(f);
                    w.serialize(RouteRow {
                        source: src,
                        id: &f.id,
                        stops: f.attrs.stops.join("|"),
                        countries: f
                            .attrs
                            .countries
                            .iter()
                            .map(|c| c.as_deref().unwrap_or(""))
                            .collect::<Vec<_>>()
                            .join("|"),
                        mode: name(&f.attrs.mode),
                        status: name(&f.attrs.status),
                        text: p.text,
                        start: p.start,
                        end: p.end,
                        mentions: p.mentions,
                        sentence: p.sentence,
                    })?;
                }
            }
            Table::Institutions => {
                for f in &facts.institutions {
                    let p = place(f);
                    w.serialize(InstitutionRow {
                        source: src,
                        id: &f.id,
                        name: &f.attrs.name,
                        category: name(&f.attrs.category),
                        country: f.attrs.country.as_deref().unwrap_or(""),
                        text: p.text,
                        start: p.start,
                        end: p.end,
                        mentions: p.mentions,
                        sentence: p.sentence,
                    })?;
                }
            }
            Table::Documents => {
                for f in &facts.documents {
                    let p = place(f);
                    w.serialize(DocumentRow {
                        source: src,
                        id: &f.id,
                        title: &f.attrs.title,
                        action: f.attrs.action.as_deref().unwrap_or(""),
                        text: p.text,
                        start: p.start,
                        end: p.end,
                        mentions: p.mentions,
                        sentence: p.sentence,
                    })?;
                }
            }
        }
        Ok(())
    })();
    r.map_err(|e| fail(facts, e.to_string()))
}
