//! What a build contains, so that it can be read back and extended (`build --append`):
//! `articles.jsonl` lists every article (even those with no statement) with the metadata the
//! RDF needs, and `statements.jsonl` holds the statements.

use crate::article::Article;
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::model::Statement;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// File of the article records in an output directory.
pub const ARTICLES_FILE: &str = "articles.jsonl";
/// File of the statements in an output directory.
pub const STATEMENTS_FILE: &str = "statements.jsonl";

/// One article of a build, without its text.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ArticleRecord {
    /// Content hash (the article's key).
    pub id: String,
    /// IRI.
    pub iri: String,
    /// Input file name.
    pub doc: String,
    /// Where it was read from.
    pub source: String,
    /// Language.
    pub lang: Lang,
    /// Headline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Publication date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

impl ArticleRecord {
    /// The record of an article.
    pub fn of(a: &Article) -> ArticleRecord {
        ArticleRecord {
            id: a.id.clone(),
            iri: a.iri.clone(),
            doc: a.doc.clone(),
            source: a.source.clone(),
            lang: a.lang,
            title: a.title.clone(),
            url: a.url.clone(),
            date: a.date.clone(),
        }
    }

    /// The article back (its text is not kept: offsets stay valid in the original file).
    pub fn article(&self) -> Article {
        Article {
            doc: self.doc.clone(),
            source: self.source.clone(),
            id: self.id.clone(),
            iri: self.iri.clone(),
            title: self.title.clone(),
            url: self.url.clone(),
            date: self.date.clone(),
            lang: self.lang,
            text: String::new(),
            base: String::new(),
        }
    }
}

fn lines<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Vec<T>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::Input { path: path.display().to_string(), message: e.to_string() })?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        out.push(serde_json::from_str(line).map_err(|e| Error::Input {
            path: format!("{}:{}", path.display(), n + 1),
            message: format!("not a record of a build: {e}"),
        })?);
    }
    Ok(out)
}

/// Reads a build back: its articles (in order) with their statements.
pub fn read_build(dir: &Path) -> Result<Vec<(Article, Vec<Statement>)>> {
    let records: Vec<ArticleRecord> = lines(&dir.join(ARTICLES_FILE))?;
    let statements: Vec<Statement> = lines(&dir.join(STATEMENTS_FILE))?;
    let mut out: indexmap::IndexMap<String, (Article, Vec<Statement>)> =
        records.iter().map(|r| (r.iri.clone(), (r.article(), Vec::new()))).collect();
    for s in statements {
        match out.get_mut(&s.article) {
            Some((_, v)) => v.push(s),
            None => {
                return Err(Error::Input {
                    path: dir.join(STATEMENTS_FILE).display().to_string(),
                    message: format!("statement of an article not in {ARTICLES_FILE}: {}", s.article),
                })
            }
        }
    }
    Ok(out.into_values().collect())
}

/// Adds `new` articles to `old` ones: an article already there (same content hash) is kept
/// as it is; one with the same file name (or URL) but other content replaces the old one in
/// place; others are appended in their order.
pub fn merge(
    mut old: Vec<(Article, Vec<Statement>)>,
    new: Vec<(Article, Vec<Statement>)>,
) -> Vec<(Article, Vec<Statement>)> {
    for (a, s) in new {
        if old.iter().any(|(o, _)| o.id == a.id) {
            continue;
        }
        let same_source = old.iter().position(|(o, _)| o.doc == a.doc || (a.url.is_some() && o.url == a.url));
        match same_source {
            Some(i) => old[i] = (a, s),
            None => old.push((a, s)),
        }
    }
    old
}
