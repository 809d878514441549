//! The decision trace behind `--explain`: for each statement, the cue rule, the content
//! pattern, each speaker strategy tried (accepted or rejected, and why) and the resolution
//! path; for each sentence where a cue led nowhere, why it did.
//!
//! Tracing costs nothing when off: every step is built by a closure that only runs when the
//! trace is on.

use std::cell::RefCell;

/// A sentence where a cue or marker was found but gave no statement, and why.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Dropped {
    /// First code point of the sentence.
    pub start: usize,
    /// Code point after the sentence.
    pub end: usize,
    /// The decisions, in order.
    pub steps: Vec<String>,
}

/// Collects decisions while one article is read.
#[derive(Default)]
pub(crate) struct Tracer {
    on: bool,
    /// Steps of the attempt in progress.
    current: RefCell<Vec<String>>,
    /// Attempts that gave nothing.
    dropped: RefCell<Vec<Dropped>>,
}

impl Tracer {
    /// A tracer that records (`on`) or ignores every step.
    pub fn new(on: bool) -> Tracer {
        Tracer { on, ..Tracer::default() }
    }

    /// Records one step of the current attempt: `stage` (cue, content, speaker, resolve…)
    /// and what was decided.
    pub fn step(&self, stage: &str, detail: impl FnOnce() -> String) {
        if self.on {
            self.current.borrow_mut().push(format!("{stage}: {}", detail()));
        }
    }

    /// Starts a new attempt (a cue or a quote), forgetting unclaimed steps.
    pub fn begin(&self) {
        if self.on {
            self.current.borrow_mut().clear();
        }
    }

    /// The steps of the attempt that produced a statement.
    pub fn take(&self) -> Vec<String> {
        if self.on {
            std::mem::take(&mut *self.current.borrow_mut())
        } else {
            Vec::new()
        }
    }

    /// Files the steps of an attempt that produced nothing, under its sentence.
    pub fn drop_attempt(&self, start: usize, end: usize) {
        if self.on {
            let steps = self.take();
            if !steps.is_empty() {
                self.dropped.borrow_mut().push(Dropped { start, end, steps });
            }
        }
    }

    /// Every attempt that produced nothing.
    pub fn into_dropped(self) -> Vec<Dropped> {
        self.dropped.into_inner()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_off_tracer_runs_no_closure() {
        let t = Tracer::new(false);
        t.step("cue", || unreachable!("closures do not run when tracing is off"));
        assert!(t.take().is_empty());
    }

    #[test]
    fn steps_go_to_the_statement_or_to_the_dropped_sentence() {
        let t = Tracer::new(true);
        t.begin();
        t.step("cue", || "said".into());
        assert_eq!(t.take(), ["cue: said"]);
        t.step("cue", || "told".into());
        t.drop_attempt(3, 9);
        let dropped = t.into_dropped();
        assert_eq!(dropped.len(), 1);
        assert_eq!((dropped[0].start, dropped[0].end), (3, 9));
        assert_eq!(dropped[0].steps, ["cue: told"]);
    }
}
