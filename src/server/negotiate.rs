//! Content negotiation: the client's `Accept` header (q-values, `type/*`, `*/*`) against
//! the formats that can carry an answer of a given kind.

use crate::sparql::{Format, Kind};
use oxigraph::io::RdfFormat;
use oxigraph::sparql::results::QueryResultsFormat;

/// The formats for each kind of answer, in the server's order of preference (the first is
/// what a client that accepts anything gets), with their media types.
fn offers(kind: Kind) -> &'static [(&'static str, Format)] {
    const RESULTS: &[(&str, Format)] = &[
        ("application/sparql-results+json", Format::Results(QueryResultsFormat::Json)),
        ("application/sparql-results+xml", Format::Results(QueryResultsFormat::Xml)),
        ("text/csv", Format::Results(QueryResultsFormat::Csv)),
        ("text/tab-separated-values", Format::Results(QueryResultsFormat::Tsv)),
        ("application/json", Format::Results(QueryResultsFormat::Json)),
    ];
    const GRAPHS: &[(&str, Format)] = &[
        ("text/turtle", Format::Graph(RdfFormat::Turtle)),
        ("application/n-triples", Format::Graph(RdfFormat::NTriples)),
        ("application/ld+json", Format::Graph(RdfFormat::JsonLd { profile: oxigraph::io::JsonLdProfileSet::empty() })),
        ("application/rdf+xml", Format::Graph(RdfFormat::RdfXml)),
    ];
    match kind {
        Kind::Solutions | Kind::Boolean => RESULTS,
        Kind::Graph => GRAPHS,
    }
}

/// One media range of an Accept header, with its quality.
struct Range<'a> {
    kind: &'a str,
    sub: &'a str,
    q: f32,
}

fn ranges(accept: &str) -> Vec<Range<'_>> {
    accept
        .split(',')
        .filter_map(|part| {
            let mut params = part.split(';');
            let (kind, sub) = params.next()?.trim().split_once('/')?;
            let q = params
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|v| v.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            Some(Range { kind: kind.trim(), sub: sub.trim(), q })
        })
        .collect()
}

/// The quality the client gives a media type: that of the most specific range matching it
/// (`text/csv` over `text/*` over `*/*`), 0 when none does.
fn quality(ranges: &[Range], media: &str) -> f32 {
    let (kind, sub) = media.split_once('/').unwrap_or((media, ""));
    ranges
        .iter()
        .filter_map(|r| {
            let specificity = match (r.kind, r.sub) {
                (k, s) if k.eq_ignore_ascii_case(kind) && s.eq_ignore_ascii_case(sub) => 3,
                (k, "*") if k.eq_ignore_ascii_case(kind) => 2,
                ("*", "*") => 1,
                _ => return None,
            };
            Some((specificity, r.q))
        })
        .max_by_key(|(s, _)| *s)
        .map_or(0.0, |(_, q)| q)
}

/// The format and media type to answer with, or `None` when the client accepts none of
/// those that can carry `kind` (406). No header, or an empty one, accepts anything.
pub fn pick(accept: Option<&str>, kind: Kind) -> Option<(&'static str, Format)> {
    let accept = accept.map(str::trim).filter(|a| !a.is_empty()).unwrap_or("*/*");
    let ranges = ranges(accept);
    let mut best: Option<(f32, &'static str, Format)> = None;
    for &(media, format) in offers(kind) {
        let q = quality(&ranges, media);
        if q > 0.0 && best.is_none_or(|(b, _, _)| q > b) {
            best = Some((q, media, format));
        }
    }
    best.map(|(_, media, format)| (media, format))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_most_specific_range_and_the_highest_quality_win() {
        let media = |accept, kind| pick(Some(accept), kind).map(|(m, _)| m);
        assert_eq!(media("*/*", Kind::Solutions), Some("application/sparql-results+json"));
        assert_eq!(
            media("text/csv;q=0.9, application/sparql-results+xml", Kind::Solutions),
            Some("application/sparql-results+xml")
        );
        assert_eq!(
            media("text/*;q=0.5, text/tab-separated-values", Kind::Solutions),
            Some("text/tab-separated-values")
        );
        assert_eq!(media("text/*", Kind::Graph), Some("text/turtle"));
        assert_eq!(media("application/rdf+xml, */*;q=0.1", Kind::Graph), Some("application/rdf+xml"));
        // text/csv is refused outright (q=0) though text/* is welcome.
        assert_eq!(media("text/*, text/csv;q=0", Kind::Solutions), Some("text/tab-separated-values"));
        assert_eq!(media("image/png", Kind::Solutions), None);
        assert_eq!(pick(None, Kind::Graph).map(|(m, _)| m), Some("text/turtle"));
    }
}
