//! One page per statement (`/statement/{article id}/{start}-{end}`): the statement in its
//! paragraph with the span highlighted, who said it, how it was found, and its article, so
//! a result row can be read by a person. Arabic articles are laid out right to left.

use crate::article::Article;
use crate::model::Statement;
use std::collections::HashMap;

/// The statements of a build, by their page path.
#[derive(Default)]
pub struct Pages {
    by_path: HashMap<String, (Article, Statement)>,
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

impl Pages {
    /// Indexes the statements of a build read back with [`crate::manifest::read_build`].
    pub fn new(build: Vec<(Article, Vec<Statement>)>) -> Pages {
        let mut by_path = HashMap::new();
        for (a, statements) in build {
            for s in statements {
                by_path.insert(format!("{}/{}-{}", a.id, s.start, s.end), (a.clone(), s));
            }
        }
        Pages { by_path }
    }

    /// The page of a statement, from the part of the path after `/statement/`.
    pub fn page(&self, path: &str) -> Option<String> {
        let (a, s) = self.by_path.get(path)?;
        Some(render(a, s))
    }
}

/// The paragraph around the statement, when the article's file is still where the build
/// read it and still holds the statement at its offsets: (before, statement, after).
fn in_paragraph(a: &Article, s: &Statement) -> Option<(String, String, String)> {
    let text = std::fs::read_to_string(&a.origin).ok()?;
    let chars: Vec<char> = text.trim_start_matches('\u{FEFF}').chars().collect();
    if !s.offsets_hold(&chars) {
        return None;
    }
    let start = chars[..s.start].iter().rposition(|&c| c == '\n').map_or(0, |p| p + 1);
    let end = chars[s.end..].iter().position(|&c| c == '\n').map_or(chars.len(), |p| s.end + p);
    let text = |from: usize, to: usize| chars[from..to].iter().collect::<String>();
    Some((text(start, s.start), text(s.start, s.end), text(s.end, end)))
}

fn render(a: &Article, s: &Statement) -> String {
    // Direction from the script the statement is written in (as the drawings' labels do).
    let rtl = crate::normalize::right_to_left(&s.text);
    let (lang, dir) = (a.lang.code(), if rtl { "rtl" } else { "ltr" });
    let body = match in_paragraph(a, s) {
        Some((before, said, after)) => {
            format!("<p class=\"context\">{}<mark>{}</mark>{}</p>", escape(&before), escape(&said), escape(&after))
        }
        None => format!(
            "<p class=\"context\"><mark>{}</mark></p><p class=\"note\" dir=\"ltr\">(the article's file is no longer where the build read it: the statement alone)</p>",
            escape(&s.text)
        ),
    };
    let speaker = s.speaker.as_ref().map_or("no speaker found".to_string(), |sp| {
        format!("<a href=\"{}\">{}</a> ({})", escape(&sp.id), escape(&sp.name), sp.kind.name())
    });
    let row = |k: &str, v: String| format!("<tr><th>{k}</th><td>{v}</td></tr>");
    let mut rows = vec![
        row("speaker", speaker),
        row("kind", s.kind.name().to_string()),
        row("confidence", format!("{:.2}", s.confidence)),
        row("rule", escape(&s.rule)),
    ];
    rows.extend(s.role.as_ref().map(|r| row("role", escape(r))));
    rows.extend(s.cue.as_ref().map(|c| row("cue", escape(c))));
    rows.extend(s.cluster.as_ref().map(|c| row("statement cluster", escape(c))));
    let title = a.title.as_deref().unwrap_or(&a.doc);
    let link = a.url.as_ref().map_or(escape(&a.doc), |u| format!("<a href=\"{}\">{}</a>", escape(u), escape(&a.doc)));
    rows.push(row("article", format!("{link} · {} · {}", escape(title), a.date.as_deref().unwrap_or("undated"))));
    format!(
        r#"<!doctype html>
<html lang="{lang}" dir="{dir}"><head><meta charset="utf-8"><title>{} — quotegraph</title>
<style>body{{font-family:"Noto Sans","DejaVu Sans",sans-serif;margin:2em;max-width:50em}}mark{{background:#fff1a8}}th{{text-align:start;padding-inline-end:1em}}.note{{color:#666}}</style>
</head><body>
{body}
<table dir="ltr">{}</table>
</body></html>
"#,
        escape(&s.text.chars().take(60).collect::<String>()),
        rows.join("")
    )
}
