//! quotegraph: who said what, about whom, in Arabic, French and English news.
//!
//! The pipeline: [`article`] reads inputs → [`extract`] finds statements and their speakers
//! (with [`lang`] tables, [`kb`] and [`resolve`]) → [`graph`] builds the speaker → statement →
//! entity graph → [`rdf`] exports it and [`sparql`] queries it, [`dot`] draws it, and
//! [`score`] measures extraction against annotated statements. The library never prints.
#![warn(missing_docs)]
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod article;
pub mod chars;
pub mod cluster;
pub mod diagnose;
pub mod dot;
pub mod error;
pub mod evaluation;
pub mod extract;
pub mod graph;
pub mod identity;
pub mod input;
pub mod iri;
pub mod kb;
pub mod lang;
pub mod manifest;
pub mod model;
pub mod normalize;
pub mod outdir;
pub mod output;
pub mod phrase;
pub mod pipeline;
pub mod push;
pub mod rdf;
pub mod resolve;
pub mod score;
pub mod server;
pub mod sparql;
pub mod text;
pub mod tuning;
pub mod vocab;
pub mod walk;

pub use error::{Error, Result};
