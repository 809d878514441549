//! The speaker → statement → entity graph, in memory (petgraph).
//!
//! Nodes are added in input order and identities are keyed by their stable ids in
//! `IndexMap`s, so every export walks the graph in the same order whatever the thread count.
//! One identity (a speaker quoted in three articles) is one node with edges into each article.

use crate::article::Article;
use crate::cluster::{Cluster, Report};
use crate::model::{Agent, Statement};
use indexmap::IndexMap;
use petgraph::graph::{DiGraph, NodeIndex};

/// A node of the quote graph.
#[derive(Debug, Clone)]
pub enum Node {
    /// An article (index into [`QuoteGraph::articles`]).
    Article(usize),
    /// A statement (index into [`QuoteGraph::statements`]).
    Statement(usize),
    /// A speaker or mentioned entity (key into [`QuoteGraph::agents`]).
    Agent(String),
    /// A statement reported more than once (index into [`QuoteGraph::clusters`]).
    Cluster(usize),
}

/// An edge of the quote graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    /// Speaker → statement.
    Said,
    /// Statement → article.
    InArticle,
    /// Statement → entity.
    Mentions,
    /// Speaker → the organisation its role names.
    AffiliatedWith,
    /// Statement cluster → one of its reports.
    HasReport,
}

/// An identity with everything known about it across articles.
#[derive(Debug, Clone)]
pub struct AgentInfo {
    /// The resolved agent (first occurrence), with labels merged from every occurrence.
    pub agent: Agent,
    /// Whether it is quoted at least once (a speaker) rather than only mentioned.
    pub speaker: bool,
    /// Roles it is given in articles, with their language.
    pub roles: Vec<(crate::lang::Lang, String)>,
    /// Organisations its roles name (ids).
    pub affiliations: Vec<String>,
    /// Its node.
    pub node: NodeIndex,
}

/// The whole graph of a build.
#[derive(Debug, Default)]
pub struct QuoteGraph {
    /// The petgraph structure.
    pub graph: DiGraph<Node, Edge>,
    /// Articles in input order, with their nodes.
    pub articles: Vec<(Article, NodeIndex)>,
    /// Statements in article then text order, with their article index and node.
    pub statements: Vec<(Statement, usize, NodeIndex)>,
    /// Identities by id, in first-seen order.
    pub agents: IndexMap<String, AgentInfo>,
    /// Statement clusters (every statement is in one), `reports` indexing `statements`.
    pub clusters: Vec<Cluster>,
}

impl QuoteGraph {
    /// Builds the graph from articles and their statements (in input order), first linking
    /// people in no table across articles ([`crate::identity`]).
    pub fn build(mut input: Vec<(Article, Vec<Statement>)>) -> QuoteGraph {
        crate::identity::apply(&mut input);
        // Sized once: a growing vector of statements would hold up to twice their size.
        let statements: usize = input.iter().map(|(_, s)| s.len()).sum();
        let mut g = QuoteGraph::default();
        g.articles.reserve_exact(input.len());
        g.statements.reserve_exact(statements);
        for (article, statements) in input {
            let ai = g.articles.len();
            let an = g.graph.add_node(Node::Article(ai));
            g.articles.push((article, an));
            for s in statements {
                let si = g.statements.len();
                let sn = g.graph.add_node(Node::Statement(si));
                g.graph.add_edge(sn, an, Edge::InArticle);
                if let Some(sp) = &s.speaker {
                    let n = g.agent(sp, true, s.role.as_deref().map(|r| (s.lang, r)));
                    g.graph.add_edge(n, sn, Edge::Said);
                    if let Some(org) = &s.affiliation {
                        let o = g.agent(org, false, None);
                        let info = &mut g.agents[&sp.id];
                        if !info.affiliations.contains(&org.id) {
                            info.affiliations.push(org.id.clone());
                            g.graph.add_edge(n, o, Edge::AffiliatedWith);
                        }
                    }
                }
                for m in &s.entities {
                    if s.speaker.as_ref().is_some_and(|sp| sp.id == m.agent.id) {
                        continue;
                    }
                    let n = g.agent(&m.agent, false, None);
                    g.graph.add_edge(sn, n, Edge::Mentions);
                }
                g.statements.push((s, ai, sn));
            }
        }
        g.cluster_reports();
        g
    }

    /// Finds the statement clusters, records each statement's, and adds a node for every
    /// statement reported more than once.
    fn cluster_reports(&mut self) {
        let reports: Vec<Report> = self
            .statements
            .iter()
            .map(|(s, ai, _)| {
                let a = &self.articles[*ai].0;
                Report {
                    statement: s,
                    article: *ai,
                    article_iri: &a.iri,
                    day: a.date.as_deref().and_then(crate::cluster::day_number),
                }
            })
            .collect();
        let clusters = crate::cluster::find(&reports);
        drop(reports);
        for c in clusters {
            for &i in &c.reports {
                self.statements[i].0.cluster = Some(c.id.clone());
            }
            if c.reports.len() > 1 {
                let n = self.graph.add_node(Node::Cluster(self.clusters.len()));
                for &i in &c.reports {
                    self.graph.add_edge(n, self.statements[i].2, Edge::HasReport);
                }
            }
            self.clusters.push(c);
        }
    }

    fn agent(&mut self, a: &Agent, speaker: bool, role: Option<(crate::lang::Lang, &str)>) -> NodeIndex {
        let info = match self.agents.get_mut(&a.id) {
            Some(info) => info,
            None => {
                let node = self.graph.add_node(Node::Agent(a.id.clone()));
                self.agents.entry(a.id.clone()).or_insert(AgentInfo {
                    agent: a.clone(),
                    speaker: false,
                    roles: Vec::new(),
                    affiliations: Vec::new(),
                    node,
                })
            }
        };
        info.speaker |= speaker;
        for l in &a.labels {
            if !info.agent.labels.contains(l) {
                info.agent.labels.push(l.clone());
            }
        }
        if let Some((lang, r)) = role {
            if !info.roles.iter().any(|(l, x)| *l == lang && x == r) {
                info.roles.push((lang, r.to_string()));
            }
        }
        info.node
    }
}
