//! The details of a selected entity: its names, type, and relations grouped by type and
//! direction, each with the quoted sentences and the articles they come from.

use pmap_graph::{EntityType, Graph, RelationType};

use crate::labels::short_title;
use crate::strings::{entity_type_name, relation_phrase};
use crate::Lang;

#[derive(Debug, Clone, PartialEq)]
pub struct Details {
    pub id: String,
    pub name: String,
    /// The name in the other language, when it has one that differs.
    pub other_name: Option<String>,
    pub kind: EntityType,
    pub kind_name: &'static str,
    pub groups: Vec<Group>,
    /// The entities it has the most relations with (id, name, relations), at most three, when
    /// it has more than one partner.
    pub partners: Vec<(String, String, usize)>,
}

/// Relations of one type and direction ("launched", "launched by").
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub kind: RelationType,
    pub outgoing: bool,
    pub phrase: &'static str,
    pub items: Vec<Item>,
}

/// One relation, seen from the selected entity.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub other: String,
    pub other_name: String,
    pub role: Option<String>,
    pub date: Option<String>,
    pub quotes: Vec<Quote>,
    /// Quotes left out because they say the same as one shown (same words, or contained in it).
    pub similar: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub text: String,
    pub doc: String,
    pub doc_title: String,
    pub doc_date: Option<String>,
    /// Where the quote stands in the article (bytes), for the reader to mark it.
    pub span: Option<(usize, usize)>,
    /// The relation it states (index in the graph).
    pub relation: usize,
}

/// Details of entity `id`, or `None` when the graph has no such entity.
pub fn details(graph: &Graph, id: &str, lang: Lang) -> Option<Details> {
    let entity = graph.entity(id)?;
    let other_lang = if lang == Lang::En { Lang::Zh } else { Lang::En };
    let name = entity.name.get(lang.code()).to_string();
    let other = entity.name.get(other_lang.code());
    let mut groups: Vec<Group> = Vec::new();
    for (index, relation) in graph.relations.iter().enumerate() {
        let outgoing = relation.source == id;
        if !outgoing && relation.target != id {
            continue;
        }
        let other_id = if outgoing {
            &relation.target
        } else {
            &relation.source
        };
        let outgoing = outgoing || relation.kind.is_symmetric();
        let item = Item {
            other: other_id.clone(),
            other_name: graph
                .entity(other_id)
                .map_or(other_id.as_str(), |e| e.name.get(lang.code()))
                .to_string(),
            role: relation
                .role
                .as_ref()
                .map(|n| n.get(lang.code()).to_string()),
            date: relation.date.clone(),
            quotes: vec![],
            similar: 0,
        };
        let (quotes, similar) = fold_similar(quotes(graph, index));
        let item = Item {
            quotes,
            similar,
            ..item
        };
        match groups
            .iter_mut()
            .find(|g| g.kind == relation.kind && g.outgoing == outgoing)
        {
            Some(group) => group.items.push(item),
            None => groups.push(Group {
                kind: relation.kind,
                outgoing,
                phrase: relation_phrase(relation.kind, outgoing, lang),
                items: vec![item],
            }),
        }
    }
    groups.sort_by_key(|g| (g.kind, !g.outgoing));
    for g in &mut groups {
        g.items.sort_by(|a, b| a.other_name.cmp(&b.other_name));
    }
    // Who it has the most relations with (ties by name).
    let mut partners: Vec<(String, String, usize)> = Vec::new();
    for item in groups.iter().flat_map(|g| &g.items) {
        match partners.iter_mut().find(|p| p.0 == item.other) {
            Some(p) => p.2 += 1,
            None => partners.push((item.other.clone(), item.other_name.clone(), 1)),
        }
    }
    partners.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.1.cmp(&b.1)));
    partners.truncate(if partners.len() > 1 { 3 } else { 0 });
    Some(Details {
        partners,
        id: entity.id.clone(),
        other_name: (!other.is_empty() && other != name).then(|| other.to_string()),
        name,
        kind: entity.kind,
        kind_name: entity_type_name(entity.kind, lang),
        groups,
    })
}

/// Drops quotes that say the same as an earlier one (the same letters and digits, or contained
/// in it): the sentence repeated in another article, or quoted twice. Returns how many went.
fn fold_similar(quotes: Vec<Quote>) -> (Vec<Quote>, usize) {
    let key = |q: &Quote| -> String {
        q.text
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let mut kept: Vec<(String, Quote)> = Vec::new();
    let mut folded = 0;
    for q in quotes {
        let k = key(&q);
        let same =
            |other: &String| !k.is_empty() && (other.contains(&k) || k.contains(other.as_str()));
        if let Some(slot) = kept.iter().position(|(other, _)| same(other)) {
            folded += 1;
            // The longer wording stays.
            if k.len() > kept[slot].0.len() {
                kept[slot] = (k, q);
            }
        } else {
            kept.push((k, q));
        }
    }
    (kept.into_iter().map(|(_, q)| q).collect(), folded)
}

/// The quote's byte range in its article: its offsets when they hold it, else where it occurs.
fn quote_span(text: Option<&str>, e: &pmap_graph::Evidence) -> Option<(usize, usize)> {
    let text = text?;
    if let (Some(s), Some(t)) = (e.start, e.end) {
        if text.get(s..t) == Some(e.quote.as_str()) {
            return Some((s, t));
        }
    }
    let s = text
        .find(e.quote.as_str())
        .filter(|_| !e.quote.is_empty())?;
    Some((s, s + e.quote.len()))
}

/// One step of a drawn connection: two entities and every relation joining them, in words, with
/// the sentences that state it.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub from_name: String,
    pub to_name: String,
    pub relations: Vec<(String, Vec<Quote>)>,
}

/// The steps of a path (see [`crate::shortest_paths`]): the chain of quotes that proves it.
pub fn path_steps(graph: &Graph, path: &crate::Path, lang: Lang) -> Vec<Step> {
    let name = |id: &str| {
        graph
            .entity(id)
            .map_or(id, |e| e.name.get(lang.code()))
            .to_string()
    };
    let sep = if lang == Lang::Zh { "" } else { " " };
    path.entities
        .windows(2)
        .zip(&path.steps)
        .map(|(pair, relations)| Step {
            from_name: name(&pair[0]),
            to_name: name(&pair[1]),
            relations: relations
                .iter()
                .filter_map(|&i| Some((i, graph.relations.get(i)?)))
                .map(|(i, r)| {
                    let words = format!(
                        "{}{sep}{}{sep}{}",
                        name(&r.source),
                        relation_phrase(r.kind, true, lang),
                        name(&r.target)
                    );
                    (words, quotes(graph, i))
                })
                .collect(),
        })
        .collect()
}

/// The quotes of relation `index` (which must exist).
fn quotes(graph: &Graph, index: usize) -> Vec<Quote> {
    graph.relations[index]
        .evidence
        .iter()
        .map(|e| {
            let doc = graph.document(&e.doc);
            Quote {
                text: e.quote.clone(),
                doc: e.doc.clone(),
                doc_title: short_title(doc.map_or(e.doc.as_str(), |d| d.title.as_str())),
                doc_date: doc.and_then(|d| d.date.clone()),
                span: quote_span(doc.and_then(|d| d.text.as_deref()), e),
                relation: index,
            }
        })
        .collect()
}
