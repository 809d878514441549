//! SPARQL over a built output (or any RDF files), with the usual prefixes pre-declared and
//! the union of named graphs as the default graph.

use crate::error::{Error, Result};
use crate::vocab::PREFIXES;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use std::path::{Path, PathBuf};

/// Named queries shipped with quotegraph (`ontology/queries/NAME.rq`).
pub const NAMED: &[(&str, &str)] = &[
    ("statements-by-speaker", include_str!("../ontology/queries/statements-by-speaker.rq")),
    ("about-entity", include_str!("../ontology/queries/about-entity.rq")),
    ("cross-lingual-speakers", include_str!("../ontology/queries/cross-lingual-speakers.rq")),
    ("statements-per-article", include_str!("../ontology/queries/statements-per-article.rq")),
    ("top-speakers", include_str!("../ontology/queries/top-speakers.rq")),
];

/// The text of a named query: a file in `ontology/queries/` next to the working directory
/// wins (so users can add their own), else the built-in copy.
pub fn named(name: &str) -> Result<String> {
    let local = Path::new("ontology/queries").join(format!("{name}.rq"));
    if let Ok(t) = std::fs::read_to_string(&local) {
        return Ok(t);
    }
    NAMED.iter().find(|(n, _)| *n == name).map(|(_, q)| q.to_string()).ok_or_else(|| {
        let known: Vec<&str> = NAMED.iter().map(|(n, _)| *n).collect();
        Error::Query(format!("unknown named query '{name}' (known: {})", known.join(", ")))
    })
}

/// The RDF files to load for `data`: one export of a build directory (N-Quads first, the
/// fastest to load; the exports hold the same data, so loading two would count it twice),
/// every RDF file of another directory, or the file itself.
pub fn data_files(data: &Path) -> Result<Vec<PathBuf>> {
    if data.is_dir() {
        // An output directory: the files of its current build.
        let data = &crate::outdir::current(data);
        for name in ["graph.nq", "graph.trig", "graph.jsonld", "graph.ttl"] {
            if data.join(name).is_file() {
                return Ok(vec![data.join(name)]);
            }
        }
        let mut v: Vec<PathBuf> = std::fs::read_dir(data)
            .map_err(|e| Error::Input { path: data.display().to_string(), message: e.to_string() })?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| format_of(p).is_some())
            .collect();
        v.sort();
        if v.is_empty() {
            return Err(Error::Input {
                path: data.display().to_string(),
                message: "no RDF file here (run `quotegraph build` first)".into(),
            });
        }
        Ok(v)
    } else if data.is_file() {
        Ok(vec![data.to_path_buf()])
    } else {
        Err(Error::Input {
            path: data.display().to_string(),
            message: "no such file or directory (run `quotegraph build` first)".into(),
        })
    }
}

/// The RDF format of a file, from its extension.
pub fn format_of(p: &Path) -> Option<RdfFormat> {
    let ext = p.extension()?.to_str()?;
    RdfFormat::from_extension(ext)
}

/// Loads RDF files into a new in-memory store (N-Quads through the bulk loader).
pub fn load(files: &[PathBuf]) -> Result<Store> {
    let store = Store::new().map_err(|e| Error::Rdf(e.to_string()))?;
    for f in files {
        let format = format_of(f).ok_or_else(|| Error::Input {
            path: f.display().to_string(),
            message: "unknown RDF format (use .ttl, .nq, .nt, .trig, .jsonld, .rdf)".into(),
        })?;
        let bytes =
            std::fs::read(f).map_err(|e| Error::Input { path: f.display().to_string(), message: e.to_string() })?;
        let mut loader = store.bulk_loader();
        loader
            .load_from_slice(RdfParser::from_format(format), &bytes)
            .map_err(|e| Error::Input { path: f.display().to_string(), message: format!("invalid RDF: {e}") })?;
        loader.commit().map_err(|e| Error::Rdf(e.to_string()))?;
    }
    Ok(store)
}

/// Loads Turtle text (e.g. the built-in knowledge base) into the store's default graph.
pub fn load_turtle(store: &Store, text: &str) -> Result<()> {
    store
        .load_from_slice(RdfParser::from_format(RdfFormat::Turtle), text.as_bytes())
        .map_err(|e| Error::Rdf(e.to_string()))
}

/// Output formats of `query`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// Aligned columns for a terminal.
    Table,
    /// A SPARQL results format.
    Results(QueryResultsFormat),
}

