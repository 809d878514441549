//! Which files the inputs name: files as given, directories read recursively in sorted order
//! (article files only), `-` for stdin. Every file is read once however it is reached (two
//! arguments, a symlink), a symlink loop is reported and not followed, and whatever is left
//! out is counted with its reason, so that nothing is skipped silently.

use crate::error::Error;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

/// Extensions of the files read from directories (files named directly are always read).
pub const ARTICLE_EXTENSIONS: [&str; 4] = ["txt", "jsonl", "md", "text"];

/// The files behind a list of inputs, what could not be read, and what was left out.
#[derive(Debug, Default)]
pub struct Expansion {
    /// The files to read, in order, each once (`-` is stdin).
    pub files: Vec<PathBuf>,
    /// Inputs that name nothing readable.
    pub errors: Vec<Error>,
    /// Files left out, counted by reason ("not an article file (.pdf)", "excluded by
    /// --exclude", …), for one summary line each.
    pub skipped: BTreeMap<String, usize>,
    /// Symlink loops found (one line each), not followed.
    pub loops: Vec<String>,
}

impl Expansion {
    /// Lines saying what was skipped and why, for the user.
    pub fn notes(&self) -> Vec<String> {
        let mut notes: Vec<String> = self.loops.clone();
        notes.extend(
            self.skipped.iter().map(|(why, n)| format!("skipped {n} file{}: {why}", if *n == 1 { "" } else { "s" })),
        );
        notes
    }
}

/// The canonical path of `p` (what identifies a file however it is reached), or `p` as given
/// when it cannot be resolved.
pub fn canonical(p: &Path) -> PathBuf {
    std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf())
}

/// Expands `inputs`; a file name matching one of `exclude` (`*` and `?` wildcards) is left
/// out of directories (README.md or gold files beside articles, say).
pub fn expand(inputs: &[PathBuf], exclude: &[String]) -> Expansion {
    let mut w = Walker { out: Expansion::default(), seen: HashSet::new(), exclude };
    for p in inputs {
        if p.as_os_str() == "-" {
            w.out.files.push(p.clone());
        } else if p.is_dir() {
            let mut ancestors = Vec::new();
            w.dir(p, &mut ancestors);
        } else if p.exists() {
            w.file(p);
        } else {
            let message = "no such file or directory".into();
            w.out.errors.push(Error::Input { path: p.display().to_string(), message });
        }
    }
    w.out
}

struct Walker<'a> {
    out: Expansion,
    /// Canonical paths of the files taken so far.
    seen: HashSet<PathBuf>,
    exclude: &'a [String],
}

impl Walker<'_> {
    fn file(&mut self, p: &Path) {
        if self.seen.insert(canonical(p)) {
            self.out.files.push(p.to_path_buf());
        } else {
            self.skip("reached twice (a symlink or a repeated argument), read once");
        }
    }

    fn skip(&mut self, why: &str) {
        *self.out.skipped.entry(why.to_string()).or_default() += 1;
    }

    fn dir(&mut self, dir: &Path, ancestors: &mut Vec<PathBuf>) {
        let here = canonical(dir);
        if let Some(first) = ancestors.iter().find(|a| **a == here) {
            let line = format!("{}: symlink loop back to {}; not followed", dir.display(), first.display());
            return self.out.loops.push(line);
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) => {
                return self.out.errors.push(Error::Input { path: dir.display().to_string(), message: e.to_string() })
            }
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        ancestors.push(here);
        for p in paths {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            if name.starts_with('.') {
                self.skip("hidden (name starting with '.')");
            } else if self.exclude.iter().any(|g| wildcard(g, &name)) {
                self.skip("excluded by --exclude");
            } else if p.is_dir() {
                self.dir(&p, ancestors);
            } else if ARTICLE_EXTENSIONS.iter().any(|e| p.extension().is_some_and(|x| x == *e)) {
                self.file(&p);
            } else {
                let ext = p.extension().map_or("no extension".to_string(), |e| format!(".{}", e.to_string_lossy()));
                self.skip(&format!("not an article file ({ext}; read are .txt, .jsonl, .md, .text)"));
            }
        }
        ancestors.pop();
    }
}

/// Whether `name` matches `pattern`, where `*` is any run of characters and `?` one.
pub fn wildcard(pattern: &str, name: &str) -> bool {
    let (p, n): (Vec<char>, Vec<char>) = (pattern.chars().collect(), name.chars().collect());
    let (mut pi, mut ni, mut star, mut mark) = (0, 0, None, 0);
    while ni < n.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == n[ni]) {
            (pi, ni) = (pi + 1, ni + 1);
        } else if pi < p.len() && p[pi] == '*' {
            (star, mark, pi) = (Some(pi), ni, pi + 1);
        } else if let Some(s) = star {
            (pi, mark) = (s + 1, mark + 1);
            ni = mark;
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|c| *c == '*')
}

#[cfg(test)]
mod tests {
    use super::wildcard;

    #[test]
    fn wildcards_match_whole_names() {
        assert!(wildcard("README.md", "README.md"));
        assert!(wildcard("*.gold.jsonl", "dev.gold.jsonl"));
        assert!(wildcard("gold*", "gold.jsonl"));
        assert!(wildcard("a?c", "abc"));
        assert!(!wildcard("*.gold.jsonl", "gold.jsonl.bak"));
        assert!(!wildcard("README.md", "README.md.txt"));
        assert!(!wildcard("a?c", "ac"));
    }
}
