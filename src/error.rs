//! The library's error type: every variant names the file (and line) it is about, so the CLI
//! can print one clear line and go on with the rest of the batch.

use std::path::PathBuf;

/// An error from reading, extracting, exporting or querying.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An input could not be read or is not a readable article.
    #[error("{path}: {message}")]
    Input {
        /// The file (or `-` for stdin), with `:line` for JSONL lines.
        path: String,
        /// What is wrong with it.
        message: String,
    },
    /// An output could not be written.
    #[error("cannot write {path}: {source}")]
    Output {
        /// The file that could not be written.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A SPARQL query is malformed or failed.
    #[error("SPARQL: {0}")]
    Query(String),
    /// A query ran past its time limit and was stopped.
    #[error("SPARQL: the query ran longer than {0:?} and was stopped (narrow it, or raise --timeout)")]
    Timeout(std::time::Duration),
    /// RDF could not be built or serialised.
    #[error("RDF: {0}")]
    Rdf(String),
    /// No format the client accepts can carry this kind of answer (HTTP 406).
    #[error("SPARQL: no acceptable format for {0}")]
    NotAcceptable(&'static str),
    /// Anything else, with context.
    #[error("{0}")]
    Other(String),
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
