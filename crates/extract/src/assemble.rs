//! Merges sourced facts into the graph: one relation per (source, type, target) with every
//! sentence that states it as evidence; only entities that take part in a relation are kept.
//! Output order is sorted, so the same articles always give the same JSON.

use std::collections::BTreeMap;

use pmap_graph::{
    Document, Entity, Evidence, Graph, Names, Relation, RelationType, FORMAT_VERSION,
};

use crate::gazetteer::KnownEntity;
use crate::{Article, Source, Sourced};

/// Something about an input worth telling a maintainer (not an error: extraction goes on).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub doc: String,
    pub message: String,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.doc, self.message)
    }
}

type Key = (usize, RelationType, usize);

pub(crate) fn graph(
    known: &[std::sync::Arc<KnownEntity>],
    sources: &[Source],
    articles: &[Article],
    facts: Vec<Sourced>,
) -> crate::Extraction {
    let mut diagnostics = Vec::new();
    let documents: Vec<Document> = sources
        .iter()
        .zip(articles)
        .map(|(source, article)| {
            let meta = source.meta.clone().unwrap_or_default();
            if article.date.is_none() && meta.date.is_none() {
                diagnostics.push(Diagnostic {
                    doc: article.id.clone(),
                    message: "no date found; add one in a .meta.json sidecar".into(),
                });
            }
            Document {
                id: article.id.clone(),
                title: meta.title.unwrap_or_else(|| article.title.clone()),
                lang: meta.lang.unwrap_or_else(|| article.lang.code().to_string()),
                date: meta.date.or_else(|| article.date.clone()),
                url: meta.url,
                text: Some(article.text.clone()),
            }
        })
        .collect();

    let mut merged: BTreeMap<Key, Relation> = BTreeMap::new();
    for Sourced {
        fact,
        doc,
        sentence,
    } in facts
    {
        let (mut source, mut target) = (fact.source, fact.target);
        // The kinds an entity ends up with decide: a fact made while a name was read as another
        // kind ("ITPO Bahrain" merged into the place Bahrain) is not kept (found by fuzzing).
        if source == target || !fact.kind.allows(known[source].kind, known[target].kind) {
            continue;
        }
        if fact.kind.is_symmetric() && known[source].id > known[target].id {
            std::mem::swap(&mut source, &mut target);
        }
        let article = &articles[doc];
        let evidence = Evidence {
            doc: article.id.clone(),
            quote: article.text[sentence.clone()].to_string(),
            start: Some(sentence.start),
            end: Some(sentence.end),
        };
        let relation = merged
            .entry((source, fact.kind, target))
            .or_insert_with(|| Relation {
                source: known[source].id.clone(),
                target: known[target].id.clone(),
                kind: fact.kind,
                date: None,
                role: None,
                evidence: vec![],
            });
        // The first role stated in each language (a Chinese article's own title for a person
        // named in both).
        if let Some(stated) = fact.role.as_deref().map(Names::of_text) {
            let role = relation.role.get_or_insert_with(Names::default);
            role.en = role.en.take().or(stated.en);
            role.zh = role.zh.take().or(stated.zh);
        }
        relation.date = match (relation.date.take(), fact.date) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        if let Some(agreement) = fact.agreement {
            relation.role.get_or_insert_with(|| Names {
                en: known[agreement].en.clone(),
                zh: known[agreement].zh.clone(),
            });
        }
        if !relation.evidence.contains(&evidence) {
            relation.evidence.push(evidence);
        }
    }

    let mut used: Vec<usize> = merged.keys().flat_map(|&(s, _, t)| [s, t]).collect();
    used.sort_by(|&a, &b| known[a].id.cmp(&known[b].id));
    used.dedup();
    let entities: Vec<Entity> = used
        .into_iter()
        .map(|i| {
            let k = &known[i];
            Entity {
                id: k.id.clone(),
                kind: k.kind,
                name: Names {
                    en: k.en.clone(),
                    zh: k.zh.clone(),
                },
                aliases: k.aliases.clone(),
                featured: k.featured,
            }
        })
        .collect();
    let mut relations: Vec<Relation> = merged.into_values().collect();
    relations.sort_by(|a, b| (&a.source, a.kind, &a.target).cmp(&(&b.source, b.kind, &b.target)));
    for r in &mut relations {
        r.evidence.sort();
        // A role stated in one language only, rendered in the other from its title words.
        if let Some(role) = &mut r.role {
            let body = entities
                .binary_search_by(|e: &Entity| e.id.cmp(&r.target))
                .ok()
                .and_then(|i| entities[i].name.zh.as_deref());
            crate::titles::complete(role, body);
        }
    }
    let graph = Graph {
        version: FORMAT_VERSION,
        documents,
        entities,
        relations,
        layout: None,
    };
    crate::Extraction { graph, diagnostics }
}
