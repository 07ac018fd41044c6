//! Turns English and Chinese news articles into a sourced partnership graph.
//!
//! Pipeline, one article at a time: [`reader`] (language, title, date, what is article text) →
//! [`sentences`] → per sentence: [`mentions`] (gazetteer, surnames, anaphora) → [`roles`]
//! (appositive titles) → [`relations`] (trigger expressions and their arguments) → facts with the
//! sentence as evidence. [`extract`] merges the facts of all articles into one [`Graph`]. The
//! extractor never fails on text: odd input gives fewer facts and [`Diagnostic`]s, never a panic.

pub mod corpus;
pub mod dates;
pub mod fold;
pub mod gazetteer;
pub mod mentions;
pub mod names;
pub mod programme;
pub mod reader;
pub mod registry;
pub mod relations;
pub mod roles;
pub mod sentences;
pub mod structure;
pub mod titles;
pub mod triggers;

mod assemble;
mod bilingual;
mod explain;
mod named;

pub use assemble::Diagnostic;
pub use gazetteer::Gazetteer;
pub use reader::{Article, Lang};

use pmap_graph::{EntityType, Graph, RelationType};

use crate::fold::Folded;
use crate::mentions::{Context, Mention};
use crate::registry::Registry;
use crate::triggers::Triggers;

/// A relation stated by one sentence, between gazetteer entities (by index).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub source: usize,
    pub target: usize,
    pub kind: RelationType,
    pub role: Option<String>,
    pub date: Option<String>,
    /// For `signed_agreement_with`: the agreement signed.
    pub agreement: Option<usize>,
    /// Where (folded offset in its sentence) the verb that states it stands, when one does.
    pub at: Option<usize>,
}

impl Fact {
    pub fn new(source: usize, target: usize, kind: RelationType) -> Fact {
        Fact {
            source,
            target,
            kind,
            role: None,
            date: None,
            agreement: None,
            at: None,
        }
    }

    pub(crate) fn between(mentions: &[Mention], a: usize, b: usize, kind: RelationType) -> Fact {
        Fact::new(mentions[a].entity, mentions[b].entity, kind)
    }

    pub fn with_role(mut self, role: impl Into<String>) -> Fact {
        self.role = Some(role.into());
        self
    }
}

/// A fact and the sentence that states it (byte range in the article text).
#[derive(Debug, Clone)]
pub struct Sourced {
    pub fact: Fact,
    pub doc: usize,
    pub sentence: std::ops::Range<usize>,
}

/// An article to read: its id (file name without `.txt`) and text.
#[derive(Debug, Clone)]
pub struct Source {
    pub id: String,
    pub text: String,
    /// Optional corrections from a sidecar metadata file.
    pub meta: Option<Meta>,
}

/// Optional sidecar metadata (`<id>.meta.json`): fields here win over what the text says.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: Option<String>,
    pub lang: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
}

