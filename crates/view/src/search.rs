//! Finding entities by name: English and Chinese names and aliases, case-, diacritic- and
//! width-blind ("muller" finds Müller, "工发组织" finds UNIDO, "MIIT" the ministry), also with the
//! two parts of a person's name swapped. Best matches first.

use pmap_graph::text::fold;
use pmap_graph::Graph;

use crate::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub id: String,
    /// The entity's name in the interface language.
    pub name: String,
    /// The name or alias that matched, when it is not `name`.
    pub matched: Option<String>,
}

/// Up to `limit` entities matching `query`: exact names first, then names that start with it,
/// then names with a word that starts with it, then names that contain it.
pub fn search(graph: &Graph, query: &str, lang: Lang, limit: usize) -> Vec<Hit> {
    let q = fold(query);
    if q.is_empty() {
        return vec![];
    }
    let mut scored: Vec<(u8, usize, &str, Hit)> = Vec::new();
    for e in &graph.entities {
        let shown = e.name.get(lang.code());
        let mut best: Option<(u8, &str)> = None;
        for name in e.name.en.iter().chain(&e.name.zh).chain(&e.aliases) {
            let folded = fold(name);
            let words: Vec<&str> = folded.split(' ').collect();
            let swapped = (words.len() == 2).then(|| format!("{} {}", words[1], words[0]));
            let rank = [Some(folded.as_str()), swapped.as_deref()]
                .into_iter()
                .flatten()
                .filter_map(|f| {
                    if f == q {
                        Some(0)
                    } else if f.starts_with(&q) {
                        Some(1)
                    } else if f.split(' ').any(|w| w.starts_with(&q)) {
                        Some(2)
                    } else if f.contains(&q) {
                        Some(3)
                    } else {
                        None
                    }
                })
                .min();
            if let Some(rank) = rank {
                if best.is_none_or(|(b, _)| rank < b) {
                    best = Some((rank, name.as_str()));
                }
            }
        }
        if let Some((rank, matched)) = best {
            let hit = Hit {
                id: e.id.clone(),
                name: shown.to_string(),
                matched: (matched != shown).then(|| matched.to_string()),
            };
            scored.push((rank, shown.chars().count(), e.id.as_str(), hit));
        }
    }
    scored.sort_by(|a, b| (a.0, a.1, a.2).cmp(&(b.0, b.1, b.2)));
    scored
        .into_iter()
        .take(limit)
        .map(|(_, _, _, h)| h)
        .collect()
}
