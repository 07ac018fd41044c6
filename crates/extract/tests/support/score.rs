//! The development set's scorer (tests/data/extract-dev/score.py) in Rust, same matching: entities
//! map to gold by normalised names and aliases (a vote weighted by how many gold entities share the
//! surface form), relations by their mapped ends (typed: same type, symmetric types either way).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use pmap_graph::Graph;
use serde::Deserialize;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

const SYMMETRIC: &[&str] = &["partnered_with", "signed_agreement_with", "met_with"];

#[derive(Debug, Deserialize)]
pub struct GoldEntity {
    pub id: String,
    pub name_en: Option<String>,
    pub name_zh: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub docs: Vec<String>,
    pub salience: String,
}

#[derive(Debug, Deserialize)]
pub struct GoldRelation {
    pub source: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub target: String,
    pub doc: String,
    pub confidence: String,
}

/// The analyst's annotation of a set of articles.
pub struct Gold {
    pub entities: Vec<GoldEntity>,
    pub relations: Vec<GoldRelation>,
}

/// What the scorer reports (the names of score.py).
#[derive(Debug, Default, Clone)]
pub struct Scores {
    pub recall_pair_explicit: f64,
    pub recall_typed_explicit: f64,
    pub recall_typed_explicit_core: f64,
    pub recall_typed_all: f64,
    pub precision_pair: f64,
    pub precision_typed: f64,
    pub relations_extracted: usize,
    pub entity_recall_core: f64,
    pub entity_recall_all: f64,
    pub entity_duplicates: usize,
    /// Gold entities that more than one extracted entity stands for, with those entities' ids.
    pub duplicated: Vec<String>,
    /// Relations of the gold that were missed, and extracted relations the gold does not have.
    pub missed: Vec<String>,
    pub wrong: Vec<String>,
}

fn strip_title(s: &str) -> &str {
    for t in [
        "mr",
        "ms",
        "mrs",
        "dr",
        "prof",
        "professor",
        "h.e",
        "he",
        "h.e.",
    ] {
        if let Some(rest) = s.strip_prefix(t) {
            let rest = rest.strip_prefix('.').unwrap_or(rest);
            if let Some(rest) = rest.strip_prefix(' ') {
                return rest.trim_start();
            }
        }
    }
    s
}