/// Runs `query` over `store`, writing results in `format`; returns the number of rows.
pub fn run(store: &Store, query: &str, format: Output, w: &mut dyn std::io::Write) -> Result<usize> {
    let mut ev = SparqlEvaluator::new();
    for (p, ns) in PREFIXES {
        ev = ev.with_prefix(*p, *ns).map_err(|e| Error::Query(e.to_string()))?;
    }
    let mut prepared = ev.parse_query(query).map_err(|e| Error::Query(e.to_string()))?;
    prepared.dataset_mut().set_default_graph_as_union();
    let results = prepared.on_store(store).execute().map_err(|e| Error::Query(e.to_string()))?;
    let io = |e: std::io::Error| Error::Other(e.to_string());
    match results {
        QueryResults::Solutions(solutions) => {
            let vars: Vec<_> = solutions.variables().to_vec();
            let mut rows = Vec::new();
            for s in solutions {
                rows.push(s.map_err(|e| Error::Query(e.to_string()))?);
            }
            match format {
                Output::Results(f) => {
                    let mut ser = QueryResultsSerializer::from_format(f)
                        .serialize_solutions_to_writer(&mut *w, vars)
                        .map_err(io)?;
                    for r in &rows {
                        ser.serialize(r).map_err(io)?;
                    }
                    ser.finish().map_err(io)?;
                }
                Output::Table => {
                    let cells: Vec<Vec<String>> = rows
                        .iter()
                        .map(|r| vars.iter().map(|v| r.get(v).map_or(String::new(), crate::sparql::short)).collect())
                        .collect();
                    let header: Vec<String> = vars.iter().map(|v| v.as_str().to_string()).collect();
                    write_table(w, &header, &cells).map_err(io)?;
                }
            }
            Ok(rows.len())
        }
        QueryResults::Boolean(b) => {
            match format {
                Output::Results(f) => {
                    QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(&mut *w, b).map_err(io)?;
                }
                Output::Table => writeln!(w, "{b}").map_err(io)?,
            }
            Ok(usize::from(b))
        }
        QueryResults::Graph(triples) => {
            let mut ser = oxigraph::io::RdfSerializer::from_format(RdfFormat::Turtle);
            for (p, ns) in PREFIXES {
                ser = ser.with_prefix(*p, *ns).map_err(|e| Error::Rdf(e.to_string()))?;
            }
            let mut out = ser.for_writer(&mut *w);
            let mut n = 0;
            for t in triples {
                out.serialize_triple(&t.map_err(|e| Error::Query(e.to_string()))?).map_err(io)?;
                n += 1;
            }
            out.finish().map_err(io)?;
            Ok(n)
        }
    }
}

/// A term for a table cell: prefixed names and bare literal values.
pub fn short(t: &oxigraph::model::Term) -> String {
    match t {
        oxigraph::model::Term::NamedNode(n) => {
            for (p, ns) in PREFIXES {
                if let Some(local) = n.as_str().strip_prefix(ns) {
                    return format!("{p}:{local}");
                }
            }
            n.as_str().to_string()
        }
        oxigraph::model::Term::Literal(l) => l.value().to_string(),
        other => other.to_string(),
    }
}

fn write_table(w: &mut dyn std::io::Write, header: &[String], rows: &[Vec<String>]) -> std::io::Result<()> {
    let clip = |s: &str| -> String {
        let s = s.replace(['\n', '\t'], " ");
        if s.chars().count() > 70 {
            format!("{}…", s.chars().take(69).collect::<String>())
        } else {
            s
        }
    };
    let widths: Vec<usize> = (0..header.len())
        .map(|i| rows.iter().map(|r| clip(&r[i]).chars().count()).chain([header[i].chars().count()]).max().unwrap_or(0))
        .collect();
    let line = |cells: Vec<String>| -> String {
        cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w.saturating_sub(c.chars().count()))))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    writeln!(w, "{}", line(header.to_vec()))?;
    writeln!(w, "{}", widths.iter().map(|n| "-".repeat(*n)).collect::<Vec<_>>().join("  "))?;
    for r in rows {
        writeln!(w, "{}", line(r.iter().map(|c| clip(c)).collect()))?;
    }
    writeln!(w, "({} row{})", rows.len(), if rows.len() == 1 { "" } else { "s" })
}
