//! The query page served at `/`: a form that sends a query to `/sparql`, pre-filled with
//! the named queries of `ontology/queries/`. Plain HTML, no script from elsewhere: it works
//! offline.

use crate::sparql::NAMED;

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The page.
pub fn query_page() -> String {
    let options: String =
        NAMED.iter().map(|(name, q)| format!("<option value=\"{}\">{name}</option>", escape(q))).collect();
    let first = NAMED.first().map_or("", |(_, q)| q);
    format!(
        r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>quotegraph · SPARQL</title>
<style>body{{font-family:sans-serif;margin:2em;max-width:60em}}textarea{{width:100%;height:18em;font-family:monospace}}</style>
</head><body>
<h1>quotegraph · SPARQL</h1>
<p>Who said what, about whom: the build served read-only. The union of named graphs is the
default graph; the prefixes schema, prov, nif, gaf, skos, owl, rdf, rdfs, xsd, qg and wd are declared.</p>
<form method="post" action="/sparql">
<label>Named query <select onchange="this.form.query.value=this.value">{options}</select></label>
<textarea name="query">{}</textarea>
<button type="submit">Run</button>
</form>
</body></html>
"#,
        escape(first)
    )
}