/// score.py's `norm`.
pub fn norm(s: &str) -> String {
    let s: String = s.nfkc().collect::<String>();
    let s: String = s.nfd().filter(|c| !is_combining_mark(*c)).collect();
    let s = s.to_lowercase().replace('\u{a0}', " ");
    let s: String = s
        .chars()
        .map(|c| {
            if "\"'’‘“”()（）·・.,".contains(c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    strip_title(&s).to_string()
}

fn surfaces<'a>(names: impl Iterator<Item = &'a str>) -> BTreeSet<String> {
    names.map(norm).filter(|s| !s.is_empty()).collect()
}

pub fn score(graph: &Graph, gold: &Gold) -> Scores {
    let mut alias: HashMap<String, BTreeSet<&str>> = HashMap::new();
    for e in &gold.entities {
        let names = e
            .name_en
            .iter()
            .chain(e.name_zh.iter())
            .chain(e.aliases.iter())
            .map(String::as_str);
        for s in surfaces(names) {
            alias.entry(s).or_default().insert(&e.id);
        }
    }
    let core: BTreeSet<&str> = gold
        .entities
        .iter()
        .filter(|e| e.salience == "core")
        .map(|e| e.id.as_str())
        .collect();
    let mut emap: HashMap<&str, &str> = HashMap::new();
    for e in &graph.entities {
        let names = e
            .name
            .en
            .iter()
            .chain(e.name.zh.iter())
            .chain(e.aliases.iter())
            .map(String::as_str);
        let mut votes: BTreeMap<&str, f64> = BTreeMap::new();
        for s in surfaces(names) {
            if let Some(ids) = alias.get(&s) {
                for id in ids {
                    *votes.entry(id).or_default() += 1.0 / ids.len() as f64;
                }
            }
        }
        // Highest vote; ties to the first seen, as Counter.most_common does (here: id order).
        if let Some((id, _)) = votes
            .iter()
            .fold(None, |best: Option<(&str, f64)>, (id, v)| match best {
                Some((_, b)) if b >= *v => best,
                _ => Some((id, *v)),
            })
        {
            emap.insert(&e.id, id);
        }
    }
    let gold_docs: BTreeSet<&str> = gold.relations.iter().map(|r| r.doc.as_str()).collect();
    let in_docs: BTreeSet<&str> = gold
        .entities
        .iter()
        .filter(|e| e.docs.iter().any(|d| gold_docs.contains(d.as_str())))
        .map(|e| e.id.as_str())
        .collect();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for g in emap.values() {
        *counts.entry(g).or_default() += 1;
    }
    let mapped: BTreeSet<&str> = counts.keys().copied().collect();

    let ext: Vec<(Option<&str>, Option<&str>, &str, &pmap_graph::Relation)> = graph
        .relations
        .iter()
        .map(|r| {
            (
                emap.get(r.source.as_str()).copied(),
                emap.get(r.target.as_str()).copied(),
                r.kind.as_str(),
                r,
            )
        })
        .collect();
    let found = |g: &GoldRelation, typed: bool| {
        ext.iter().any(|(s, t, kind, _)| {
            let (Some(s), Some(t)) = (s, t) else {
                return false;
            };
            let same = (*s, *t) == (g.source.as_str(), g.target.as_str());
            let rev = (*t, *s) == (g.source.as_str(), g.target.as_str());
            if typed {
                *kind == g.kind && (same || (rev && SYMMETRIC.contains(kind)))
            } else {
                same || rev
            }
        })
    };
    let recall = |sel: &dyn Fn(&GoldRelation) -> bool, typed: bool| {
        let chosen: Vec<&GoldRelation> = gold.relations.iter().filter(|r| sel(r)).collect();
        chosen.iter().filter(|r| found(r, typed)).count() as f64 / chosen.len().max(1) as f64
    };
    let explicit = |r: &GoldRelation| r.confidence == "explicit";
    let explicit_core = |r: &GoldRelation| {
        r.confidence == "explicit"
            && core.contains(r.source.as_str())
            && core.contains(r.target.as_str())
    };
    let all = |_: &GoldRelation| true;

    let pairs: BTreeSet<(&str, &str)> = gold
        .relations
        .iter()
        .map(|r| (r.source.as_str(), r.target.as_str()))
        .collect();
    let typed: BTreeSet<(&str, &str, &str)> = gold
        .relations
        .iter()
        .map(|r| (r.source.as_str(), r.target.as_str(), r.kind.as_str()))
        .collect();
    let (mut pair_ok, mut typed_ok) = (0, 0);
    let mut wrong = Vec::new();
    for (s, t, kind, r) in &ext {
        let (s, t) = (s.unwrap_or(""), t.unwrap_or(""));
        if pairs.contains(&(s, t)) || pairs.contains(&(t, s)) {
            pair_ok += 1;
        }
        if typed.contains(&(s, t, kind))
            || (SYMMETRIC.contains(kind) && typed.contains(&(t, s, kind)))
        {
            typed_ok += 1;
        } else {
            let doc = r.evidence.first().map(|e| e.doc.as_str()).unwrap_or("");
            wrong.push(format!("{doc}: {} {kind} {}", r.source, r.target));
        }
    }
    let missed = gold
        .relations
        .iter()
        .filter(|r| !found(r, true))
        .map(|r| format!("{}: {} {} {}", r.doc, r.source, r.kind, r.target))
        .collect();
    let n = ext.len();
    Scores {
        recall_pair_explicit: recall(&explicit, false),
        recall_typed_explicit: recall(&explicit, true),
        recall_typed_explicit_core: recall(&explicit_core, true),
        recall_typed_all: recall(&all, true),
        precision_pair: pair_ok as f64 / n.max(1) as f64,
        precision_typed: typed_ok as f64 / n.max(1) as f64,
        relations_extracted: n,
        entity_recall_core: (core
            .iter()
            .filter(|c| in_docs.contains(*c) && mapped.contains(*c)))
        .count() as f64
            / core.iter().filter(|c| in_docs.contains(*c)).count().max(1) as f64,
        entity_recall_all: in_docs.iter().filter(|c| mapped.contains(*c)).count() as f64
            / in_docs.len().max(1) as f64,
        entity_duplicates: counts.values().map(|c| c - 1).sum(),
        duplicated: counts
            .iter()
            .filter(|(_, &c)| c > 1)
            .map(|(g, _)| {
                let ours: Vec<&str> = emap
                    .iter()
                    .filter(|(_, v)| *v == g)
                    .map(|(k, _)| *k)
                    .collect();
                format!("{g}: {}", ours.join(", "))
            })
            .collect(),
        missed,
        wrong,
    }
}

/// Reads `dir/gold/{entities,relations}.json`.
pub fn read_gold(dir: &std::path::Path) -> Gold {
    let read = |name: &str| {
        std::fs::read_to_string(dir.join("gold").join(name))
            .unwrap_or_else(|e| panic!("{}: {e}", dir.join("gold").join(name).display()))
    };
    Gold {
        entities: serde_json::from_str(&read("entities.json")).expect("gold entities parse"),
        relations: serde_json::from_str(&read("relations.json")).expect("gold relations parse"),
    }
}
