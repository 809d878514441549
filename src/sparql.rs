//! SPARQL over a built output (or any RDF files), with the usual prefixes pre-declared and
//! the union of named graphs as the default graph.

use crate::error::{Error, Result};
use crate::evaluation::{Evaluation, Message};
use crate::vocab::PREFIXES;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{CancellationToken, SparqlEvaluator};
use oxigraph::store::Store;
use std::path::{Path, PathBuf};

/// Named queries shipped with quotegraph (`ontology/queries/NAME.rq`).
pub const NAMED: &[(&str, &str)] = &[
    ("statements-by-speaker", include_str!("../ontology/queries/statements-by-speaker.rq")),
    ("about-entity", include_str!("../ontology/queries/about-entity.rq")),
    ("cross-lingual-speakers", include_str!("../ontology/queries/cross-lingual-speakers.rq")),
    ("statements-per-article", include_str!("../ontology/queries/statements-per-article.rq")),
    ("top-speakers", include_str!("../ontology/queries/top-speakers.rq")),
    ("most-reported-statements", include_str!("../ontology/queries/most-reported-statements.rq")),
    ("report-trail", include_str!("../ontology/queries/report-trail.rq")),
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

/// An RDF file to load, and whether `build` wrote it.
#[derive(Debug, Clone)]
pub struct DataFile {
    /// The file.
    pub path: PathBuf,
    /// An export of a build: valid by construction, so parsed without re-checking every
    /// IRI and literal (oxigraph's lenient mode, a third faster); any other file is checked.
    pub from_build: bool,
}

/// The RDF files to load for `data`: one export of a build directory (N-Quads first, the
/// fastest to load; the exports hold the same data, so loading two would count it twice),
/// every RDF file of another directory, or the file itself.
pub fn data_files(data: &Path) -> Result<Vec<DataFile>> {
    let checked = |path: PathBuf| DataFile { path, from_build: false };
    if data.is_dir() {
        // An output directory: the files of its current build.
        let data = &crate::outdir::current(data);
        for name in ["graph.nq", "graph.trig", "graph.jsonld", "graph.ttl"] {
            if data.join(name).is_file() {
                return Ok(vec![DataFile { path: data.join(name), from_build: true }]);
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
        Ok(v.into_iter().map(checked).collect())
    } else if data.is_file() {
        Ok(vec![checked(data.to_path_buf())])
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

/// Loads RDF files into a new in-memory store through the bulk loader: N-Quads and
/// N-Triples are parsed on several threads, a build's own exports without re-validation.
pub fn load(files: &[DataFile]) -> Result<Store> {
    let store = Store::new().map_err(|e| Error::Rdf(e.to_string()))?;
    for f in files {
        let path = f.path.display().to_string();
        let format = format_of(&f.path).ok_or_else(|| Error::Input {
            path: path.clone(),
            message: "unknown RDF format (use .ttl, .nq, .nt, .trig, .jsonld, .rdf)".into(),
        })?;
        let bytes = std::fs::read(&f.path).map_err(|e| Error::Input { path: path.clone(), message: e.to_string() })?;
        let parser = RdfParser::from_format(format);
        let parser = if f.from_build { parser.lenient() } else { parser };
        // The loader parses on half the threads it is given: given twice the cores, it
        // parses on all of them (on two cores, two parsers instead of one).
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        let mut loader = store.bulk_loader().with_num_threads(2 * cores);
        let loaded = if matches!(format, RdfFormat::NQuads | RdfFormat::NTriples) {
            loader.parallel_load_from_slice(parser, &bytes)
        } else {
            loader.load_from_slice(parser, &bytes)
        };
        loaded.map_err(|e| Error::Input { path: path.clone(), message: format!("invalid RDF: {e}") })?;
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

/// Limits on one query, so that a runaway query (a cross join, an aggregate over one) ends
/// with a clear error instead of taking the machine's memory or time.
#[derive(Debug, Clone, Copy, Default)]
pub struct Bounds {
    /// Stop the evaluation after this long.
    pub timeout: Option<std::time::Duration>,
    /// Print at most this many rows (or triples).
    pub limit: Option<usize>,
}

/// Rows a table holds at most: it must see every row before printing to size its columns,
/// so it is the one format that is not streamed.
pub const TABLE_ROWS: usize = 10_000;

/// What a query printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Printed {
    /// Rows (or triples, or 1 for a true ASK) printed.
    pub rows: usize,
    /// Whether rows were left unprinted because of a limit.
    pub truncated: bool,
}

/// The prefixes `query` and `serve` declare, written out as PREFIX lines: for an editor or
/// another store, which do not know them.
pub fn prefix_declarations() -> String {
    PREFIXES.iter().map(|(p, ns)| format!("PREFIX {p}: <{ns}>\n")).collect()
}

/// The graphs a query reads (the protocol's `default-graph-uri` and `named-graph-uri`);
/// empty: the union of all named graphs as default graph, every named graph by name.
#[derive(Debug, Clone, Default)]
pub struct Dataset {
    /// Graphs whose union is the default graph.
    pub default: Vec<String>,
    /// The only graphs `GRAPH ?g` sees.
    pub named: Vec<String>,
}

/// Parses `query` with the usual prefixes over `dataset`.
fn prepare(query: &str, dataset: &Dataset, token: CancellationToken) -> Result<oxigraph::sparql::PreparedSparqlQuery> {
    let mut ev = SparqlEvaluator::new().with_cancellation_token(token);
    for (p, ns) in PREFIXES {
        ev = ev.with_prefix(*p, *ns).map_err(|e| Error::Query(e.to_string()))?;
    }
    let mut prepared = ev.parse_query(query).map_err(|e| Error::Query(plain_syntax_error(query, &e.to_string())))?;
    let iri = |s: &String| {
        oxigraph::model::NamedNode::new(s.as_str()).map_err(|e| Error::Query(format!("graph IRI <{s}>: {e}")))
    };
    if dataset.default.is_empty() {
        prepared.dataset_mut().set_default_graph_as_union();
    } else {
        let graphs = dataset.default.iter().map(|g| iri(g).map(Into::into)).collect::<Result<Vec<_>>>()?;
        prepared.dataset_mut().set_default_graph(graphs);
    }
    if !dataset.named.is_empty() {
        let graphs = dataset.named.iter().map(|g| iri(g).map(Into::into)).collect::<Result<Vec<_>>>()?;
        prepared.dataset_mut().set_available_named_graphs(graphs);
    }
    Ok(prepared)
}

/// A parser message made plain: where, and the text there, without the parser's list of
/// character classes ("expected one of \"\\\\\", [_]").
fn plain_syntax_error(query: &str, message: &str) -> String {
    let Some((line, column)) = message
        .strip_prefix("error at ")
        .and_then(|m| m.split(':').next().zip(m.split(':').nth(1)))
        .and_then(|(l, c)| Some((l.parse::<usize>().ok()?, c.parse::<usize>().ok()?)))
    else {
        return message.to_string();
    };
    let at: String =
        query.lines().nth(line.saturating_sub(1)).unwrap_or("").chars().skip(column.saturating_sub(1)).collect();
    let near: String = at.split_whitespace().next().unwrap_or("").chars().take(30).collect();
    let near = if near.is_empty() { "at the end of the query".to_string() } else { format!("near '{near}'") };
    format!("syntax error at line {line}, column {column}, {near}")
}

/// The kind of answer a query gives, known once its evaluation starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// SELECT: solutions.
    Solutions,
    /// ASK: true or false.
    Boolean,
    /// CONSTRUCT or DESCRIBE: triples.
    Graph,
}

impl Kind {
    /// The name used in messages.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Solutions => "SELECT results",
            Kind::Boolean => "an ASK result",
            Kind::Graph => "a graph",
        }
    }
}

/// How an answer is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Aligned columns (SELECT), `true`/`false` (ASK), Turtle (graphs).
    Table,
    /// A SPARQL results format (SELECT and ASK).
    Results(QueryResultsFormat),
    /// An RDF format (CONSTRUCT and DESCRIBE).
    Graph(RdfFormat),
}

/// Runs `query` over `store`, writing results in `format` as they come (a table is printed
/// once at most [`TABLE_ROWS`] rows are in), within `bounds`. The evaluation runs on its own
/// thread ([`crate::evaluation`]), so the time limit holds whatever the query does.
pub fn run(store: &Store, query: &str, format: Output, bounds: Bounds, w: &mut dyn std::io::Write) -> Result<Printed> {
    let pick = |kind: Kind| {
        Some(match (format, kind) {
            (Output::Results(f), Kind::Solutions | Kind::Boolean) => Format::Results(f),
            (_, Kind::Graph) => Format::Graph(RdfFormat::Turtle),
            (Output::Table, _) => Format::Table,
        })
    };
    run_with(store, query, bounds, &Dataset::default(), &pick, w)
}

/// Runs `query` and writes its answer in the format `pick` chooses for its kind (the
/// server's content negotiation); `pick` returning `None` is [`Error::NotAcceptable`].
pub fn run_with(
    store: &Store,
    query: &str,
    bounds: Bounds,
    dataset: &Dataset,
    pick: &dyn Fn(Kind) -> Option<Format>,
    w: &mut dyn std::io::Write,
) -> Result<Printed> {
    let token = CancellationToken::new();
    let prepared = prepare(query, dataset, token.clone())?;
    let ev = Evaluation::start(store, prepared, token, bounds.timeout);
    let limit = bounds.limit.unwrap_or(usize::MAX);
    let io = |e: std::io::Error| Error::Other(e.to_string());
    let first = ev.next()?;
    let kind = match first {
        Message::Solutions(_) => Kind::Solutions,
        Message::Boolean(_) => Kind::Boolean,
        _ => Kind::Graph,
    };
    let format = pick(kind).ok_or(Error::NotAcceptable(kind.name()))?;
    match (first, format) {
        (Message::Solutions(vars), format) => {
            let mut rows = ev.items(|m| match m {
                Message::Row(r) => Some(r),
                _ => None,
            });
            match format {
                Format::Results(f) => {
                    let mut ser = QueryResultsSerializer::from_format(f)
                        .serialize_solutions_to_writer(&mut *w, vars)
                        .map_err(io)?;
                    let mut n = 0;
                    for r in rows.by_ref().take(limit) {
                        ser.serialize(&r?).map_err(io)?;
                        n += 1;
                    }
                    let truncated = rows.next().transpose()?.is_some();
                    ser.finish().map_err(io)?;
                    Ok(Printed { rows: n, truncated })
                }
                _ => {
                    let mut cells = Vec::new();
                    for r in rows.by_ref().take(limit.min(TABLE_ROWS)) {
                        let r = r?;
                        cells.push(vars.iter().map(|v| r.get(v).map_or(String::new(), short)).collect::<Vec<_>>());
                    }
                    let truncated = rows.next().transpose()?.is_some();
                    let header: Vec<String> = vars.iter().map(|v| v.as_str().to_string()).collect();
                    write_table(w, &header, &cells, truncated).map_err(io)?;
                    Ok(Printed { rows: cells.len(), truncated })
                }
            }
        }
        (Message::Boolean(b), format) => {
            match format {
                Format::Results(f) => {
                    QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(&mut *w, b).map_err(io)?;
                }
                _ => writeln!(w, "{b}").map_err(io)?,
            }
            Ok(Printed { rows: usize::from(b), truncated: false })
        }
        (_, format) => {
            let rdf = if let Format::Graph(f) = format { f } else { RdfFormat::Turtle };
            let mut ser = oxigraph::io::RdfSerializer::from_format(rdf);
            for (p, ns) in PREFIXES {
                ser = ser.with_prefix(*p, *ns).map_err(|e| Error::Rdf(e.to_string()))?;
            }
            let mut out = ser.for_writer(&mut *w);
            let mut triples = ev.items(|m| match m {
                Message::Triple(t) => Some(t),
                _ => None,
            });
            let mut n = 0;
            for t in triples.by_ref().take(limit) {
                out.serialize_triple(&t?).map_err(io)?;
                n += 1;
            }
            let truncated = triples.next().transpose()?.is_some();
            out.finish().map_err(io)?;
            Ok(Printed { rows: n, truncated })
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

fn write_table(w: &mut dyn std::io::Write, header: &[String], rows: &[Vec<String>], more: bool) -> std::io::Result<()> {
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
    if more {
        writeln!(w, "(first {} rows; more not shown: raise --limit, or use --format csv, which streams)", rows.len())
    } else {
        writeln!(w, "({} row{})", rows.len(), if rows.len() == 1 { "" } else { "s" })
    }
}
