//! Atomic file writes: a temporary file in the same directory, then a rename, so a reader
//! (or a crash) never sees half a file.

use crate::error::{Error, Result};
use std::io::Write;
use std::path::Path;

/// A temporary file beside `path` whose mode follows the umask (0644 under the usual 022)
/// once renamed, instead of tempfile's private 0600.
fn temp_beside(path: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    use std::os::unix::fs::PermissionsExt;
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    tempfile::Builder::new().prefix(".qg-tmp-").permissions(std::fs::Permissions::from_mode(0o666)).tempfile_in(dir)
}

/// Writes `bytes` to `path` atomically.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let err = |source| Error::Output { path: path.to_path_buf(), source };
    let mut tmp = temp_beside(path).map_err(err)?;
    tmp.write_all(bytes).map_err(err)?;
    tmp.as_file().sync_all().map_err(err)?;
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}

/// Writes a file atomically by streaming into a temporary file beside it: large exports are
/// never held in memory whole, and readers never see half a file.
pub fn write_atomic_with(path: &Path, fill: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let err = |source| Error::Output { path: path.to_path_buf(), source };
    let tmp = temp_beside(path).map_err(err)?;
    let mut w = std::io::BufWriter::with_capacity(1 << 20, tmp);
    fill(&mut w)?;
    let tmp = w.into_inner().map_err(|e| err(e.into_error()))?;
    tmp.as_file().sync_all().map_err(err)?;
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}
