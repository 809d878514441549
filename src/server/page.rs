//! The query page served at `/`: YASGUI (the SPARQL editor and result viewer people know,
//! MIT, embedded in the binary under `/assets/`, so it works offline), one tab per named
//! query of `ontology/queries/`. `/?run=NAME` opens that query and runs it, so a link can
//! share a query and a headless browser can test the page.

use crate::sparql::NAMED;

/// The embedded files, by path under `/assets/`: (media type, bytes).
pub fn asset(path: &str) -> Option<(&'static str, &'static [u8])> {
    Some(match path {
        "yasgui.min.js" => ("text/javascript; charset=utf-8", include_bytes!("assets/yasgui.min.js")),
        "yasgui.min.css" => ("text/css; charset=utf-8", include_bytes!("assets/yasgui.min.css")),
        "LICENSE-yasgui.txt" => ("text/plain; charset=utf-8", include_bytes!("assets/LICENSE-yasgui.txt")),
        _ => return None,
    })
}

/// The page.
pub fn query_page() -> String {
    // The prefixes the server declares, written out so the editor knows them too.
    let prefixes = crate::sparql::prefix_declarations();
    let named: Vec<serde_json::Value> =
        NAMED.iter().map(|(name, q)| serde_json::json!({"name": name, "query": format!("{prefixes}\n{q}")})).collect();
    // JSON inside a script element: "</" must not close it.
    let named = serde_json::Value::Array(named).to_string().replace("</", "<\\/");
    format!(
        r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>quotegraph · SPARQL</title>
<link rel="stylesheet" href="/assets/yasgui.min.css">
<style>body{{font-family:sans-serif;margin:1em 2em}} footer{{color:#666;font-size:small;margin-top:1em}}</style>
</head><body>
<h1>quotegraph · SPARQL</h1>
<p>Who said what, about whom, served read-only. The union of named graphs is the default graph;
the prefixes schema, prov, nif, gaf, skos, owl, rdf, rdfs, xsd, qg and wd are declared.
Each tab holds one of the named queries.</p>
<div id="yasgui"></div>
<footer>Query editor: <a href="https://github.com/zazuko/Yasgui">YASGUI</a> 4.6.2, MIT licence (<a href="/assets/LICENSE-yasgui.txt">text</a>).</footer>
<script src="/assets/yasgui.min.js"></script>
<script>
const named = {named};
const yasgui = new Yasgui(document.getElementById("yasgui"), {{
  requestConfig: {{ endpoint: location.origin + "/sparql", method: "POST" }},
  copyEndpointOnNewTab: true,
  persistenceId: null,
}});
const tabs = {{}};
for (const n of named) {{
  tabs[n.name] = yasgui.addTab(false, {{
    name: n.name,
    yasqe: {{ value: n.query }},
    requestConfig: {{ endpoint: location.origin + "/sparql", method: "POST" }},
  }});
}}
const run = new URLSearchParams(location.search).get("run");
const first = tabs[run] || tabs[named[0].name];
first.show();
if (run && tabs[run]) {{ tabs[run].query(); }}
</script>
</body></html>
"#
    )
}
