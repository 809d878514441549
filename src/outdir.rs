//! An output directory holds its builds as *generations*, so that a user's graph is never
//! lost, mixed or half-written, whatever is killed when:
//!
//! ```text
//! output/
//!   .lock                   advisory lock held by the one writer (its pid inside)
//!   .generations/000007/    the files of one whole build
//!   current -> .generations/000007
//!   graph.ttl -> current/graph.ttl      (a link per file of the current build)
//! ```
//!
//! A build writes a complete new generation beside the current one, then switches `current`
//! to it with one atomic rename. Readers resolve `current` once and open their files there,
//! so they always see one whole build; leftovers of a killed writer are removed by the next.

use crate::error::{Error, Result};
use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// The link naming the current generation.
pub const CURRENT: &str = "current";
/// The directory of generations.
const GENERATIONS: &str = ".generations";
/// The writer's lock file.
const LOCK: &str = ".lock";
/// Whether `name` is a file an older version wrote at the top of the directory (an export,
/// a record of the build, the drawing): replaced by a link, or removed, at the first commit.
fn legacy_file(name: &str) -> bool {
    let records = [crate::manifest::ARTICLES_FILE, crate::manifest::STATEMENTS_FILE, "graph.dot", "graph.svg"];
    crate::rdf::OUTPUTS.iter().any(|(n, _)| *n == name) || records.contains(&name)
}

fn io_err(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |source| Error::Output { path: path.to_path_buf(), source }
}

/// The directory a reader should read a build from: the current generation of an output
/// directory, or `dir` itself (a plain directory of files, or a build of an older version).
pub fn current(dir: &Path) -> PathBuf {
    match std::fs::read_link(dir.join(CURRENT)) {
        Ok(target) => dir.join(target),
        Err(_) => dir.to_path_buf(),
    }
}

/// Opens files of the current build of `dir` all from one generation: when a writer swaps
/// generations between two opens (the old one is then removed), the opens start again, so
/// the handles returned always belong to one whole build. A file missing from the build is
/// `None`.
pub fn open_current(dir: &Path, names: &[&str]) -> Result<Vec<Option<File>>> {
    for _ in 0..5 {
        let generation = current(dir);
        let mut files = Vec::with_capacity(names.len());
        for name in names {
            match File::open(generation.join(name)) {
                Ok(f) => files.push(Some(f)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => files.push(None),
                Err(e) => {
                    return Err(Error::Input {
                        path: generation.join(name).display().to_string(),
                        message: e.to_string(),
                    })
                }
            }
        }
        if current(dir) == generation && generation.is_dir() {
            return Ok(files);
        }
    }
    Err(Error::Input {
        path: dir.display().to_string(),
        message: "the build changed five times while being opened".into(),
    })
}

/// The one writer of an output directory, holding its lock until dropped.
pub struct Writer {
    root: PathBuf,
    previous: Option<PathBuf>,
    next: PathBuf,
    committed: bool,
    _lock: File,
}

impl Drop for Writer {
    /// A build that stops before its commit leaves nothing behind.
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.next);
        }
    }
}

impl Writer {
    /// Takes the directory's lock (failing at once, naming the holder's pid, when another
    /// build holds it), removes what killed writers left, and creates an empty generation.
    pub fn open(root: &Path) -> Result<Writer> {
        if root.exists() && !root.is_dir() {
            return Err(Error::Input { path: root.display().to_string(), message: "not a directory".into() });
        }
        std::fs::create_dir_all(root.join(GENERATIONS)).map_err(|e| Error::Input {
            path: root.display().to_string(),
            message: format!("cannot create the output directory: {e}"),
        })?;
        let lock = take_lock(root)?;
        let previous = std::fs::read_link(root.join(CURRENT)).ok().map(|t| root.join(t)).filter(|p| p.is_dir());
        remove_leftovers(root, previous.as_deref())?;
        let number =
            previous.as_deref().and_then(|p| p.file_name()?.to_str()?.parse::<u64>().ok()).map_or(1, |n| n + 1);
        let next = root.join(GENERATIONS).join(format!("{number:06}"));
        std::fs::create_dir(&next).map_err(io_err(&next))?;
        Ok(Writer { root: root.to_path_buf(), previous, next, committed: false, _lock: lock })
    }

    /// The directory of the build being replaced, if there is one (what `--append` reads).
    /// A directory written by an older version, with its files at the top, counts too.
    pub fn previous(&self) -> Option<&Path> {
        self.previous.as_deref().or_else(|| {
            let legacy = self.root.join(crate::manifest::ARTICLES_FILE);
            legacy.is_file().then_some(self.root.as_path())
        })
    }

