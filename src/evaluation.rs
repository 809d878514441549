//! A query evaluated on its own thread, read from the caller's within a time limit.
//!
//! oxigraph's evaluator checks its cancellation token only when it reads quads from the
//! store: an aggregate over a cross join built in memory ("SELECT (COUNT(*) AS ?n) WHERE
//! { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }") can run for minutes without looking at it. So the
//! evaluation runs on a worker thread that sends what it finds through a bounded channel,
//! and the caller waits for each message only until the deadline: a timeout is then
//! immediate, the token is cancelled, and the worker stops at its next check (or with the
//! process). The bounded channel keeps memory flat however many rows there are.

use crate::error::{Error, Result};
use oxigraph::model::Triple;
use oxigraph::sparql::{CancellationToken, PreparedSparqlQuery, QueryResults, QuerySolution, Variable};
use oxigraph::store::Store;
use std::sync::mpsc::{sync_channel, Receiver, RecvTimeoutError, SyncSender};
use std::time::{Duration, Instant};

/// What the worker sends, in order: the kind of answer first, then its items, then `End`.
pub enum Message {
    /// A SELECT answer with these variables; `Row`s follow.
    Solutions(Vec<Variable>),
    /// One solution.
    Row(QuerySolution),
    /// An ASK answer.
    Boolean(bool),
    /// A CONSTRUCT or DESCRIBE answer; `Triple`s follow.
    Graph,
    /// One triple.
    Triple(Triple),
    /// No more items.
    End,
}

/// Items buffered between the worker and the caller.
const CHANNEL: usize = 1024;

/// A running evaluation.
pub struct Evaluation {
    rx: Receiver<Result<Message>>,
    token: CancellationToken,
    deadline: Option<(Instant, Duration)>,
}

impl Evaluation {
    /// Starts evaluating `prepared` (parsed with `token`) over `store`.
    pub fn start(
        store: &Store,
        prepared: PreparedSparqlQuery,
        token: CancellationToken,
        timeout: Option<Duration>,
    ) -> Self {
        let (tx, rx) = sync_channel(CHANNEL);
        let store = store.clone();
        let worker_token = token.clone();
        std::thread::spawn(move || evaluate(&store, prepared, &worker_token, &tx));
        Evaluation { rx, token, deadline: timeout.map(|t| (Instant::now() + t, t)) }
    }

    /// The next message, or a timeout error once the deadline has passed.
    pub fn next(&self) -> Result<Message> {
        // A message already waiting is no reason to go past the deadline (a slow writer
        // would otherwise never time out).
        let message = match self.deadline {
            None => self.rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
            Some((at, _)) if Instant::now() >= at => Err(RecvTimeoutError::Timeout),
            Some((at, _)) => self.rx.recv_timeout(at.saturating_duration_since(Instant::now())),
        };
        match message {
            Ok(m) => m,
            Err(RecvTimeoutError::Timeout) => {
                self.token.cancel();
                Err(Error::Timeout(self.deadline.map(|(_, t)| t).unwrap_or_default()))
            }
            Err(RecvTimeoutError::Disconnected) => Err(Error::Query("the evaluation stopped without an answer".into())),
        }
    }
}

impl Evaluation {
    /// The items that follow the answer's kind, as `pick` takes them out of their messages,
    /// until the end (a timeout or an evaluation error is the last item).
    pub fn items<'a, T: 'a>(&'a self, pick: fn(Message) -> Option<T>) -> impl Iterator<Item = Result<T>> + 'a {
        std::iter::from_fn(move || match self.next() {
            Ok(m) => pick(m).map(Ok),
            Err(e) => Some(Err(e)),
        })
        .fuse()
    }
}

impl Drop for Evaluation {
    /// A caller that stops reading (a --limit reached) stops the worker too.
    fn drop(&mut self) {
        self.token.cancel();
    }
}

/// The worker: evaluates and sends; stops when the caller has gone.
fn evaluate(store: &Store, prepared: PreparedSparqlQuery, token: &CancellationToken, tx: &SyncSender<Result<Message>>) {
    let failed = |e: &dyn std::fmt::Display| {
        if token.is_cancelled() {
            Error::Query("cancelled".into())
        } else {
            Error::Query(e.to_string())
        }
    };
    let results = match prepared.on_store(store).execute() {
        Ok(r) => r,
        Err(e) => {
            let _ = tx.send(Err(failed(&e)));
            return;
        }
    };
    let sent = match results {
        QueryResults::Solutions(solutions) => {
            tx.send(Ok(Message::Solutions(solutions.variables().to_vec()))).is_ok()
                && solutions.into_iter().all(|s| tx.send(s.map(Message::Row).map_err(|e| failed(&e))).is_ok())
        }
        QueryResults::Boolean(b) => tx.send(Ok(Message::Boolean(b))).is_ok(),
        QueryResults::Graph(triples) => {
            tx.send(Ok(Message::Graph)).is_ok()
                && triples.into_iter().all(|t| tx.send(t.map(Message::Triple).map_err(|e| failed(&e))).is_ok())
        }
    };
    if sent {
        let _ = tx.send(Ok(Message::End));
    }
}
