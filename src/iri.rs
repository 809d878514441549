//! Stable IRIs derived from content, never from counters, so that the same input always
//! gives the same identifiers whatever the order or thread count.

use sha2::{Digest, Sha256};

/// Percent-escapes a path segment so any name (Arabic included) makes a valid IRI.
pub fn escape_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if crate::chars::is_alnum(c) || matches!(c, '-' | '_' | '.') {
            out.push(c);
        } else {
            for b in c.to_string().bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    if out.is_empty() {
        out.push('_');
    }
    out
}

/// A short hex digest of `parts`, used for article and statement ids.
pub fn digest(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0u8]);
    }
    h.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect()
}
