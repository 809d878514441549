//! Reads articles from the input files as a stream: `.txt` files (first non-empty line =
//! headline) are read whole (up to a limit), `.jsonl` files line by line, so a file of
//! millions of articles is never held in memory. Reading never stops at a bad input: each
//! problem becomes an [`Error`] naming the file (and line) and the stream goes on.

use crate::article::{Article, ReadOptions, MAX_ARTICLE_BYTES};
use crate::error::Error;
use crate::lang::Lang;
use serde::Deserialize;
use std::io::{BufRead, BufReader, Read};
use std::path::PathBuf;

#[derive(Deserialize)]
struct JsonArticle {
    text: Option<String>,
    id: Option<String>,
    url: Option<String>,
    title: Option<String>,
    date: Option<String>,
    lang: Option<String>,
}

/// An input read but not yet made an article. The stream only reads (one thread does, in
/// input order); making the article — parsing a JSON line, hashing, the NFC check, language
/// detection — is [`Pending::into_article`], which the pipeline runs on its workers, so that
/// the one reader never caps how many cores a run can use.
pub enum Pending {
    /// A plain-text article (a `.txt` file or stdin).
    Text {
        /// Its name in the build (the file name).
        doc: String,
        /// Where it was read, for messages.
        name: String,
        /// What identifies it across runs (its canonical path), if not its name.
        origin: Option<String>,
        /// The text, without a byte-order mark.
        text: String,
        /// Whether a byte-order mark was skipped.
        bom: bool,
    },
    /// One line of a JSONL file.
    Line {
        /// The line, valid UTF-8, not blank.
        line: String,
        /// `file:line`, for messages.
        at: String,
        /// The file's name, for articles without `id`.
        file_doc: String,
        /// The canonical `file:line`, for articles without `id` or `url`.
        origin: String,
        /// The line's number.
        n: usize,
    },
}

impl Pending {
    /// Makes the article: parses and checks a JSON line, hashes the text, detects its
    /// language (unless `opts` forces one).
    pub fn into_article(self, opts: &ReadOptions) -> Result<Article, Error> {
        match self {
            Pending::Text { doc, name, origin, text, bom } => {
                let mut a = Article::new(&doc, &name, text, opts.lang, &opts.base);
                if let Some(o) = origin {
                    a.origin = o;
                }
                a.bom = bom;
                Ok(a)
            }
            Pending::Line { line, at, file_doc, origin, n } => parse_line(&line, &at, &file_doc, &origin, n, opts),
        }
    }
}

/// Every input of a list of files, in order, read but not yet made articles (see
/// [`Pending`]), as `Result`s.
pub struct ArticleStream {
    files: std::vec::IntoIter<PathBuf>,
    jsonl: Option<JsonlFile>,
}

struct JsonlFile {
    name: String,
    /// The file's canonical path: with the line number, the origin of an article without
    /// `id` or `url`.
    canonical: String,
    doc: String,
    lines: Box<dyn BufRead + Send>,
    line: usize,
    articles: usize,
}

impl ArticleStream {
    /// A stream over `files` (as given by [`crate::walk::expand`]).
    pub fn new(files: Vec<PathBuf>) -> Self {
        ArticleStream { files: files.into_iter(), jsonl: None }
    }

    /// A stream over the JSONL articles of `reader` (a socket, a decompressor, bytes in
    /// memory), named `name` in messages.
    pub fn jsonl(name: &str, reader: impl BufRead + Send + 'static) -> Self {
        let lines: Box<dyn BufRead + Send> = Box::new(reader);
        let jsonl = JsonlFile {
            name: name.to_string(),
            canonical: name.to_string(),
            doc: name.to_string(),
            lines,
            line: 0,
            articles: 0,
        };
        ArticleStream { files: Vec::new().into_iter(), jsonl: Some(jsonl) }
    }

    fn next_jsonl(&mut self) -> Option<Result<Pending, Error>> {
        let f = self.jsonl.as_mut()?;
        let mut buf = Vec::new();
        loop {
            buf.clear();
            f.line += 1;
            let at = format!("{}:{}", f.name, f.line);
            match f.lines.as_mut().take(MAX_ARTICLE_BYTES as u64 + 1).read_until(b'\n', &mut buf) {
                Err(e) => {
                    let name = f.name.clone();
                    self.jsonl = None;
                    return Some(Err(Error::Input { path: name, message: e.to_string() }));
                }
                Ok(0) => {
                    let (name, empty) = (f.name.clone(), f.articles == 0);
                    self.jsonl = None;
                    return empty.then(|| Err(Error::Input { path: name, message: "empty file: no article".into() }));
                }
                Ok(_) => {}
            }
            if buf.len() > MAX_ARTICLE_BYTES {
                // Skip the rest of an over-long line.
                let mut rest = Vec::new();
                let _ = f.lines.read_until(b'\n', &mut rest);
                f.articles += 1;
                return Some(Err(Error::Input {
                    path: at,
                    message: format!("line too long (over {} MB)", MAX_ARTICLE_BYTES / 1024 / 1024),
                }));
            }
            let Ok(line) = std::str::from_utf8(&buf) else {
                f.articles += 1;
                return Some(Err(Error::Input { path: at, message: "invalid UTF-8".into() }));
            };
            // A byte-order mark opening the file marks its encoding; the JSON follows it.
            let line = if f.line == 1 { line.strip_prefix('\u{FEFF}').unwrap_or(line) } else { line };
            if line.trim().is_empty() {
                continue;
            }
            f.articles += 1;
            let origin = format!("{}:{}", f.canonical, f.line);
            return Some(Ok(Pending::Line { line: line.to_string(), at, file_doc: f.doc.clone(), origin, n: f.line }));
        }
    }
}

