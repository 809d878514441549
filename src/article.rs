//! Articles: their text, identity and metadata. Which files the inputs name is
//! [`crate::walk`]'s job, reading them [`crate::input`]'s.

use crate::iri::digest;
use crate::lang::Lang;
use unicode_normalization::UnicodeNormalization;

/// Largest article accepted (bytes); larger inputs are reported, not read.
pub const MAX_ARTICLE_BYTES: usize = 20 * 1024 * 1024;

/// One news article.
#[derive(Debug, Clone)]
pub struct Article {
    /// The input file's name (the `doc` of every statement; what the scorer groups by).
    pub doc: String,
    /// Where it came from (path, `path:line` for JSONL, `-` for stdin), for messages.
    pub source: String,
    /// Which article this is, across runs: the canonical path of a file, a JSONL line's
    /// `url` or `id` (else the canonical path and line). Two articles from one origin are
    /// versions of one article (the newer replaces the older); one text from two origins is
    /// one article reported twice.
    pub origin: String,
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
    /// The text, exactly as read (without a leading byte-order mark): offsets point into it.
    pub text: String,
    /// A byte-order mark opened the file and was skipped (statements say so).
    pub bom: bool,
    /// What was wrong with the article's metadata and how it was read instead (an unknown
    /// language, a date that is none), for the user: the article itself is still read.
    pub warnings: Vec<String>,
    /// IRI base under which this article's statements and new identities are minted.
    pub base: String,
}

impl Article {
    /// Builds an article; the language is detected unless given.
    pub fn new(doc: &str, source: &str, text: String, lang: Option<Lang>, base: &str) -> Article {
        // The key is the hash of the NFC text; most news text already is NFC.
        let id = match unicode_normalization::is_nfc_quick(text.chars()) {
            unicode_normalization::IsNormalized::Yes => digest(&[&text]),
            _ => digest(&[&text.nfc().collect::<String>()]),
        };
        let title = text.lines().map(str::trim).find(|l| !l.is_empty()).map(|l| l.chars().take(300).collect());
        Article {
            doc: doc.to_string(),
            source: source.to_string(),
            origin: source.to_string(),
            iri: format!("{base}article/{id}"),
            id,
            title,
            url: None,
            date: None,
            lang: lang.unwrap_or_else(|| Lang::detect(&text)),
            text,
            bom: false,
            warnings: Vec::new(),
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

/// Whether `date` is an ISO 8601 date or date-time as XSD reads them ("2024-06-21",
/// "2024-06-21T09:30:00Z"): only such a date is written as the article's date.
pub fn is_date(date: &str) -> bool {
    date.parse::<oxsdatatypes::Date>().is_ok() || date.parse::<oxsdatatypes::DateTime>().is_ok()
}
