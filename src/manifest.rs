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
    /// Which article this is across runs (see [`Article::origin`]); a build of an older
    /// version has none and is keyed by its source.
    #[serde(default)]
    pub origin: String,
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
            origin: a.origin.clone(),
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
            origin: if self.origin.is_empty() { self.source.clone() } else { self.origin.clone() },
            id: self.id.clone(),
            iri: self.iri.clone(),
            title: self.title.clone(),
            url: self.url.clone(),
            date: self.date.clone(),
            lang: self.lang,
            text: String::new(),
            bom: false,
            warnings: Vec::new(),
            base: String::new(),
        }
    }
}

fn lines<T: for<'de> Deserialize<'de>>(path: &Path, file: Option<std::fs::File>) -> Result<Vec<T>> {
    let err = |m: String| Error::Input { path: path.display().to_string(), message: m };
    let mut text = String::new();
    let mut file = file.ok_or_else(|| err("no such file (run `quotegraph build` first)".into()))?;
    std::io::Read::read_to_string(&mut file, &mut text).map_err(|e| err(e.to_string()))?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        out.push(serde_json::from_str(line).map_err(|e| Error::Input {
            path: format!("{}:{}", path.display(), n + 1),
            message: format!("not a record of a build: {e}"),
        })?);
    }
    Ok(out)
}

/// Reads a build back: its articles (in order) with their statements. `dir` is an output
/// directory (its current generation is read, both files from the same one) or a directory
/// holding the two files.
pub fn read_build(dir: &Path) -> Result<Vec<(Article, Vec<Statement>)>> {
    let mut files = crate::outdir::open_current(dir, &[ARTICLES_FILE, STATEMENTS_FILE])?.into_iter();
    let records: Vec<ArticleRecord> = lines(&dir.join(ARTICLES_FILE), files.next().flatten())?;
    let statements: Vec<Statement> = lines(&dir.join(STATEMENTS_FILE), files.next().flatten())?;
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

/// Articles with their statements.
pub type Extractions = Vec<(Article, Vec<Statement>)>;

/// The articles of a build after [`merge`], and the inputs that were the same text as an
/// article already there (`(source, source of the article kept)`), counted once.
pub struct Merged {
    /// Every distinct article, ordered by content hash: the same set of inputs gives the
    /// same build whatever the order of the arguments.
    pub articles: Extractions,
    /// Inputs whose text was already in the build under another origin.
    pub duplicates: Vec<(String, String)>,
}

/// Adds `new` articles to `old` ones. An article is its origin plus its text: the same text
/// (same content hash) is one article, kept once whatever the names it came under; another
/// text from the same origin (file or JSONL `id`/`url`) is a new version that replaces the
/// old one; anything else is a new article, even under a file name seen before.
pub fn merge(old: Extractions, new: Extractions) -> Merged {
    let mut by_id: indexmap::IndexMap<String, (Article, Vec<Statement>)> =
        old.into_iter().map(|(a, s)| (a.id.clone(), (a, s))).collect();
    let mut old_of_origin: std::collections::HashMap<String, String> =
        by_id.values().map(|(a, _)| (a.origin.clone(), a.id.clone())).collect();
    let mut duplicates = Vec::new();
    for (a, s) in new {
        if let Some((kept, _)) = by_id.get(&a.id) {
            if kept.origin != a.origin {
                duplicates.push((a.source.clone(), kept.source.clone()));
            }
            continue;
        }
        // A new version replaces the old one of its origin; two new texts from one origin
        // in the same run (two JSONL lines with one id) are both kept.
        if let Some(older) = old_of_origin.remove(&a.origin) {
            by_id.swap_remove(&older);
        }
        by_id.insert(a.id.clone(), (a, s));
    }
    by_id.sort_unstable_keys();
    Merged { articles: by_id.into_values().collect(), duplicates }
}