fn parse_line(
    line: &str,
    at: &str,
    file_doc: &str,
    origin: &str,
    n: usize,
    opts: &ReadOptions,
) -> Result<Article, Error> {
    let err = |m: String| Error::Input { path: at.to_string(), message: m };
    let j: JsonArticle = serde_json::from_str(line).map_err(|e| err(format!("malformed JSON: {e}")))?;
    let text = j.text.ok_or_else(|| err("missing \"text\"".into()))?;
    if text.trim().is_empty() {
        return Err(err("empty \"text\"".into()));
    }
    let lang = opts.lang.or_else(|| j.lang.as_deref().and_then(Lang::from_code));
    let mut warnings = Vec::new();
    if let Some(code) = j.lang.as_deref().filter(|c| opts.lang.is_none() && Lang::from_code(c).is_none()) {
        warnings.push(format!(
            "\"lang\" {code:?} is not a language quotegraph reads (ar, fr, en): read as undetermined, its language detected from the text"
        ));
    }
    let date = j.date.filter(|d| {
        let ok = crate::article::is_date(d.trim());
        if !ok {
            warnings.push(format!(
                "\"date\" {d:?} is not an ISO 8601 date (2024-06-21, 2024-06-21T09:30:00Z): not written as the article's date"
            ));
        }
        ok
    });
    let origin = j.url.clone().or_else(|| j.id.as_ref().map(|id| format!("id:{id}"))).unwrap_or_else(|| origin.into());
    let doc = j.id.unwrap_or_else(|| format!("{file_doc}:{n}"));
    let mut a = Article::new(&doc, at, text, lang, &opts.base);
    a.origin = origin;
    a.url = j.url;
    a.date = date.map(|d| d.trim().to_string());
    a.warnings = warnings;
    if j.title.is_some() {
        a.title = j.title;
    }
    Ok(a)
}

impl Iterator for ArticleStream {
    type Item = Result<Pending, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.jsonl.is_some() {
                if let Some(r) = self.next_jsonl() {
                    return Some(r);
                }
                continue;
            }
            let path = self.files.next()?;
            let stdin = path.as_os_str() == "-";
            let name = if stdin { "-".to_string() } else { path.display().to_string() };
            let doc = path.file_name().map_or_else(|| name.clone(), |n| n.to_string_lossy().into_owned());
            if stdin {
                // A feed piped in ("zcat feed.jsonl.gz | quotegraph extract -") is JSONL when
                // its first character is "{"; anything else is one plain-text article.
                let mut reader = BufReader::with_capacity(1 << 16, std::io::stdin());
                let head = reader.fill_buf().map(|b| b.to_vec()).unwrap_or_default();
                let first = head.iter().copied().find(|b| !b.is_ascii_whitespace() && !matches!(b, 0xEF | 0xBB | 0xBF));
                if first == Some(b'{') {
                    let lines: Box<dyn BufRead + Send> = Box::new(reader);
                    let canonical = "-".to_string();
                    self.jsonl = Some(JsonlFile { name, canonical, doc: "stdin".into(), lines, line: 0, articles: 0 });
                    continue;
                }
                return Some(match read_text_from(reader) {
                    Ok((text, bom)) => Ok(Pending::Text { doc, name, origin: None, text, bom }),
                    Err(m) => Err(Error::Input { path: name, message: m }),
                });
            }
            if path.extension().is_some_and(|e| e == "jsonl") {
                match std::fs::File::open(&path) {
                    Ok(f) => {
                        let lines: Box<dyn BufRead + Send> = Box::new(BufReader::with_capacity(1 << 16, f));
                        let canonical = canonical(&path);
                        self.jsonl = Some(JsonlFile { name, canonical, doc, lines, line: 0, articles: 0 });
                        continue;
                    }
                    Err(e) => return Some(Err(Error::Input { path: name, message: e.to_string() })),
                }
            }
            return Some(match read_text(&path) {
                Ok((text, bom)) => Ok(Pending::Text { doc, name, origin: Some(canonical(&path)), text, bom }),
                Err(m) => Err(Error::Input { path: name, message: m }),
            });
        }
    }
}

/// The canonical path of an input file, as text: what identifies its articles across runs.
fn canonical(path: &std::path::Path) -> String {
    crate::walk::canonical(path).display().to_string()
}

/// Reads one `.txt` article and checks it is readable text.
fn read_text(path: &std::path::Path) -> Result<(String, bool), String> {
    read_text_from(std::fs::File::open(path).map_err(|e| e.to_string())?)
}

/// Reads one plain-text article from `r` (a file or stdin) and checks it is readable text;
/// a leading byte-order mark is skipped (and said: the flag returned).
fn read_text_from(r: impl Read) -> Result<(String, bool), String> {
    let mut bytes = Vec::new();
    r.take(MAX_ARTICLE_BYTES as u64 + 1).read_to_end(&mut bytes).map_err(|e| e.to_string())?;
    if bytes.is_empty() {
        return Err("empty file".into());
    }
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(format!(
            "too large for one article (over {} MB); split it or use JSONL",
            MAX_ARTICLE_BYTES / 1024 / 1024
        ));
    }
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err("binary file (NUL bytes), not text".into());
    }
    let text =
        String::from_utf8(bytes).map_err(|e| format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()))?;
    let (text, bom) = match text.strip_prefix('\u{FEFF}') {
        Some(rest) => (rest.to_string(), true),
        None => (text, false),
    };
    if text.trim().is_empty() {
        return Err("empty file (only whitespace)".into());
    }
    Ok((text, bom))
}
