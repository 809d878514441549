//! Articles and how they are read: `.txt` files (first non-empty line = headline), `.jsonl`
//! files (one article per line), directories (recursive, sorted) and `-` for stdin.
//!
//! Reading never stops at a bad input: each problem becomes an [`Error`] naming the file
//! (and line) while the rest of the batch is still read.

use crate::error::Error;
use crate::iri::digest;
use crate::lang::Lang;
use serde::Deserialize;
use std::io::Read;
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

/// Largest article accepted (bytes); larger inputs are reported, not read.
pub const MAX_ARTICLE_BYTES: usize = 20 * 1024 * 1024;

/// One news article.
#[derive(Debug, Clone)]
pub struct Article {
    /// The input file's name (the `doc` of every statement; what the scorer groups by).
    pub doc: String,
    /// Where it came from (path, `path:line` for JSONL, `-` for stdin).
    pub source: String,
    /// Content hash of the NFC text: the stable key of the article.
    pub id: String,
    /// The article's IRI.
    pub iri: String,
    /// Headline.
    pub title: Option<String>,
    /// URL, when given.
    pub url: Option<String>,
    /// Publication date, when given.
    pub date: Option<String>,
    /// Language (given or detected).
    pub lang: Lang,
    /// The text, exactly as read: offsets point into it.
    pub text: String,
    /// IRI base under which this article's statements and new identities are minted.
    pub base: String,
}

impl Article {
    /// Builds an article; the language is detected unless given.
    pub fn new(doc: &str, source: &str, text: String, lang: Option<Lang>, base: &str) -> Article {
        let nfc: String = text.nfc().collect();
        let id = digest(&[&nfc]);
        let title = text.lines().map(str::trim).find(|l| !l.is_empty()).map(|l| l.chars().take(300).collect());
        Article {
            doc: doc.to_string(),
            source: source.to_string(),
            iri: format!("{base}article/{id}"),
            id,
            title,
            url: None,
            date: None,
            lang: lang.unwrap_or_else(|| Lang::detect(&text)),
            text,
            base: base.to_string(),
        }
    }
}

/// How to read inputs.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Force this language instead of detecting it.
    pub lang: Option<Lang>,
    /// IRI base of minted identifiers.
    pub base: String,
}

/// The files behind the inputs: directories expanded recursively (sorted), `-` kept.
/// Unreadable paths become errors.
pub fn expand(inputs: &[PathBuf]) -> (Vec<PathBuf>, Vec<Error>) {
    let (mut files, mut errors) = (Vec::new(), Vec::new());
    for p in inputs {
        if p.as_os_str() == "-" {
            files.push(p.clone());
        } else if p.is_dir() {
            walk(p, &mut files, &mut errors);
        } else if p.exists() {
            files.push(p.clone());
        } else {
            errors.push(Error::Input { path: p.display().to_string(), message: "no such file or directory".into() });
        }
    }
    (files, errors)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<Error>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => return errors.push(Error::Input { path: dir.display().to_string(), message: e.to_string() }),
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let hidden = p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk(&p, files, errors);
        } else if matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "jsonl" | "md" | "text")) {
            files.push(p);
        }
    }
}

#[derive(Deserialize)]
struct JsonArticle {
    text: Option<String>,
    id: Option<String>,
    url: Option<String>,
    title: Option<String>,
    date: Option<String>,
    lang: Option<String>,
}

/// Reads one input file into articles; each problem is an error naming the file or line.
pub fn read(path: &Path, opts: &ReadOptions) -> Vec<Result<Article, Error>> {
    let name = if path.as_os_str() == "-" { "-".to_string() } else { path.display().to_string() };
    let doc = path.file_name().map_or_else(|| name.clone(), |n| n.to_string_lossy().into_owned());
    let bytes = match read_bytes(path) {
        Ok(b) => b,
        Err(e) => return vec![Err(Error::Input { path: name, message: e })],
    };
    let is_jsonl = path.extension().is_some_and(|e| e == "jsonl");
    if !is_jsonl {
        return vec![decode(&bytes)
            .map(|text| Article::new(&doc, &name, text, opts.lang, &opts.base))
            .map_err(|m| Error::Input { path: name, message: m })];
    }
    let text = match std::str::from_utf8(&bytes) {
        Ok(t) => t,
        Err(e) => {
            return vec![Err(Error::Input {
                path: name,
                message: format!("invalid UTF-8 at byte {}", e.valid_up_to()),
            })]
        }
    };
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = format!("{name}:{}", n + 1);
        let parsed: Result<JsonArticle, _> = serde_json::from_str(line);
        out.push(match parsed {
            Err(e) => Err(Error::Input { path: at, message: format!("malformed JSON: {e}") }),
            Ok(JsonArticle { text: None, .. }) => Err(Error::Input { path: at, message: "missing \"text\"".into() }),
            Ok(j) => {
                let text = j.text.unwrap_or_default();
                if text.trim().is_empty() {
                    Err(Error::Input { path: at, message: "empty \"text\"".into() })
                } else {
                    let lang = opts.lang.or_else(|| j.lang.as_deref().and_then(Lang::from_code));
                    let doc = j.id.clone().unwrap_or_else(|| format!("{doc}:{}", n + 1));
                    let mut a = Article::new(&doc, &at, text, lang, &opts.base);
                    a.url = j.url;
                    a.date = j.date;
                    if j.title.is_some() {
                        a.title = j.title;
                    }
                    Ok(a)
                }
            }
        });
    }
    if out.is_empty() {
        out.push(Err(Error::Input { path: name, message: "empty file: no article".into() }));
    }
    out
}

fn read_bytes(path: &Path) -> Result<Vec<u8>, String> {
    let mut buf = Vec::new();
    let limit = MAX_ARTICLE_BYTES as u64 * 8;
    let res = if path.as_os_str() == "-" {
        std::io::stdin().lock().take(limit + 1).read_to_end(&mut buf)
    } else {
        std::fs::File::open(path).and_then(|f| f.take(limit + 1).read_to_end(&mut buf))
    };
    res.map_err(|e| e.to_string())?;
    if buf.len() as u64 > limit {
        return Err(format!("too large (over {} MB)", limit / 1024 / 1024));
    }
    Ok(buf)
}

/// Checks that bytes are a readable text article.
fn decode(bytes: &[u8]) -> Result<String, String> {
    if bytes.is_empty() {
        return Err("empty file".into());
    }
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(format!(
            "too large for one article ({} MB, limit {} MB); split it or use JSONL",
            bytes.len() / 1024 / 1024,
            MAX_ARTICLE_BYTES / 1024 / 1024
        ));
    }
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err("binary file (NUL bytes), not text".into());
    }
    let text = std::str::from_utf8(bytes).map_err(|e| format!("invalid UTF-8 at byte {}", e.valid_up_to()))?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err("empty file (only whitespace)".into());
    }
    Ok(text.to_string())
}