/// The result of an extraction: the graph, and what could not be read.
#[derive(Debug, Clone)]
pub struct Extraction {
    pub graph: Graph,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reusable extractor: the gazetteer and trigger matchers are built once.
pub struct Extractor {
    gazetteer: Gazetteer,
    /// The gazetteer's bilingual names, for telling one referent named in both languages.
    dictionary: bilingual::Dictionary,
    triggers: Triggers,
    /// The gazetteer's entities, ready to be extended by one extraction.
    registry: Registry,
}

impl Extractor {
    pub fn new(gazetteer: Gazetteer) -> Extractor {
        Extractor {
            registry: Registry::new(&gazetteer),
            dictionary: bilingual::dictionary(gazetteer.entities().iter()),
            gazetteer,
            triggers: Triggers::new(),
        }
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Extracts every source and merges their facts into one graph.
    pub fn extract(&self, sources: &[Source]) -> Extraction {
        self.run(sources, None)
    }

    /// Extracts like [`Extractor::extract`] and also reports, sentence by sentence, what was
    /// recognised (names and their types, trigger expressions, the facts stated) and why a
    /// trigger or a name gave no relation: the maintainer's view of a thin article.
    pub fn explain(&self, sources: &[Source]) -> (Extraction, String) {
        let mut trace = String::new();
        let extraction = self.run(sources, Some(&mut trace));
        (extraction, trace)
    }

    fn run(&self, sources: &[Source], mut trace: Option<&mut String>) -> Extraction {
        let articles: Vec<Article> = sources
            .iter()
            .map(|s| Article::read(&s.id, &s.text))
            .collect();
        let mut registry = self.registry.clone();
        let mut sourced = Vec::new();
        for (doc, article) in articles.iter().enumerate() {
            registry.begin_article();
            if let Some(t) = trace.as_deref_mut() {
                explain::article(t, article);
            }
            sourced.extend(self.facts(doc, article, &mut registry, trace.as_deref_mut()));
        }
        // The same person or institution named in both languages is one entity.
        let used: std::collections::BTreeSet<usize> = sourced
            .iter()
            .flat_map(|s| [s.fact.source, s.fact.target])
            .collect();
        let counterparts = bilingual::counterparts(
            registry.entities(),
            &used,
            &self.dictionary,
            self.gazetteer.entities().len(),
        );
        // A ceremony named in both languages after the same programme is one ceremony.
        let mut counterparts = counterparts;
        let subject = |e: usize| {
            named::ceremony_subject(&registry, e)
                .map(|s| counterparts.get(&s).copied().unwrap_or(s))
        };
        let only = |e: usize, zh: bool| {
            let k = &registry.entities()[e];
            k.zh.is_some() == zh && k.en.is_some() != zh
        };
        let ceremonies: Vec<(usize, usize)> = used
            .iter()
            .filter(|&&z| only(z, true))
            .filter_map(|&z| {
                let s = subject(z)?;
                let mut english = used
                    .iter()
                    .copied()
                    .filter(|&e| only(e, false) && subject(e) == Some(s));
                match (english.next(), english.next()) {
                    (Some(e), None) => Some((z, e)),
                    _ => None,
                }
            })
            .collect();
        counterparts.extend(ceremonies);
        for (&zh, &en) in &counterparts {
            registry.merge_names(zh, en);
        }
        for s in &mut sourced {
            for end in [&mut s.fact.source, &mut s.fact.target] {
                if let Some(&en) = counterparts.get(end) {
                    *end = en;
                }
            }
        }
        assemble::graph(registry.entities(), sources, &articles, sourced)
    }

    /// Every fact of one article, with its sentence; with `trace`, how each sentence was read.
    pub fn facts(
        &self,
        doc: usize,
        article: &Article,
        registry: &mut Registry,
        mut trace: Option<&mut String>,
    ) -> Vec<Sourced> {
        let mut out = Vec::new();
        let mut context = Context::default();
        context.home_school = mentions::home_school(&article.text);
        for line in &article.body {
            context.line_event = None;
            for range in sentences::split(&article.text, line.clone()) {
                let original = &article.text[range.clone()];
                context.headline = original.trim() == article.title.trim();
                let folded = Folded::new(original);
                let mut mentions =
                    mentions::find(&self.gazetteer, registry, original, &folded, &mut context);
                dated_editions(&folded.text, &mut mentions, registry);
                // "UNIDO Regional Hub": a unit named after its parent is part of it.
                let units: Vec<Fact> = mentions
                    .iter()
                    .filter_map(|m| {
                        // "the alliance's new ASEAN Chapter": the possessor's unit, whatever
                        // name it begins with.
                        if structure::follows_possessive(&folded.text[..m.start]) {
                            return None;
                        }
                        let parent = registry
                            .parent(m.entity)
                            .or_else(|| named::parent(registry, &folded, m))?;
                        Some(Fact::new(m.entity, parent, RelationType::PartOf))
                    })
                    .collect();
                // "工业人工智能研修计划启动仪式", "the launch ceremony of the X Programme": what the
                // ceremony is named after was launched there.
                let ceremonies: Vec<Fact> = mentions
                    .iter()
                    .filter_map(|m| {
                        let launched = named::ceremony_subject(registry, m.entity)?;
                        let named_here = mentions.iter().any(|o| o.entity == launched)
                            || m.end - m.start > "启动仪式".len();
                        named_here.then(|| Fact::new(launched, m.entity, RelationType::LaunchedAt))
                    })
                    .collect();
                let (mut facts, mut consumed) =
                    roles::find(registry.entities(), original, &folded, &mut mentions);
                // "Session C, SME Clinic.": the session is part of the meeting, and the rest of
                // its line speaks of it.
                if let Some(session) = programme::opened_session(original, &folded, &mentions) {
                    if let Some(meeting) = context.topic_event().filter(|&m| m != session) {
                        facts.push(Fact::new(session, meeting, RelationType::PartOf));
                    }
                    context.line_event = Some(session);
                }
                // "（以下简称“北京投促办”）" between two coordinated names stands for neither.
                for defined in named::short_name_definitions(&folded.text) {
                    for m in mentions.iter_mut().filter(|m| defined.contains(&m.start)) {
                        m.modifier = true;
                    }
                    consumed.push(defined);
                }
                roles::governments(&mut facts, registry);
                // "校长钱和生会见了来宾": in a university's own release, its president.
                if let Some(school) = context
                    .home_school
                    .as_deref()
                    .and_then(|h| registry.lookup(h))
                {
                    facts.extend(roles::school_heads(&folded, &mentions, school));
                }
                for (name, place) in structure::qualified_place_names(original, &folded, &mentions)
                {
                    registry.alias(&name, place);
                }
                structure::mark_qualifiers(original, &folded, &mut mentions);
                let mut found = self.triggers.find(&folded.text);
                triggers::passives(&folded.text, &mut found);
                relations::place_clauses(&folded, &mut found, &mut mentions, &mut consumed);
                let mut launched = Vec::new();
                facts.extend(relations::relative_clauses(
                    &folded,
                    &mut found,
                    &mut mentions,
                    &mut launched,
                ));
                let sentence = relations::Sentence {
                    original,
                    folded: &folded,
                    mentions: &mentions,
                    consumed: &consumed,
                    launched: &launched,
                };
                // "did not attend", "plans to sign", 尚未签署: no fact.
                facts.extend(
                    relations::relations(&sentence, &found, &context)
                        .into_iter()
                        .filter(|f| f.at.is_none_or(|at| triggers::asserted(&folded.text, at))),
                );
                facts.extend(structure::relations(&sentence, &context));
                let placed = structure::from_dateline(&sentence, &facts);
                facts.extend(placed);
                facts.extend(units);
                facts.extend(ceremonies);
                // "the UNIDO Investment and Technology Promotion Office in Bahrain": a unit named
                // by its seat is there.
                for m in mentions
                    .iter()
                    .filter(|m| m.kind == EntityType::Organization)
                {
                    let (os, oe) = folded.original_range(m.start, m.end);
                    let seat = structure::seat_in_name(&original[os..oe])
                        .and_then(|place| registry.lookup(place))
                        .filter(|&p| registry.entities()[p].kind == EntityType::Place);
                    if let Some(place) = seat {
                        facts.push(Fact::new(m.entity, place, RelationType::LocatedAt));
                    }
                }
                structure::most_specific_places(&mut facts);
                let known = registry.entities();
                let actor = facts.iter().find(|f| {
                    f.kind != RelationType::HoldsRole && known[f.source].kind == EntityType::Person
                });
                if let Some(person) = actor.map(|f| f.source) {
                    context.set_subject(person);
                }
                for (person, title) in roles::people_titles(original, &folded, &mentions) {
                    context.add_title(&title, person);
                }
                for f in &facts {
                    context.set_agent(f.kind, f.source);
                    if let (RelationType::HoldsRole, Some(role)) = (f.kind, &f.role) {
                        context.add_title(role, f.source);
                    }
                    if f.kind == RelationType::HoldsRole
                        && known[f.target].kind == EntityType::Organization
                    {
                        context.add_employer(f.source, f.target);
                    }
                    if matches!(
                        f.kind,
                        RelationType::MetWith
                            | RelationType::PartneredWith
                            | RelationType::SignedAgreementWith
                    ) {
                        context.set_parties(f.source, f.target);
                    }
                }
                // "X, Chief of the UNIDO Regional Bureau …, led a delegation to visit A and B":
                // the delegation is the leader's organisation's (the whole body, not its unit),
                // which visits too; "the delegation" names it from then on.
                if let Some((body, leader)) =
                    delegation_body(&folded.text, &mentions, &context, registry)
                {
                    context.set_delegation(body, leader);
                    let visits: Vec<Fact> = facts
                        .iter()
                        .filter(|f| {
                            f.kind == RelationType::Visited
                                && known_kind(registry, f.source) == EntityType::Person
                                && f.target != body
                        })
                        .map(|f| {
                            let mut visit = Fact::new(body, f.target, RelationType::Visited);
                            visit.at = f.at;
                            visit
                        })
                        .collect();
                    facts.extend(visits);
                }
                facts.extend(admitted_among(&folded.text, &mentions, registry));
                // "the delegation met with X": a meeting of the one who led it.
                if let (Some((body, Some(leader))), true) =
                    (context.delegation(), folded.text.contains("the delegation"))
                {
                    for f in facts.iter_mut().filter(|f| f.kind == RelationType::MetWith) {
                        for end in [&mut f.source, &mut f.target] {
                            if *end == body {
                                *end = leader;
                            }
                        }
                    }
                    facts.retain(|f| f.source != f.target);
                }
                if let Some(t) = trace.as_deref_mut() {
                    explain::sentence(
                        t,
                        registry.entities(),
                        original,
                        &folded,
                        &mentions,
                        &found,
                        &facts,
                    );
                }
                // "on Thursday", "today", 本周四: counted back from the article's date — also in
                // the dateline's sentence, whose only date is the dateline's ("SHANGHAI, June 15
                // (Xinhua) -- … was launched here on Thursday").
                let explicit = sentence_date(original, article.year);
                // "cooperating with China since 1972, and we would like to deepen our cooperation
                // with Shanghai": a date dates what its own clause says.
                let clause = explicit
                    .as_ref()
                    .and_then(|d| date_clause(original, &folded, d));
                let explicit = explicit.map(|d| d.iso);
                let relative = article
                    .date
                    .as_deref()
                    .and_then(|dated| dates::relative_date(original, dated));
                let date = match (explicit, relative) {
                    (Some(e), Some(r)) if Some(&e) == article.date.as_ref() => Some(r),
                    (explicit, relative) => explicit.or(relative),
                };
                let in_clause = |entity: usize, clause: &std::ops::Range<usize>| {
                    mentions
                        .iter()
                        .any(|m| m.entity == entity && clause.contains(&m.start))
                };
                for mut fact in facts {
                    // Stated by a verb: where the verb is; else where both ends are named.
                    let dates_it = clause.as_ref().is_none_or(|clause| match fact.at {
                        Some(at) => clause.contains(&at),
                        None => in_clause(fact.source, clause) && in_clause(fact.target, clause),
                    });
                    if is_dated(fact.kind) && dates_it {
                        fact.date = fact.date.or_else(|| date.clone());
                    }
                    out.push(Sourced {
                        fact,
                        doc,
                        sentence: range.clone(),
                    });
                }
                context.saw(&mentions);
            }
        }
        out
    }
}

/// Extracts with the bundled gazetteer.
pub fn extract(sources: &[Source]) -> Extraction {
    static BUNDLED: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    BUNDLED
        .get_or_init(|| Extractor::new(Gazetteer::bundled()))
        .extract(sources)
}

/// "Among the organizations admitted at the membership review of the AIM Global Secretariat are
/// A, B and C": A, B and C are members of the body named in the opening phrase (of the whole
/// body, where that is a unit of it).
fn admitted_among(text: &str, mentions: &[mentions::Mention], registry: &Registry) -> Vec<Fact> {
    let Some(rest) = text.strip_prefix("among the ") else {
        return Vec::new();
    };
    let Some(are) = [" are ", " were "]
        .iter()
        .filter_map(|v| rest.find(v).map(|i| i + "among the ".len() + v.len()))
        .min()
    else {
        return Vec::new();
    };
    let opening = &text[..are];
    if !["admitted", "member", "joined", "joining", "new "]
        .iter()
        .any(|w| opening.contains(w))
    {
        return Vec::new();
    }
    let Some(body) = mentions
        .iter()
        .find(|m| m.end <= are && m.kind == EntityType::Organization && !m.modifier)
        .map(|m| registry.root(m.entity))
    else {
        return Vec::new();
    };
    mentions
        .iter()
        .filter(|m| m.start >= are && m.kind == EntityType::Organization && !m.modifier)
        .filter(|m| m.entity != body)
        .map(|m| {
            let mut fact = Fact::new(m.entity, body, RelationType::MemberOf);
            fact.at = Some(are);
            fact
        })
        .collect()
}

/// "launched on 6 July 2023 at the World Artificial Intelligence Conference (WAIC)": an event
/// named without its year, right after a date, is that year's edition when one is known by that
/// name and year.
fn dated_editions(text: &str, mentions: &mut [mentions::Mention], registry: &Registry) {
    for m in mentions.iter_mut().filter(|m| m.kind == EntityType::Event) {
        let Some(name) = registry.entities()[m.entity].en.as_deref() else {
            continue;
        };
        if name.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        let before = text[..m.start]
            .trim_end_matches("the ")
            .trim_end_matches(' ')
            .trim_end_matches(" at")
            .trim_end_matches(" during")
            .trim_end();
        let year = &before[before.trim_end_matches(|c: char| c.is_ascii_digit()).len()..];
        if year.len() != 4 || before.len() == text[..m.start].trim_end().len() {
            continue;
        }
        if let Some(edition) = registry
            .lookup(&format!("{name} {year}"))
            .filter(|&e| registry.entities()[e].kind == EntityType::Event)
        {
            m.entity = edition;
        }
    }
}

fn known_kind(registry: &Registry, entity: usize) -> EntityType {
    registry.entities()[entity].kind
}

/// Whose delegation a sentence says someone led: "A UNIDO delegation", or the organisation the
/// leader works for ("X, Chief of the UNIDO Regional Bureau …, led a delegation") — the whole
/// body its units belong to.
fn delegation_body(
    text: &str,
    mentions: &[mentions::Mention],
    context: &Context,
    registry: &Registry,
) -> Option<(usize, Option<usize>)> {
    if !text.contains("delegation") {
        return None;
    }
    let at = ["led a ", "headed a "]
        .iter()
        .filter_map(|v| text.find(v).map(|i| i + v.len()))
        .find(|&i| {
            text[i..]
                .split(' ')
                .take(3)
                .any(|w| w.starts_with("delegation"))
        })?;
    let named = mentions
        .iter()
        .find(|m| {
            m.start >= at
                && m.kind == EntityType::Organization
                && text[m.end..].starts_with(" delegation")
        })
        .map(|m| m.entity);
    let leader = mentions
        .iter()
        .rfind(|m| m.end <= at && m.kind == EntityType::Person)
        .map(|m| m.entity);
    let body = named.or_else(|| context.employer(leader?))?;
    Some((registry.root(body), leader))
}

/// The one date a sentence gives, if it gives exactly one.
fn sentence_date(sentence: &str, year: Option<i32>) -> Option<dates::FoundDate> {
    let mut found = dates::find_dates(sentence, year);
    if found.len() == 1 {
        found.pop()
    } else {
        None
    }
}

/// The clause (folded byte range) a date stands in, when the sentence has more than one: between
/// clause breaks (";", ", which ", ", and we " …), from a ", and" right before the date
/// (", and in 2001, … established"), or a Chinese "继…之后" ("after …"); `None` when the date is
/// the whole sentence's.
fn date_clause(
    original: &str,
    folded: &Folded,
    date: &dates::FoundDate,
) -> Option<std::ops::Range<usize>> {
    let at = folded.folded_offset(date.range.start);
    // "继…于2024年设立之后，…": the date is the subordinate clause's ("after … was set up in 2024").
    let head = &original[..date.range.start];
    let start = head.rfind(['，', ',', '。']).map_or(0, |c| {
        c + head[c..].chars().next().map_or(0, char::len_utf8)
    });
    let head = &head[start..];
    let tail = &original[date.range.end..];
    let tail = &tail[..tail.find(['，', ',']).unwrap_or(tail.len())];
    if let (Some(from), Some(to)) = (head.find('继'), tail.find("之后")) {
        let from = date.range.start - head.len() + from;
        let to = date.range.end + to + "之后".len();
        return Some(folded.folded_offset(from)..folded.folded_offset(to));
    }
    let breaks = relations::clause_breaks(&folded.text);
    let mut start = breaks
        .iter()
        .copied()
        .filter(|&b| b <= at)
        .max()
        .unwrap_or(0);
    let before = original[..date.range.start].trim_end();
    let before = ["in", "on", "since", "from"]
        .iter()
        .find_map(|p| {
            let cut = before.len().checked_sub(p.len())?;
            (before.is_char_boundary(cut) && before[cut..].eq_ignore_ascii_case(p))
                .then(|| before[..cut].trim_end())
        })
        .unwrap_or(before);
    if let Some(and) = before.strip_suffix(", and") {
        start = start.max(folded.folded_offset(and.len()));
    }
    let end = breaks
        .iter()
        .copied()
        .filter(|&b| b > at)
        .min()
        .unwrap_or(folded.text.len());
    (start > 0 || end < folded.text.len()).then_some(start..end)
}

/// Relations that happen at a time (rather than states such as holding a role).
fn is_dated(kind: RelationType) -> bool {
    use RelationType::*;
    !matches!(
        kind,
        HoldsRole | PartOf | LocatedAt | AlignedWith | Leads | Supports
    )
}