    /// Where the new build's files go; nobody reads them until [`Writer::commit`].
    pub fn staging(&self) -> &Path {
        &self.next
    }

    /// Makes the new generation the current one: its files are synced, `current` is
    /// switched by one rename, the links at the top follow, and the old generation is removed.
    /// Files the old build had and this one has not (a graph.svg that could not be drawn
    /// this time, say) are gone with it.
    pub fn commit(mut self) -> Result<()> {
        let mut names: Vec<String> = std::fs::read_dir(&self.next)
            .map_err(io_err(&self.next))?
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .collect();
        names.sort();
        for name in &names {
            File::open(self.next.join(name)).and_then(|f| f.sync_all()).map_err(io_err(&self.next))?;
        }
        File::open(&self.next).and_then(|d| d.sync_all()).map_err(io_err(&self.next))?;
        let target = Path::new(GENERATIONS).join(self.next.file_name().unwrap_or_default());
        replace_with_link(&self.root, CURRENT, &target)?;
        File::open(&self.root).and_then(|d| d.sync_all()).map_err(io_err(&self.root))?;
        for name in &names {
            let link = self.root.join(name);
            if !std::fs::read_link(&link).is_ok_and(|t| t == Path::new(CURRENT).join(name)) {
                replace_with_link(&self.root, name, &Path::new(CURRENT).join(name))?;
            }
        }
        self.committed = true;
        remove_stale_links(&self.root, &names)?;
        if let Some(old) = &self.previous {
            std::fs::remove_dir_all(old).map_err(io_err(old))?;
        }
        Ok(())
    }
}

/// Takes the advisory lock on `root/.lock` and writes our pid into it.
fn take_lock(root: &Path) -> Result<File> {
    let path = root.join(LOCK);
    let mut lock = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(io_err(&path))?;
    if let Err(e) = lock.try_lock() {
        let mut holder = String::new();
        let _ = lock.read_to_string(&mut holder);
        let who = holder.trim().parse::<u32>().map_or("another process".to_string(), |p| format!("pid {p}"));
        return Err(Error::Input {
            path: root.display().to_string(),
            message: format!(
                "being written by another quotegraph build ({who}); wait for it or use another --out ({e})"
            ),
        });
    }
    lock.set_len(0).map_err(io_err(&path))?;
    write!(lock, "{}", std::process::id()).map_err(io_err(&path))?;
    Ok(lock)
}

/// Removes generations other than the current one and temporary links: what a killed
/// writer left behind (only the lock holder calls this, so none is in use).
fn remove_leftovers(root: &Path, current: Option<&Path>) -> Result<()> {
    let generations = root.join(GENERATIONS);
    for entry in std::fs::read_dir(&generations).map_err(io_err(&generations))?.flatten() {
        let path = entry.path();
        if Some(path.as_path()) != current {
            std::fs::remove_dir_all(&path).map_err(io_err(&path))?;
        }
    }
    for entry in std::fs::read_dir(root).map_err(io_err(root))?.flatten() {
        // Ours, and those of the temporary files an older version wrote beside its exports.
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(".qg-tmp-") || name.starts_with(".tmp") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    Ok(())
}

/// Replaces `root/name` (a link or a file of an older build) by a link to `target`, in one
/// rename.
fn replace_with_link(root: &Path, name: &str, target: &Path) -> Result<()> {
    let tmp = root.join(format!(".qg-tmp-{}-{name}", std::process::id()));
    let _ = std::fs::remove_file(&tmp);
    std::os::unix::fs::symlink(target, &tmp).map_err(io_err(&tmp))?;
    std::fs::rename(&tmp, root.join(name)).map_err(io_err(&root.join(name)))
}

/// Removes the links at the top that point into `current/` at a file this build has not.
fn remove_stale_links(root: &Path, names: &[String]) -> Result<()> {
    for entry in std::fs::read_dir(root).map_err(io_err(root))?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let ours = std::fs::read_link(entry.path()).is_ok_and(|t| t.starts_with(CURRENT) && t != Path::new(CURRENT));
        let legacy = legacy_file(&name) && entry.file_type().is_ok_and(|t| t.is_file());
        if (ours || legacy) && !names.contains(&name) {
            std::fs::remove_file(entry.path()).map_err(io_err(&entry.path()))?;
        }
    }
    Ok(())
}
