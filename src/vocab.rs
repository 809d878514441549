//! Every IRI quotegraph writes or reads, as typed constants (one per term).
//!
//! IRIs never appear inline elsewhere in the code: a test checks that each term used here is
//! declared in `ontology/quotegraph.ttl` or belongs to a standard vocabulary.

use oxigraph::model::NamedNodeRef;

macro_rules! terms {
    ($(#[$m:meta])* $module:ident, $ns:literal, { $($(#[$d:meta])* $name:ident = $local:literal),* $(,)? }) => {
        $(#[$m])*
        pub mod $module {
            use super::NamedNodeRef;
            /// The namespace IRI.
            pub const NS: &str = $ns;
            $( $(#[$d])* pub const $name: NamedNodeRef<'static> = NamedNodeRef::new_unchecked(concat!($ns, $local)); )*
            /// Every term of this namespace that quotegraph uses.
            pub const ALL: &[NamedNodeRef<'static>] = &[$($name),*];
        }
    };
}

terms!(
    /// quotegraph's own vocabulary, declared in `ontology/quotegraph.ttl`.
    qg, "https://w3id.org/quotegraph/ns#", {
    /// How a statement is reported: direct, indirect or mixed.
    QUOTE_TYPE = "quoteType",
    /// A statement in the speaker's own words, inside quote marks.
    DIRECT = "Direct",
    /// A statement reported in the journalist's words.
    INDIRECT = "Indirect",
    /// A reported clause with quoted fragments.
    MIXED = "Mixed",
    /// The words that introduce a statement ("a déclaré", "قالت").
    CUE = "cue",
    /// The extractor's confidence in a statement or attribution.
    CONFIDENCE = "confidence",
    /// The id of the language rule that produced a statement.
    RULE = "rule",
    /// How a speaker mention was resolved to its identity.
    RESOLUTION = "resolution",
    /// The kind of an organisation (company, government, media…), used by anaphora.
    ORG_KIND = "orgKind",
    /// How many statements a speaker has in the build, or an article has.
    STATEMENT_COUNT = "statementCount",
    /// How many direct quotations an article has.
    DIRECT_COUNT = "directCount",
    /// How many indirect (reported) statements an article has.
    INDIRECT_COUNT = "indirectCount",
    /// How many mixed statements an article has.
    MIXED_COUNT = "mixedCount",
    /// In how many articles a speaker is quoted.
    ARTICLE_COUNT = "articleCount",
    /// A language a speaker is quoted in (one value per language).
    QUOTED_IN = "quotedIn",
    /// A speaker not named in the article ("a diplomatic source").
    ANONYMOUS_SPEAKER = "AnonymousSpeaker",
    /// The named graph that holds speakers and entities shared by all articles.
    ENTITIES_GRAPH = "entities",
    /// The scheme of quote types.
    QUOTE_TYPE_SCHEME = "QuoteTypeScheme",
    /// One utterance and its reports across articles and languages.
    STATEMENT_CLUSTER = "StatementCluster",
    /// Cluster → a quotation that reports its statement.
    HAS_REPORT = "hasReport",
    /// How many quotations report a cluster's statement.
    REPORT_COUNT = "reportCount",
    /// A language a cluster's statement is reported in.
    REPORTED_IN = "reportedIn",
    /// The languages a cluster's statement is reported in, sorted, space-separated.
    REPORT_LANGUAGES = "reportLanguages",
    /// Cluster → the report in the earliest dated article.
    EARLIEST_REPORT = "earliestReport",
    /// Why two reports were taken for one statement.
    REPORT_LINK = "ReportLink",
    /// Cluster → a link that joined two of its reports.
    HAS_LINK = "hasLink",
    /// Link → one of the two reports it joins.
    LINKS_REPORT = "linksReport",
    /// How alike two linked reports are.
    SIMILARITY = "similarity",
    /// What two linked reports share.
    EVIDENCE = "evidence",
    /// The named graph that holds statement clusters.
    CLUSTERS_GRAPH = "clusters",
});

terms!(
    /// schema.org, in its `http://` form (the one Wikidata federates with).
    schema, "http://schema.org/", {
    /// A quoted or reported statement.
    QUOTATION = "Quotation",
    /// A news article.
    NEWS_ARTICLE = "NewsArticle",
    /// A person.
    PERSON = "Person",
    /// An organisation.
    ORGANIZATION = "Organization",
    /// A place.
    PLACE = "Place",
    /// Anything else.
    THING = "Thing",
    /// The text of a statement.
    TEXT = "text",
    /// Statement → article.
    IS_PART_OF = "isPartOf",
    /// Statement → the speaker it is attributed to within the article.
    SPOKEN_BY_CHARACTER = "spokenByCharacter",
    /// Statement → entity it mentions.
    MENTIONS = "mentions",
    /// Language code of an article.
    IN_LANGUAGE = "inLanguage",
    /// Headline of an article.
    HEADLINE = "headline",
    /// URL of an article.
    URL = "url",
    /// Publication date of an article.
    DATE_PUBLISHED = "datePublished",
    /// The role a speaker is given in an article ("Kremlin spokesman").
    ROLE_NAME = "roleName",
    /// A person's job title, as a candidate.
    JOB_TITLE = "jobTitle",
    /// A person's gender.
    GENDER = "gender",
    /// Female.
    FEMALE = "Female",
    /// Male.
    MALE = "Male",
    /// A person's organisation.
    AFFILIATION = "affiliation",
    /// A person's membership of an organisation; on a role node, the organisation.
    MEMBER_OF = "memberOf",
    /// A dated role held in an organisation (knowledge base).
    ORGANIZATION_ROLE = "OrganizationRole",
    /// First day of a role.
    START_DATE = "startDate",
    /// Last day of a role.
    END_DATE = "endDate",
    /// The name of the input file an article came from.
    IDENTIFIER = "identifier",
});

terms!(
    /// W3C PROV-O.
    prov, "http://www.w3.org/ns/prov#", {
    /// Statement → speaker.
    WAS_ATTRIBUTED_TO = "wasAttributedTo",
    /// Statement → qualified attribution node.
    QUALIFIED_ATTRIBUTION = "qualifiedAttribution",
    /// The class of attribution nodes.
    ATTRIBUTION = "Attribution",
    /// Attribution → speaker.
    AGENT = "agent",
    /// The class of agents.
    AGENT_CLASS = "Agent",
    /// The class of entities (statements).
    ENTITY = "Entity",
});

terms!(
    /// NIF 2.0 core: character spans.
    nif, "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#", {
    /// A span addressed by `#char=b,e`.
    RFC5147_STRING = "RFC5147String",
    /// First code point of a span.
    BEGIN_INDEX = "beginIndex",
    /// Code point after the span.
    END_INDEX = "endIndex",
    /// The text of a span.
    ANCHOR_OF = "anchorOf",
    /// Span → its article.
    REFERENCE_CONTEXT = "referenceContext",
});

terms!(
    /// GAF (NewsReader): instance → mention.
    gaf, "http://groundedannotationframework.org/gaf#", {
    /// Statement or speaker → the span that denotes it.
    DENOTED_BY = "denotedBy",
});

terms!(
    /// ITS 2.0 in RDF: a span's link to the entity it names.
    itsrdf, "http://www.w3.org/2005/11/its/rdf#", {
    /// Span → the entity it mentions.
    TA_IDENT_REF = "taIdentRef",
});

terms!(
    /// SKOS labels.
    skos, "http://www.w3.org/2004/02/skos/core#", {
    /// One preferred label per language.
    PREF_LABEL = "prefLabel",
    /// Variants.
    ALT_LABEL = "altLabel",
    /// The class of concepts.
    CONCEPT = "Concept",
    /// Concept → scheme.
    IN_SCHEME = "inScheme",
});

terms!(
    /// OWL identity.
    owl, "http://www.w3.org/2002/07/owl#", {
    /// Identity with a Wikidata entity.
    SAME_AS = "sameAs",
});

terms!(
    /// RDF.
    rdf, "http://www.w3.org/1999/02/22-rdf-syntax-ns#", {
    /// rdf:type.
    TYPE = "type",
});

/// Wikidata entity namespace.
pub const WIKIDATA: &str = "http://www.wikidata.org/entity/";

/// The prefixes written in Turtle/TriG and pre-declared in SPARQL queries.
pub const PREFIXES: &[(&str, &str)] = &[
    ("schema", schema::NS),
    ("prov", prov::NS),
    ("nif", nif::NS),
    ("gaf", gaf::NS),
    ("skos", skos::NS),
    ("owl", owl::NS),
    ("rdf", rdf::NS),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("qg", qg::NS),
    ("itsrdf", itsrdf::NS),
    ("wd", WIKIDATA),
];

/// Every term the exporter uses, across namespaces.
pub fn all_terms() -> impl Iterator<Item = NamedNodeRef<'static>> {
    [qg::ALL, schema::ALL, prov::ALL, nif::ALL, gaf::ALL, itsrdf::ALL, skos::ALL, owl::ALL, rdf::ALL]
        .into_iter()
        .flatten()
        .copied()
}
